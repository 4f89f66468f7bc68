/** The simulated fraud-scoring service and its incidents. Every number here is shown on screen. */

export type IncidentId = 'input-unit' | 'filter' | 'code-bug' | 'bad-release' | 'outage' | 'none';

export const INCIDENT_IDS: readonly IncidentId[] = [
  'input-unit',
  'filter',
  'code-bug',
  'bad-release',
  'outage',
  'none',
];

export const INCIDENTS: Readonly<Record<IncidentId, { label: string; story: string }>> = {
  'input-unit': {
    label: 'Input unit change',
    story: 'A client starts sending the "seconds since last login" feature in milliseconds for 30 % of requests.',
  },
  filter: {
    label: 'Aggressive post-processing filter',
    story: 'A new business rule returns no score for 30 % of requests; unscored requests are allowed.',
  },
  'code-bug': {
    label: 'Bug in feature code',
    story: 'The feature is read from the wrong field: plausible values, but no longer related to fraud.',
  },
  'bad-release': {
    label: 'Bad release / unpinned dependency',
    story: 'A library bump flattens the model’s scores: the same ranking squeezed towards the middle.',
  },
  outage: {
    label: 'Upstream outage',
    story: 'An upstream dependency fails: 20 % of requests error out for six hours. Loud, not silent.',
  },
  none: { label: 'No incident', story: 'Nothing changes: every alert is a false alarm.' },
};

/** Model of the service (stated on screen). */
export const SERVICE = {
  hours: 48,
  requestsPerHour: 1000,
  fraudRate: 0.02,
  /** log(seconds since last login): legit ~ N(3, 0.8), fraud ~ N(1.5, 0.8). */
  legitLogMean: 3,
  fraudLogMean: 1.5,
  logSd: 0.8,
  /** Score = logistic(slope·(pivot − log x) + noise). */
  slope: 2,
  pivot: 2.25,
  noiseSd: 0.7,
  /** Block when score >= threshold. */
  threshold: 0.8,
  /** Share of flagged requests let through unblocked and labelled later (the Prio 1 holdout). */
  holdout: 0.2,
  /** Labels (chargebacks) arrive this many hours later. */
  labelDelayHours: 2,
  /** Prio 1 compares the last this-many hours of labels with the reference day. */
  outcomeWindowHours: 6,
  /** Golden-signal alert lines. */
  errorRateAlert: 0.01,
  latencyAlertMs: 400,
  /** Unit bug: share of requests affected; filter: share emptied; outage: error share and length. */
  affectedShare: 0.3,
  outageErrorShare: 0.2,
  outageHours: 6,
  /** p-value line for the Prio 1 outcome tests (strict: it pages a human). */
  outcomeAlpha: 0.005,
} as const;
