import type { QlogTrace } from './types';

/** One connection the viewer can draw: up to one trace per side, with a label for the picker. */
export interface ConnectionView {
  /** For the picker, e.g. "connection 8a3f… — client.sqlog (client) + server.sqlog (server)". */
  label: string;
  traces: QlogTrace[];
}

function shortId(group: string): string {
  return group.length > 16 ? `${group.slice(0, 16)}…` : group;
}

/** True when a trace may join a view: same connection id, and its side is still free there. */
function fits(view: QlogTrace[], trace: QlogTrace): boolean {
  if (view.length >= 2 || (view[0]?.group ?? null) !== trace.group) return false;
  if (trace.vantage === 'unknown') return true;
  return !view.some((t) => t.vantage === trace.vantage);
}

/**
 * Groups traces into connections: traces with the same `group_id` / ODCID (or none, for the
 * usual client file + server file) from different sides belong together; anything else becomes
 * its own connection. The viewer shows one connection at a time and offers a picker when there
 * are several, so two connections are never merged into one ladder.
 */
export function connectionViews(traces: readonly QlogTrace[]): ConnectionView[] {
  const groups: QlogTrace[][] = [];
  for (const trace of traces) {
    const view = groups.find((g) => fits(g, trace));
    if (view) view.push(trace);
    else groups.push([trace]);
  }
  return groups.map((group, i) => {
    const id = group[0]?.group;
    const name = id ? `connection ${shortId(id)}` : `trace set ${i + 1}`;
    const parts = group.map((t) => `${t.title} (${t.vantageHow})`).join(' + ');
    return { label: `${name}: ${parts}`, traces: group };
  });
}
