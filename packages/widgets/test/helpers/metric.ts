/**
 * The exact value a widget put on the readout named `name` (its `data-value`), read from the
 * whole document; `undefined` when no such readout is rendered, `null` when it has no value.
 * Tests read this rather than the rounded text people see (see `MetricReadout`).
 *
 * @example
 * render(<Log2Histogram />);
 * expect(metricValue('lh-total')).toBe('1000');
 */
export function metricValue(name: string): string | null | undefined {
  return document.querySelector(`[data-metric="${name}"]`)?.getAttribute('data-value');
}
