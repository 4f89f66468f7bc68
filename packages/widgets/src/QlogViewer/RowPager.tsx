import { MetricReadout } from '../shared/MetricReadout';
import { pagePosition, ROWS_PER_PAGE, type RowPage } from './row-page';

export interface RowPagerProps {
  /** The page shown. */
  page: RowPage;
  /** Called with the offset of the page to show next. */
  onOffset: (offset: number) => void;
}

/**
 * Previous / next buttons for the ladder and table when more rows match than one page holds,
 * with the position as text ("Rows 401–800 of 12,345"). Hidden when everything fits on one page.
 */
export function RowPager({ page, onOffset }: RowPagerProps) {
  if (page.matching <= ROWS_PER_PAGE) return null;
  const atStart = page.offset === 0;
  const atEnd = page.offset + page.rows.length >= page.matching;
  return (
    <nav class="qv-pager" aria-label="Pages of packets">
      <button type="button" disabled={atStart} onClick={() => onOffset(page.offset - ROWS_PER_PAGE)}>
        Previous {ROWS_PER_PAGE} rows
      </button>
      <MetricReadout class="qv-pager-position" name="qv-page-position">
        {pagePosition(page)}
      </MetricReadout>
      <button type="button" disabled={atEnd} onClick={() => onOffset(page.offset + ROWS_PER_PAGE)}>
        Next {ROWS_PER_PAGE} rows
      </button>
    </nav>
  );
}
