/**
 * Which alerts an incident caused. A layer detects the incident only with an alert in the hours
 * where the incident touches that layer's own signal; every other alert of the layer — before
 * the incident, in a layer whose signal it never touches, or after its effect has ended — is a
 * false alarm, counted apart.
 */
import { type IncidentId, SERVICE } from './config';

/** The alert layers, from infrastructure to model inputs. */
export type Layer = 'golden' | 'prio1' | 'prio2' | 'prio3';
export const LAYERS: readonly Layer[] = ['golden', 'prio1', 'prio2', 'prio3'];

/** The signal each incident changes: golden = errors/latency, prio1 = labelled outcomes, prio2 = scores, prio3 = inputs. */
export const TOUCHED_LAYERS: Readonly<Record<IncidentId, readonly Layer[]>> = {
  // The unit bug and the feature bug change the input, hence the scores and the outcomes.
  'input-unit': ['prio1', 'prio2', 'prio3'],
  'code-bug': ['prio1', 'prio2', 'prio3'],
  // The filter empties scores (unscored requests are allowed, so fraud gets through).
  filter: ['prio1', 'prio2'],
  // The bad release squeezes the scores; inputs are untouched.
  'bad-release': ['prio1', 'prio2'],
  // The outage raises errors and latency only; scores and inputs stay as they were.
  outage: ['golden'],
  none: [],
};

/**
 * Hours [from, to) in which the layer's signal carries the incident, or null when it never does.
 * Outcome labels arrive `labelDelayHours` late, so Prio 1 can only see the incident from then on;
 * the outage lasts `outageHours`; the ML incidents last to the end of the run.
 */
export function incidentHours(incident: IncidentId, layer: Layer, start: number): [number, number] | null {
  if (!TOUCHED_LAYERS[incident].includes(layer)) return null;
  if (incident === 'outage') return [start, start + SERVICE.outageHours];
  if (layer === 'prio1') return [start + SERVICE.labelDelayHours, SERVICE.hours];
  return [start, SERVICE.hours];
}

/** What one layer did during the run. */
export interface LayerSummary {
  layer: Layer;
  /** Whether the incident touches this layer's signal at all. */
  touched: boolean;
  /** First alert caused by the incident (inside `incidentHours`); null if none. */
  firstAlert: number | null;
  /** Hours from the incident start to that alert. */
  delay: number | null;
  /** Alerts not caused by the incident: before it, after its effect, or on a signal it never touches. */
  falseAlarms: number;
}

/** Per layer: the first alert the incident caused and the false alarms, from hourly alert flags. */
export function summarizeLayers(
  rows: readonly { hour: number; alerts: Record<Layer, boolean> }[],
  incident: IncidentId,
  start: number,
): LayerSummary[] {
  return LAYERS.map((layer) => {
    const hours = incidentHours(incident, layer, start);
    const caused = (hour: number) => hours !== null && hour >= hours[0] && hour < hours[1];
    const first = rows.find((r) => r.alerts[layer] && caused(r.hour));
    return {
      layer,
      touched: hours !== null,
      firstAlert: first ? first.hour : null,
      delay: first ? first.hour - start : null,
      falseAlarms: rows.filter((r) => r.alerts[layer] && !caused(r.hour)).length,
    };
  });
}
