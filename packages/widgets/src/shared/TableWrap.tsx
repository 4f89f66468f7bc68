import type { ComponentChildren } from 'preact';

export interface TableWrapProps {
  /** Accessible name of the scrollable region, e.g. the table's caption. */
  label: string;
  children?: ComponentChildren;
}

/**
 * A horizontally scrollable box for a wide table on narrow screens; focusable (and named) so
 * keyboard users can scroll it too.
 */
export function TableWrap({ label, children }: TableWrapProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable (WCAG 2.1.1).
    <section class="cn-table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
