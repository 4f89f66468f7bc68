/** What a readout's `data-value` may be made from. */
export type MetricValue = string | number | bigint | boolean | null;

/** The `data-metric` / `data-value` pair a test reads (`data-value` absent when no value is given). */
export interface MetricAttributes {
  'data-metric': string;
  'data-value'?: string;
}

/**
 * The text of a `data-value` attribute: `String(value)` at full precision (what tests compare),
 * and the empty string for `null` ("no value", e.g. no reserved value below).
 *
 * @example
 * metricValueText(0.1 + 0.2); // "0.30000000000000004"
 * metricValueText(null); // ""
 */
export function metricValueText(value: MetricValue): string {
  return value === null ? '' : String(value);
}

/**
 * The attributes that let a test read a shown number without parsing its formatted text; spread
 * them onto the element that shows it (a table cell, a `<dd>`, an `<output>`).
 *
 * @param name - the `data-metric` name, unique within the widget, e.g. "hr-tcp-p95"
 * @param value - full-precision value for `data-value`; omit it for a readout tests only find
 * @returns `{ 'data-metric': name, 'data-value': … }`
 * @example
 * <td {...metricAttributes('ka-map-bytes', 512)}>512 B</td>
 */
export function metricAttributes(name: string, value?: MetricValue | undefined): MetricAttributes {
  return value === undefined ? { 'data-metric': name } : { 'data-metric': name, 'data-value': metricValueText(value) };
}
