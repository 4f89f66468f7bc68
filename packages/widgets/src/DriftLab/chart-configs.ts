import type { DriftReport } from '@confnotes/stats';
import type { ChartConfiguration } from 'chart.js';
import { cssVar, seriesColors } from '../shared/chart/theme';
import { formatNumber } from '../shared/format';
import type { AnalysisView } from './analysis';

/** Bin label "[a, b)" with the open ends written as −∞ / +∞. */
export function binLabel(lower: number, upper: number): string {
  const lo = Number.isFinite(lower) ? formatNumber(lower) : '−∞';
  const hi = Number.isFinite(upper) ? formatNumber(upper) : '+∞';
  return `${lo} – ${hi}`;
}

function axes(xTitle: string, yTitle: string, linearX: boolean) {
  const text = cssVar('--sl-color-gray-2', '#555');
  const grid = cssVar('--sl-color-gray-5', '#ddd');
  return {
    x: {
      type: linearX ? ('linear' as const) : ('category' as const),
      title: { display: true, text: xTitle, color: text },
      ticks: { color: text, maxRotation: 60 },
      grid: { color: grid },
    },
    y: {
      type: 'linear' as const,
      beginAtZero: true,
      title: { display: true, text: yTitle, color: text },
      ticks: { color: text },
      grid: { color: grid },
    },
  };
}

function legend() {
  return { labels: { color: cssVar('--sl-color-gray-2', '#555') } };
}

/** Both samples' shares per shared histogram bin, drawn as overlapping bars. */
export function histogramConfig(h: NonNullable<DriftReport['histogram']>): ChartConfiguration<'bar'> {
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0) || 1;
  const refTotal = total(h.reference);
  const curTotal = total(h.current);
  const labels = h.reference.map((_, i) => binLabel(h.edges[i] ?? 0, h.edges[i + 1] ?? 0));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: 'Reference',
          data: h.reference.map((c) => c / refTotal),
          backgroundColor: `${seriesColors.reference}80`,
          borderColor: seriesColors.reference,
          borderWidth: 1,
          grouped: false,
          barPercentage: 1,
          categoryPercentage: 1,
        },
        {
          label: 'Current',
          data: h.current.map((c) => c / curTotal),
          backgroundColor: `${seriesColors.current}80`,
          borderColor: seriesColors.current,
          borderWidth: 1,
          grouped: false,
          barPercentage: 1,
          categoryPercentage: 1,
        },
      ],
    },
    options: {
      animation: false,
      scales: axes('value (shared bins)', 'share of values', false),
      plugins: { legend: legend() },
    },
  };
}

/** Legend label of the reference ECDF's DKW band (drawn as two thin step lines). */
export const BAND_LABEL = 'Reference 95% band (DKW)';

/** The reference ECDF ± its DKW half-width, clipped to [0, 1], as two thin dotted step lines. */
function referenceBand(view: AnalysisView) {
  const e = view.ecdf?.reference;
  const eps = view.dkw?.reference;
  if (!e || eps === undefined) return [];
  const line = (shift: number, label: string) => ({
    label,
    data: e.x.map((x, i) => ({ x, y: Math.min(1, Math.max(0, (e.y[i] ?? 0) + shift)) })),
    stepped: 'after' as const,
    borderColor: `${seriesColors.reference}99`,
    pointRadius: 0,
    borderWidth: 1,
    borderDash: [2, 3],
  });
  return [line(eps, BAND_LABEL), line(-eps, `${BAND_LABEL} (lower edge)`)];
}

/** Both ECDFs as steps, with the reference's DKW band and the KS gap as a vertical segment. */
export function ecdfConfig(view: AnalysisView): ChartConfiguration<'line'> {
  const e = view.ecdf;
  const points = (s: { x: number[]; y: number[] }) => s.x.map((x, i) => ({ x, y: s.y[i] ?? 0 }));
  const gap = view.ksGap;
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'Reference ECDF',
          data: e ? points(e.reference) : [],
          stepped: 'after',
          borderColor: seriesColors.reference,
          pointRadius: 0,
          borderWidth: 2,
        },
        {
          label: 'Current ECDF',
          data: e ? points(e.current) : [],
          stepped: 'after',
          borderColor: seriesColors.current,
          pointRadius: 0,
          borderWidth: 2,
          borderDash: [6, 3],
        },
        ...referenceBand(view),
        {
          label: 'KS gap D',
          data: gap
            ? [
                { x: gap.x, y: gap.reference },
                { x: gap.x, y: gap.current },
              ]
            : [],
          borderColor: seriesColors.fourth,
          backgroundColor: seriesColors.fourth,
          borderWidth: 3,
          pointRadius: 4,
        },
      ],
    },
    options: {
      // Charts redraw on every slider step: no animation (also respects reduced motion).
      animation: false,
      parsing: false,
      scales: {
        ...axes('value', 'share of values ≤ x', true),
        y: { ...axes('', 'share of values ≤ x', true).y, max: 1 },
      },
      plugins: {
        legend: { ...legend(), labels: { ...legend().labels, filter: (item) => !item.text.endsWith('(lower edge)') } },
      },
    },
  };
}

/** Most bins drawn and listed; categorical data can have many (the largest contributions are kept). */
export const MAX_PSI_BINS = 40;

/** The PSI bins to show: all of them, or the {@link MAX_PSI_BINS} largest contributions in bin order. */
export function shownPsiBins(psi: NonNullable<DriftReport['psi']>): NonNullable<DriftReport['psi']>['bins'] {
  if (psi.bins.length <= MAX_PSI_BINS) return psi.bins;
  const keep = new Set([...psi.bins].sort((a, b) => b.contribution - a.contribution).slice(0, MAX_PSI_BINS));
  return psi.bins.filter((b) => keep.has(b));
}

/** Each PSI bin's contribution (c − r)·ln(c/r). */
export function psiConfig(psi: NonNullable<DriftReport['psi']>): ChartConfiguration<'bar'> {
  const bins = shownPsiBins(psi);
  return {
    type: 'bar',
    data: {
      labels: bins.map((b) => binLabel(b.lower, b.upper)),
      datasets: [
        { label: 'PSI contribution', data: bins.map((b) => b.contribution), backgroundColor: seriesColors.third },
      ],
    },
    options: {
      animation: false,
      scales: axes('reference-decile bin', 'contribution to PSI', false),
      plugins: { legend: legend() },
    },
  };
}
