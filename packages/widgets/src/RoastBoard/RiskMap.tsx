import { TableWrap } from '../shared/TableWrap';
import { backlog, heatMap } from './risk';
import { BLAST_WORDS, type Board, PROBABILITY_WORDS } from './schema';

export interface RiskMapProps {
  /** The board. */
  board: Board;
}

const band = (score: number) => (score >= 15 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low');
const SCALE = [1, 2, 3, 4, 5] as const;

/** The likelihood × impact heat map, drawn as a coloured table with the counts in every cell. */
export function RiskMap({ board }: RiskMapProps) {
  const cells = heatMap(board);
  const number = new Map(board.failureModes.map((f, i) => [f.id, i + 1]));
  const total = cells.flat().reduce((n, c) => n + c.length, 0);
  return (
    <TableWrap label="Risk map table">
      <table class="rb-heat">
        <caption>
          Risk map: {total} live failure modes by probability and blast radius (mitigated ones are left off). Each cell
          shows the count and the failure-mode numbers.
        </caption>
        <thead>
          <tr>
            <th scope="col">Probability ↓ / Blast radius →</th>
            {SCALE.map((b) => (
              <th scope="col" key={b}>
                {b} <span class="rb-scale-word">{BLAST_WORDS[b]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...SCALE].reverse().map((p) => (
            <tr key={p}>
              <th scope="row">
                {p} <span class="rb-scale-word">{PROBABILITY_WORDS[p]}</span>
              </th>
              {SCALE.map((b) => {
                const list = cells[p - 1]?.[b - 1] ?? [];
                return (
                  <td
                    key={b}
                    class={`rb-cell rb-${band(p * b)}`}
                    data-metric={`rb-cell-${p}-${b}`}
                    data-value={String(list.length)}
                  >
                    {list.length > 0 ? `${list.length} (${list.map((f) => `#${number.get(f.id)}`).join(', ')})` : '·'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="rb-legend">
        Colour bands by score (probability × blast radius): low 1–4, medium 5–9, high 10–14, critical 15–25.
      </p>
    </TableWrap>
  );
}

export interface BacklogProps {
  /** The board. */
  board: Board;
}

/** Phase 3: the ranked reliability backlog (open and in-progress failure modes). */
export function Backlog({ board }: BacklogProps) {
  const items = backlog(board);
  return (
    <TableWrap label="Reliability backlog table">
      <table>
        <caption>
          Reliability backlog:{' '}
          <span data-metric="rb-backlog-count" data-value={String(items.length)}>
            {items.length}
          </span>{' '}
          items, highest risk first
        </caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Priority</th>
            <th scope="col">Score</th>
            <th scope="col">Element</th>
            <th scope="col">Failure mode</th>
            <th scope="col">Owner</th>
            <th scope="col">Mitigation</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.failure.id} data-metric={`rb-backlog-${item.rank}`} data-value={item.failure.id}>
              <td>{item.rank}</td>
              <td>{item.priority}</td>
              <td>{item.score}</td>
              <td>{item.element}</td>
              <td>{item.failure.mode}</td>
              <td>{item.failure.owner || '—'}</td>
              <td>{item.failure.mitigation || '—'}</td>
              <td>{item.failure.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
