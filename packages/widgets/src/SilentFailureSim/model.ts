import {
  createRng,
  driftReport,
  type FittedReference,
  fitReference,
  sampleNormal,
  twoProportionZTest,
} from '@confnotes/stats';
import { type Layer, type LayerSummary, summarizeLayers } from './attribution';
import { type IncidentId, SERVICE } from './config';

export type { Layer, LayerSummary } from './attribution';
export { LAYERS } from './attribution';

export interface SimParams {
  incident: IncidentId;
  /** Hour the incident starts, 1 … 47. */
  start: number;
  seed: number;
}

/** One simulated request window (an hour). */
export interface HourTraffic {
  /** Feature values (log seconds since last login, as the model receives them). */
  inputs: number[];
  /** Scores, or null when post-processing returned nothing. */
  scores: (number | null)[];
  fraud: boolean[];
  errors: number;
  latencyP99: number;
}

export interface HourRow {
  hour: number;
  errorRate: number;
  latencyP99: number;
  /** Prio 1: precision of blocks on the labelled holdout, last window (null before labels arrive). */
  precision: number | null;
  /**
   * Prio 1: of all frauds in the last labelled window (every fraud is labelled eventually, by a
   * chargeback), the share that was not blocked — scored below the threshold, left unscored, or
   * let through by the holdout.
   */
  missedFraud: number | null;
  /** Prio 2 / Prio 3: PSI of scores / inputs against the reference day. */
  responsePsi: number | null;
  inputPsi: number | null;
  alerts: Record<Layer, boolean>;
}

export interface SimResult {
  rows: HourRow[];
  summary: LayerSummary[];
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/** One hour of requests, with the incident applied if it is active. */
export function simulateHour(
  rng: () => number,
  incident: IncidentId,
  active: boolean,
  hourOfOutage: number,
): HourTraffic {
  const n = SERVICE.requestsPerHour;
  const noise = sampleNormal(rng, n, 0, SERVICE.noiseSd);
  const base = sampleNormal(rng, n, 0, SERVICE.logSd);
  const inputs: number[] = [];
  const scores: (number | null)[] = [];
  const fraud: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const isFraud = rng() < SERVICE.fraudRate;
    let x = (isFraud ? SERVICE.fraudLogMean : SERVICE.legitLogMean) + (base[i] as number);
    if (active && incident === 'input-unit' && rng() < SERVICE.affectedShare) x += Math.log(1000);
    if (active && incident === 'code-bug') x = SERVICE.pivot + (base[i] as number) * 1.4;
    let logit = SERVICE.slope * (SERVICE.pivot - x) + (noise[i] as number);
    if (active && incident === 'bad-release') logit = logit * 0.6 + 0.4;
    const emptied = active && incident === 'filter' && rng() < SERVICE.affectedShare;
    inputs.push(x);
    scores.push(emptied ? null : logistic(logit));
    fraud.push(isFraud);
  }
  const outage = active && incident === 'outage' && hourOfOutage < SERVICE.outageHours;
  const errorShare = outage ? SERVICE.outageErrorShare : 0.001;
  let errors = 0;
  for (let i = 0; i < n; i++) if (rng() < errorShare) errors++;
  const latencyP99 = (outage ? 650 : 180) + 40 * rng();
  return { inputs, scores, fraud, errors, latencyP99 };
}

interface Outcome {
  flaggedLabelled: number;
  flaggedFraud: number;
  frauds: number;
  fraudMissed: number;
}

function outcomes(h: HourTraffic, rng: () => number): Outcome {
  const o = { flaggedLabelled: 0, flaggedFraud: 0, frauds: 0, fraudMissed: 0 };
  for (let i = 0; i < h.scores.length; i++) {
    const s = h.scores[i];
    const flagged = s !== null && s !== undefined && s >= SERVICE.threshold;
    const heldOut = flagged && rng() < SERVICE.holdout;
    if (heldOut) {
      o.flaggedLabelled++;
      if (h.fraud[i]) o.flaggedFraud++;
    }
    if (h.fraud[i]) {
      o.frauds++;
      if (!flagged || heldOut) o.fraudMissed++;
    }
  }
  return o;
}

const sum = (xs: Outcome[], k: keyof Outcome) => xs.reduce((a, o) => a + o[k], 0);

/** The whole 48-hour timeline: golden signals, Prio 1 outcomes, Prio 2 and Prio 3 drift per hour. */
export function simulate(p: SimParams): SimResult {
  const rng = createRng(p.seed);
  const refDay = Array.from({ length: 24 }, () => simulateHour(rng, 'none', false, 0));
  const refScores: FittedReference = fitReference(refDay.flatMap((h) => h.scores));
  const refInputs: FittedReference = fitReference(refDay.flatMap((h) => h.inputs));
  const refOutcomes = refDay.map((h) => outcomes(h, rng));
  const ref = {
    fl: sum(refOutcomes, 'flaggedLabelled'),
    ff: sum(refOutcomes, 'flaggedFraud'),
    fr: sum(refOutcomes, 'frauds'),
    fm: sum(refOutcomes, 'fraudMissed'),
  };
  const seen: Outcome[] = [];
  const rows: HourRow[] = [];
  for (let hour = 0; hour < SERVICE.hours; hour++) {
    const active = p.incident !== 'none' && hour >= p.start;
    const h = simulateHour(rng, p.incident, active, hour - p.start);
    seen.push(outcomes(h, rng));
    const labelled = seen.slice(
      Math.max(0, hour + 1 - SERVICE.labelDelayHours - SERVICE.outcomeWindowHours),
      Math.max(0, hour + 1 - SERVICE.labelDelayHours),
    );
    let precision: number | null = null;
    let missedFraud: number | null = null;
    let prio1 = false;
    if (labelled.length > 0) {
      const fl = sum(labelled, 'flaggedLabelled');
      const ff = sum(labelled, 'flaggedFraud');
      const fr = sum(labelled, 'frauds');
      const fm = sum(labelled, 'fraudMissed');
      precision = fl > 0 ? ff / fl : null;
      missedFraud = fr > 0 ? fm / fr : null;
      const pTest = fl > 0 ? twoProportionZTest(ref.ff, ref.fl, ff, fl).pValue : 1;
      const mTest = fr > 0 ? twoProportionZTest(ref.fm, ref.fr, fm, fr).pValue : 1;
      prio1 = Math.min(pTest, mTest) <= SERVICE.outcomeAlpha;
    }
    const response = driftReport(refScores, h.scores, {
      ksMethod: 'asymp',
      thresholds: 'sample-size-aware',
      minSamples: 10,
    });
    const input = driftReport(refInputs, h.inputs, {
      ksMethod: 'asymp',
      thresholds: 'sample-size-aware',
      minSamples: 10,
    });
    const fires = (r: typeof response, ids: string[]) =>
      r.metrics.some((m) => ids.includes(m.id) && m.verdict === 'alert');
    const errorRate = h.errors / SERVICE.requestsPerHour;
    rows.push({
      hour,
      errorRate,
      latencyP99: h.latencyP99,
      precision,
      missedFraud,
      responsePsi: response.psi?.value ?? null,
      inputPsi: input.psi?.value ?? null,
      alerts: {
        golden: errorRate >= SERVICE.errorRateAlert || h.latencyP99 >= SERVICE.latencyAlertMs,
        prio1,
        prio2: fires(response, ['psi', 'emptyShare']),
        prio3: fires(input, ['psi']),
      },
    });
  }
  const summary = summarizeLayers(rows, p.incident, p.start);
  return { rows, summary };
}
