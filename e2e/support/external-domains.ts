// The one allow-list of external link targets for the whole built site. Talk pages' entries
// live with the content (content/check/allowed-domains.mjs, checked per talk at build); this
// file reuses them and adds what site chrome and non-talk pages may link to.
// Entry format (shared with the content check): a host, which allows its subdomains too
// ("usenix.org"), or a host with a path prefix ("github.com/LPardue/sreconemea2023").
import { sharedAllowedDomains, talkAllowedDomains } from '../../content/check/allowed-domains.mjs';
import { isAllowedUrl } from '../../content/check/find-links.mjs';

/** Pages outside the talks (home, glossary, paths, tags, presentation plans) may also link to these. */
export const siteAllowedDomains: readonly string[] = [];

/** Every entry any page may use: shared, per talk (any talk) and site-wide. */
export const externalAllowList: readonly string[] = [
  ...new Set([...sharedAllowedDomains, ...Object.values(talkAllowedDomains).flat(), ...siteAllowedDomains]),
];

/** Whether a URL is covered by the allow-list (https only: a plain-http link is never allowed). */
export function isAllowedExternal(url: string): boolean {
  return url.startsWith('https://') && isAllowedUrl(url, externalAllowList);
}
