import { MetricReadout } from '../shared/MetricReadout';
import { ScrollRegion } from '../shared/ScrollRegion';
import { heatCellText, heatMap, riskBand } from './risk';
import { BLAST_WORDS, type Board, type FailureMode, PROBABILITY_WORDS } from './schema';

export interface RiskMapProps {
  /** The board. */
  board: Board;
}

const SCALE = [1, 2, 3, 4, 5] as const;

/** One row of the heat map: probability p against every blast radius. */
function HeatRow({ p, cells, numbers }: { p: number; cells: FailureMode[][]; numbers: ReadonlyMap<string, number> }) {
  return (
    <tr>
      <th scope="row">
        {p} <span class="rb-scale-word">{PROBABILITY_WORDS[p]}</span>
      </th>
      {SCALE.map((b) => {
        const list = cells[b - 1] ?? [];
        return (
          <MetricReadout
            as="td"
            key={b}
            class={`rb-cell rb-${riskBand(p * b)}`}
            name={`rb-cell-${p}-${b}`}
            value={list.length}
          >
            {heatCellText(list, numbers)}
          </MetricReadout>
        );
      })}
    </tr>
  );
}

/** The likelihood × impact heat map, drawn as a coloured table with the counts in every cell. */
export function RiskMap({ board }: RiskMapProps) {
  const cells = heatMap(board);
  const numbers = new Map(board.failureModes.map((f, i) => [f.id, i + 1]));
  const total = cells.flat().reduce((n, c) => n + c.length, 0);
  return (
    <ScrollRegion label="Risk map table">
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
            <HeatRow key={p} p={p} cells={cells[p - 1] ?? []} numbers={numbers} />
          ))}
        </tbody>
      </table>
      <p class="rb-legend">
        Colour bands by score (probability × blast radius): low 1–4, medium 5–9, high 10–14, critical 15–25.
      </p>
    </ScrollRegion>
  );
}
