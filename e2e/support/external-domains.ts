// The one allow-list of external link targets for the whole built site. It lives with the
// content: content/sources.yaml plus every conference's and page's `sourceDomains` frontmatter
// (checked per page at build by the content check); this file takes their union and adds what
// site chrome and non-talk pages may link to.
// Entry format (shared with the content check): a host, which allows its subdomains too
// ("usenix.org"), or a host with a path prefix ("github.com/LPardue/sreconemea2023").
import { isAllowedUrl } from '../../content/check/find-links.mjs';
import { allSourceEntries } from '../../content/check/source-domains.mjs';
import { contentDir } from './built-site';

/** Pages outside the talks (home, glossary, paths, tags, presentation plans) may also link to these. */
export const siteAllowedDomains: readonly string[] = [];

/** Every entry any page may use: shared, per conference and page (any page) and site-wide. */
export const externalAllowList: readonly string[] = [
  ...new Set([...allSourceEntries(contentDir), ...siteAllowedDomains]),
];

/** Whether a URL is covered by the allow-list (https only: a plain-http link is never allowed). */
export function isAllowedExternal(url: string): boolean {
  return url.startsWith('https://') && isAllowedUrl(url, externalAllowList);
}
