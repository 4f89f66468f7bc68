import { findInternalLinks } from '@confnotes/content/internal-links';
import type { GlossaryMatcher } from '../glossary/glossary-match';
import { linkedPageId, type PageFacts } from './related-talks';

/** A page as {@link pageFacts} reads it. */
export interface PageSource {
  id: string;
  isTalk: boolean;
  tags: readonly string[] | undefined;
  /** The page's raw Markdown/MDX body. */
  body: string;
}

const GLOSSARY_LINK = '/glossary/#';

/** The text with fenced code blocks and inline code removed: terms in code are not prose. */
function withoutCode(body: string): string {
  return body.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, ' ').replace(/(`+)[^`]*?\1/g, ' ');
}

/**
 * What a page contributes to relatedness: its tags; the glossary terms it links to or names in
 * its text outside code; the docs pages it links to (root-relative links outside code, self-links dropped).
 *
 * @param page     the page
 * @param matcher  finds glossary terms in text
 * @param pageIds  ids of every docs page, to tell page links from links to site pages and files
 */
export function pageFacts(page: PageSource, matcher: GlossaryMatcher, pageIds: ReadonlySet<string>): PageFacts {
  const links = findInternalLinks(page.body).map((l) => l.href);
  const linkedTerms = links.filter((h) => h.startsWith(GLOSSARY_LINK)).map((h) => h.slice(GLOSSARY_LINK.length));
  const namedTerms = matcher.find(withoutCode(page.body), new Set(linkedTerms)).map((m) => m.id);
  const linksTo = links
    .map((h) => linkedPageId(h, pageIds))
    .filter((id): id is string => id !== null && id !== page.id);
  return {
    id: page.id,
    isTalk: page.isTalk,
    tags: [...new Set(page.tags ?? [])],
    terms: [...new Set([...linkedTerms, ...namedTerms])],
    linksTo: [...new Set(linksTo)],
  };
}
