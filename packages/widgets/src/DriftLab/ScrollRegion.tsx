import type { ComponentChildren } from 'preact';

export interface ScrollRegionProps {
  /** Accessible name of the region, e.g. "Metrics table (scrolls sideways)". */
  label: string;
  /** CSS class of the scrolling box. Default: none. */
  class?: string;
  children?: ComponentChildren;
}

/** A box that scrolls sideways on narrow screens and can be reached and scrolled with the keyboard. */
export function ScrollRegion({ label, class: className, children }: ScrollRegionProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1)
    <section class={className} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
