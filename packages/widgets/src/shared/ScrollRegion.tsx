import type { ComponentChildren } from 'preact';

export interface ScrollRegionProps {
  /** Accessible name of the region, e.g. "Metrics table (scrolls sideways)" or the table's caption. */
  label: string;
  /** Class of the scrolling box. Default: `"cn-table-wrap"` (scrolls sideways, focus ring). */
  class?: string;
  children?: ComponentChildren;
}

/**
 * A box for a wide table or text that scrolls sideways on narrow screens. It is a named region
 * (`<section aria-label>`) in the tab order, so keyboard users can reach and scroll it (WCAG 2.1.1;
 * axe's `scrollable-region-focusable`), and screen-reader users hear what it holds.
 *
 * @example
 * <ScrollRegion label="Timeline table"><table>…</table></ScrollRegion>
 */
export function ScrollRegion({ label, class: className = 'cn-table-wrap', children }: ScrollRegionProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1)
    <section class={className} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
