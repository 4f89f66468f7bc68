/**
 * The unified SLO model from the talk: service → features → user journeys; each user journey has
 * exactly one SLO (1:1), and an SLO is measured by one or more SLIs (1:n). Pure functions: the
 * builder's data, its validation, and its untrusted-JSON reader (URL links).
 */
import type { DecodeResult } from '../shared/compressed-json';

/** One SLI: a ratio of good events to valid events. */
export interface Sli {
  /** What is measured, e.g. "HTTP 2xx share at the load balancer". */
  name: string;
}

/** One user journey with its single SLO and its SLIs. */
export interface Journey {
  /** The feature the journey belongs to, e.g. "Predictions". */
  feature: string;
  /** The journey, e.g. "Get a prediction". */
  name: string;
  /** The SLO target in percent (e.g. 99.9); null while the journey has no SLO yet. */
  sloPercent: number | null;
  /** SLIs that measure the SLO. */
  slis: Sli[];
}

/** Limits on untrusted journey lists. */
export const JOURNEY_LIMITS = { journeys: 30, slis: 10, text: 120 } as const;

/** A sample service (model serving) with one journey still missing its SLIs. */
export const SAMPLE_JOURNEYS: readonly Journey[] = [
  {
    feature: 'Predictions',
    name: 'Get a prediction',
    sloPercent: 99.9,
    slis: [{ name: 'Share of prediction requests answered 2xx' }, { name: 'Share answered in under 300 ms' }],
  },
  {
    feature: 'Model catalogue',
    name: 'Browse models',
    sloPercent: 99.5,
    slis: [{ name: 'Share of catalogue pages served 2xx' }],
  },
  { feature: 'Training data', name: 'Upload a dataset', sloPercent: null, slis: [] },
];

/** One sentence per rule the journeys break (empty when the model is complete). */
export function validateJourneys(journeys: readonly Journey[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  journeys.forEach((j, i) => {
    const label = j.name.trim() ? `"${j.name.trim()}"` : `Journey ${i + 1}`;
    if (!j.name.trim()) problems.push(`Journey ${i + 1} has no name: name the user journey it measures.`);
    const key = `${j.feature.trim().toLowerCase()}\u0000${j.name.trim().toLowerCase()}`;
    if (j.name.trim() && seen.has(key)) {
      problems.push(`${label} appears twice in the same feature: each user journey has exactly one SLO.`);
    }
    seen.add(key);
    if (j.sloPercent === null) problems.push(`${label} has no SLO: every user journey needs exactly one SLO target.`);
    else if (!(j.sloPercent > 0 && j.sloPercent < 100)) {
      problems.push(`${label}: the SLO target must be above 0% and below 100% (got ${j.sloPercent}%).`);
    }
    if (j.slis.length === 0) problems.push(`${label} has no SLI: an SLO is measured by at least one SLI.`);
    j.slis.forEach((s, k) => {
      if (!s.name.trim()) problems.push(`${label}: SLI ${k + 1} has no description.`);
    });
  });
  return problems;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where} must be text`);
  if (value.length > JOURNEY_LIMITS.text) throw new Error(`${where} is longer than ${JOURNEY_LIMITS.text} characters`);
  return value;
}

/** Reads journeys from untrusted JSON (a shared link); never throws. */
export function parseJourneys(json: unknown): DecodeResult<Journey[]> {
  try {
    if (!Array.isArray(json)) throw new Error('the journey list is not a list');
    if (json.length > JOURNEY_LIMITS.journeys) throw new Error(`more than ${JOURNEY_LIMITS.journeys} journeys`);
    const value = json.map((raw: unknown, i): Journey => {
      const where = `journey ${i + 1}`;
      if (typeof raw !== 'object' || raw === null) throw new Error(`${where} is not an object`);
      const r = raw as Record<string, unknown>;
      const slo = r.sloPercent;
      if (slo !== null && (typeof slo !== 'number' || !Number.isFinite(slo) || slo <= 0 || slo >= 100)) {
        throw new Error(`${where}: the SLO target must be a number above 0 and below 100, or empty`);
      }
      if (!Array.isArray(r.slis) || r.slis.length > JOURNEY_LIMITS.slis) {
        throw new Error(`${where}: SLIs must be a list of at most ${JOURNEY_LIMITS.slis}`);
      }
      const slis = r.slis.map((s: unknown, k) => {
        const name = typeof s === 'object' && s !== null ? (s as Record<string, unknown>).name : undefined;
        return { name: text(name, `${where}, SLI ${k + 1}`) };
      });
      return {
        feature: text(r.feature, `${where}'s feature`),
        name: text(r.name, `${where}'s name`),
        sloPercent: slo,
        slis,
      };
    });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: `The journeys in the link could not be used: ${(error as Error).message}.` };
  }
}
