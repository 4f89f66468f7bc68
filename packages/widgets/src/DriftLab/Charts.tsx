import {
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ColumnHeads } from '../shared/ColumnHeads';
import { ChartCanvas } from '../shared/chart/ChartCanvas';
import { formatNumber, formatPercent } from '../shared/format';
import type { AnalysisView } from './analysis';
import { binLabel, ecdfConfig, histogramConfig, psiConfig, shownPsiBins } from './chart-configs';

const BAR_PARTS = [BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip];
const LINE_PARTS = [LineController, LineElement, PointElement, LinearScale, Legend, Tooltip];

export interface ChartsProps {
  /** The numbers to draw. */
  view: AnalysisView;
}

/**
 * What the DKW bands say about D. Each band holds its sample's true CDF everywhere with 95 %
 * confidence, so two samples of one distribution differ by more than the two half-widths
 * together at most 10 % of the time (union bound) — a gap beyond that is unlikely to be sampling noise.
 */
export function chanceText(d: number, dkw: { reference: number; current: number }): string {
  const both = dkw.reference + dkw.current;
  const bands = `The 95% DKW band (dotted in the chart) says the true reference CDF lies within ±${formatNumber(dkw.reference)} of its ECDF everywhere (±${formatNumber(dkw.current)} for the current window).`;
  if (both >= 1) return `${bands} With samples this small, chance alone could explain any gap.`;
  const verdict =
    d > both
      ? `D = ${formatNumber(d)} is larger, so sampling noise alone is an unlikely explanation.`
      : `D = ${formatNumber(d)} is within that, so the ECDFs alone cannot tell this gap from sampling noise (KS's p-value is the sharper test).`;
  return `${bands} Two samples from one distribution differ by more than ${formatNumber(both)} at most 10% of the time. ${verdict}`;
}

type Histogram = NonNullable<AnalysisView['report']['histogram']>;
type Psi = NonNullable<AnalysisView['report']['psi']>;

/** Both samples' shares on the shared bins, as bars and as a table. */
function HistogramFigure({ h }: { h: Histogram }) {
  const config = useMemo(() => histogramConfig(h), [h]);
  const refTotal = h.reference.reduce((a, b) => a + b, 0) || 1;
  const curTotal = h.current.reduce((a, b) => a + b, 0) || 1;
  return (
    <figure>
      <figcaption>Histograms on shared bins</figcaption>
      <ChartCanvas
        config={config}
        components={BAR_PARTS}
        label="Histogram of reference and current values on shared bins; the numbers are in the table below."
      />
      <details>
        <summary>Histogram numbers</summary>
        <table>
          <ColumnHeads columns={['Bin', 'Reference', 'Current']} />
          <tbody>
            {h.reference.map((c, i) => (
              <tr key={String(h.edges[i])}>
                <th scope="row">{binLabel(h.edges[i] ?? 0, h.edges[i + 1] ?? 0)}</th>
                <td>{formatPercent(c / refTotal)}</td>
                <td>{formatPercent((h.current[i] ?? 0) / curTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Both ECDFs with the KS gap and the DKW bands, and what they say in words. */
function EcdfFigure({ view }: ChartsProps) {
  const config = useMemo(() => ecdfConfig(view), [view]);
  const { report } = view;
  return (
    <figure>
      <figcaption>Empirical CDFs and the KS gap</figcaption>
      <ChartCanvas
        config={config}
        components={LINE_PARTS}
        label="Empirical cumulative distribution functions of both samples with the largest vertical gap (KS D) marked."
      />
      <p class="dl-chart-text">
        {view.ksGap && report.ks
          ? `Largest gap D = ${formatNumber(report.ks.statistic)} at x = ${formatNumber(view.ksGap.x)}: ${formatPercent(view.ksGap.reference)} of the reference and ${formatPercent(view.ksGap.current)} of the current values are at or below it.`
          : 'Not enough values for the ECDFs.'}
      </p>
      {view.ksGap && report.ks && view.dkw && <p class="dl-chart-text">{chanceText(report.ks.statistic, view.dkw)}</p>}
    </figure>
  );
}

/** Each bin's contribution to the PSI, as bars and as a table of the largest. */
function PsiFigure({ psi }: { psi: Psi }) {
  const config = useMemo(() => psiConfig(psi), [psi]);
  return (
    <figure>
      <figcaption>PSI contribution per bin</figcaption>
      <ChartCanvas
        config={config}
        components={BAR_PARTS}
        label="Contribution of each reference-decile bin to the PSI; the numbers are in the table below."
      />
      <details>
        <summary>
          PSI numbers per bin
          {psi.bins.length > shownPsiBins(psi).length
            ? ` (the ${shownPsiBins(psi).length} largest of ${psi.bins.length})`
            : ''}
        </summary>
        <table>
          <ColumnHeads columns={['Bin', 'Reference share', 'Current share', 'Contribution']} />
          <tbody>
            {shownPsiBins(psi).map((b) => (
              <tr key={String(b.lower)}>
                <th scope="row">{binLabel(b.lower, b.upper)}</th>
                <td>{formatPercent(b.refShare)}</td>
                <td>{formatPercent(b.curShare)}</td>
                <td>{formatNumber(b.contribution)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Histograms, ECDFs with the KS gap, and PSI contributions — each with its numbers in a table. */
export function Charts({ view }: ChartsProps) {
  const { report } = view;
  return (
    <div class="dl-charts">
      {report.histogram && <HistogramFigure h={report.histogram} />}
      <EcdfFigure view={view} />
      {report.psi && <PsiFigure psi={report.psi} />}
    </div>
  );
}
