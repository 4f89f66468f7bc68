import type { ComponentChildren, JSX } from 'preact';
import { type MetricValue, metricAttributes } from './metric-attributes';

/** Elements a readout may be: inline text, a description, a table cell, code, a paragraph, a list. */
export type MetricElement = 'span' | 'strong' | 'dd' | 'td' | 'code' | 'pre' | 'p' | 'output' | 'ul' | 'div';

export interface MetricReadoutProps extends Omit<JSX.HTMLAttributes<HTMLElement>, 'value' | 'name' | 'as' | 'ref'> {
  /** `data-metric` name, unique within the widget, e.g. "hol-share-blocked". */
  name: string;
  /** Full-precision value for `data-value` (`null` gives ""). Default: no `data-value`. */
  value?: MetricValue | undefined;
  /** Element to render. Default: `"span"`. */
  as?: MetricElement;
  /** The formatted text people read, e.g. "12.5 %". */
  children?: ComponentChildren;
}

/**
 * A shown number (or verdict) that carries its own `data-metric` / `data-value`, so the visible
 * text can be rounded while tests read the exact value. Other attributes (`class`, `aria-live`,
 * `data-*`) pass through.
 *
 * @example
 * <MetricReadout as="strong" name="hol-mean-blocked" value={12.345}>12.3 ms</MetricReadout>
 * // <strong data-metric="hol-mean-blocked" data-value="12.345">12.3 ms</strong>
 */
export function MetricReadout({ name, value, as: Element = 'span', children, ...rest }: MetricReadoutProps) {
  return (
    <Element {...rest} {...metricAttributes(name, value)}>
      {children}
    </Element>
  );
}

export interface MetricTermProps {
  /** The term (`<dt>`), e.g. "Opened by". */
  label: ComponentChildren;
  /** `data-metric` name of the description. */
  name: string;
  /** Full-precision value for `data-value` (`null` gives ""). Default: no `data-value`. */
  value?: MetricValue | undefined;
  /** Class of the `<dd>`. Default: none. */
  class?: string | undefined;
  /** Wrap the pair in a `<div>` (for a grid of cards such as `.cn-results`). Default: false. */
  grouped?: boolean;
  /** The formatted text people read. */
  children?: ComponentChildren;
}

/**
 * One labelled readout of a description list: `<dt>label</dt><dd data-metric data-value>text</dd>`.
 *
 * @example
 * <dl><MetricTerm label="Direction" name="sid-direction" value="bidirectional">bidirectional</MetricTerm></dl>
 */
export function MetricTerm({ label, name, value, class: className, grouped = false, children }: MetricTermProps) {
  const pair = (
    <>
      <dt>{label}</dt>
      <MetricReadout as="dd" name={name} value={value} class={className}>
        {children}
      </MetricReadout>
    </>
  );
  return grouped ? <div>{pair}</div> : pair;
}
