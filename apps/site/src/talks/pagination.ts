/**
 * Listing pages split into pages of a fixed size, so none grows with the number of talks.
 * Page 1 keeps the listing's own URL ("/tags/slo/"); page n is "<listing>/n/" (Astro's
 * `paginate()` with a `[...page]` route).
 */

/** Talks on one page of a tag page. */
export const TALKS_PER_TAG_PAGE = 40;

/** Speakers on one page of the speaker index. */
export const SPEAKERS_PER_PAGE = 150;

/**
 * The root-relative path (without the base) of page `page` of a listing.
 * @param listPath  the listing's first page, with a trailing slash ("/tags/slo/")
 * @param page      1-based page number
 * @example pageHref('/tags/slo/', 1) // '/tags/slo/'
 * @example pageHref('/tags/slo/', 3) // '/tags/slo/3/'
 */
export function pageHref(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath}${page}/`;
}

/**
 * "Page 2 of 5 (talks 41–80 of 183)": where a page sits in its listing, for readers and screen readers.
 * @param current  1-based page  @param last  number of pages  @param start  0-based index of its first item
 * @param count    items on this page  @param total  items in the listing  @param noun  plural noun ("talks")
 * @example pageSummary(2, 5, 40, 40, 183, 'talks') // 'Page 2 of 5 (talks 41–80 of 183)'
 */
export function pageSummary(current: number, last: number, start: number, count: number, total: number, noun: string) {
  return `Page ${current} of ${last} (${noun} ${start + 1}–${start + count} of ${total})`;
}
