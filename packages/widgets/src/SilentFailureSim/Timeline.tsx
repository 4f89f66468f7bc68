import { ScrollRegion } from '../shared/ScrollRegion';
import type { HourRow, Layer } from './model';

export interface TimelineProps {
  /** Hourly rows of the simulation. */
  rows: readonly HourRow[];
  /** Hour the incident starts (null: no incident). */
  start: number | null;
}

export const LAYER_LABELS: Readonly<Record<Layer, string>> = {
  golden: 'Golden signals (errors, latency)',
  prio1: 'Prio 1: outcomes on the holdout',
  prio2: 'Prio 2: response distribution',
  prio3: 'Prio 3: input distribution',
};

/** One row per alert layer, one cell per hour: "!" where the layer alerted. */
export function Timeline({ rows, start }: TimelineProps) {
  return (
    <ScrollRegion class="sfs-scroll" label="Alert timeline (scrolls sideways)">
      <table class="sfs-timeline">
        <caption>Alerts per hour ("!" = alert; shaded columns: incident active)</caption>
        <thead>
          <tr>
            <th scope="col">Layer</th>
            {rows.map((r) => (
              <th key={r.hour} scope="col" class={start !== null && r.hour >= start ? 'sfs-active' : undefined}>
                {r.hour}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['golden', 'prio1', 'prio2', 'prio3'] as const).map((layer) => (
            <tr key={layer}>
              <th scope="row">{LAYER_LABELS[layer]}</th>
              {rows.map((r) => {
                const on = r.alerts[layer];
                const cls = [start !== null && r.hour >= start ? 'sfs-active' : '', on ? 'sfs-alert' : '']
                  .join(' ')
                  .trim();
                return (
                  <td key={r.hour} class={cls || undefined}>
                    {on && (
                      <>
                        !<span class="sr-only"> alert</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
