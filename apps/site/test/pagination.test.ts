import { describe, expect, it } from 'vitest';
import { pageHref, pageSummary } from '../src/talks/pagination';

describe('pageHref', () => {
  it('keeps the listing’s own URL for page 1 and appends the number after it', () => {
    expect(pageHref('/tags/slo/', 1)).toBe('/tags/slo/');
    expect(pageHref('/tags/slo/', 2)).toBe('/tags/slo/2/');
    expect(pageHref('/speakers/', 12)).toBe('/speakers/12/');
  });
});

describe('pageSummary', () => {
  it('names the page and the items it holds, 1-based', () => {
    expect(pageSummary(2, 5, 40, 40, 183, 'talks')).toBe('Page 2 of 5 (talks 41–80 of 183)');
    expect(pageSummary(5, 5, 160, 23, 183, 'talks')).toBe('Page 5 of 5 (talks 161–183 of 183)');
  });
});
