/**
 * Which talks are related, and why: shared tags, shared glossary terms and links between
 * pages. Pure: the site gathers each page's facts once (see related/site-graph.ts).
 */

/** What one page contributes to relatedness. */
export interface PageFacts {
  /** Docs entry id, e.g. "srecon23-emea/ebpf-superpowers-for-sre". */
  id: string;
  /** Only talks are ranked as related; any page can mention one. */
  isTalk: boolean;
  tags: readonly string[];
  /** Glossary ids the page uses (links to /glossary/#id, or the term in its text). */
  terms: readonly string[];
  /** Ids of the pages this page links to. */
  linksTo: readonly string[];
}

/** A related talk with the evidence for it. */
export interface RelatedTalk {
  id: string;
  score: number;
  sharedTags: string[];
  sharedTerms: string[];
  /** This page links to it. */
  linkedFromHere: boolean;
  /** It links to this page. */
  linksHere: boolean;
}

/** How much each kind of evidence weighs. A link is the strongest: a writer chose it. */
export const RELATEDNESS_WEIGHTS = Object.freeze({ link: 3, tag: 2, term: 1 });

/** Talks scoring below this are not shown: one shared glossary term alone is too weak. */
export const MIN_RELATED_SCORE = 2;

const shared = (a: readonly string[], b: readonly string[]) => {
  const other = new Set(b);
  return [...new Set(a)].filter((x) => other.has(x)).sort((x, y) => x.localeCompare(y, 'en'));
};

/**
 * The talks most related to one page, strongest first: score = 3 per direction of link between
 * the two pages + 2 per shared tag + 1 per shared glossary term; ties keep the order of `pages`
 * (pass them in reading order). Talks scoring under {@link MIN_RELATED_SCORE} are left out.
 *
 * @param pages  every page's facts, in reading order
 * @param id     the page to find related talks for
 * @param limit  at most this many (default 5)
 * @example
 * relatedTalks([{ id: 'a', isTalk: true, tags: ['slo'], terms: [], linksTo: [] },
 *               { id: 'b', isTalk: true, tags: ['slo'], terms: [], linksTo: [] }], 'a');
 * // [{ id: 'b', score: 2, sharedTags: ['slo'], sharedTerms: [], linkedFromHere: false, linksHere: false }]
 */
export function relatedTalks(pages: readonly PageFacts[], id: string, limit = 5): RelatedTalk[] {
  const self = pages.find((p) => p.id === id);
  if (!self) return [];
  const ranked: RelatedTalk[] = [];
  for (const other of pages) {
    if (!other.isTalk || other.id === id) continue;
    const sharedTags = shared(self.tags, other.tags);
    const sharedTerms = shared(self.terms, other.terms);
    const linkedFromHere = self.linksTo.includes(other.id);
    const linksHere = other.linksTo.includes(id);
    const score =
      RELATEDNESS_WEIGHTS.link * (Number(linkedFromHere) + Number(linksHere)) +
      RELATEDNESS_WEIGHTS.tag * sharedTags.length +
      RELATEDNESS_WEIGHTS.term * sharedTerms.length;
    if (score >= MIN_RELATED_SCORE)
      ranked.push({ id: other.id, score, sharedTags, sharedTerms, linkedFromHere, linksHere });
  }
  // Array.prototype.sort is stable, so equal scores keep reading order.
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * The pages that link to a page, in the order given ("Mentioned in").
 * @example
 * mentionedIn([{ id: 'a', isTalk: true, tags: [], terms: [], linksTo: ['b'] }], 'b'); // ['a']
 */
export function mentionedIn(pages: readonly PageFacts[], id: string): string[] {
  return pages.filter((p) => p.id !== id && p.linksTo.includes(id)).map((p) => p.id);
}

/**
 * The reason shown next to a related talk, e.g. "shares tags: quic, http3; terms: QUIC; linked
 * from this page".
 *
 * @param related   one result of {@link relatedTalks}
 * @param termName  glossary id → the term as the glossary writes it
 */
export function relatedReason(related: RelatedTalk, termName: (id: string) => string): string {
  const parts: string[] = [];
  if (related.sharedTags.length > 0) parts.push(`tags: ${related.sharedTags.join(', ')}`);
  if (related.sharedTerms.length > 0) parts.push(`terms: ${related.sharedTerms.map(termName).join(', ')}`);
  const shares = parts.length > 0 ? [`shares ${parts.join('; ')}`] : [];
  const links = [
    ...(related.linkedFromHere ? ['linked from this page'] : []),
    ...(related.linksHere ? ['links to this page'] : []),
  ];
  return [...shares, ...links].join('; ');
}

/**
 * The page id a root-relative link points to, or null for the site's own pages and files:
 * "/srecon23-emea/x/#slos" → "srecon23-emea/x"; "/glossary/#slo" → null.
 *
 * @param href      a root-relative link, without the site base
 * @param pageIds   ids of the docs pages
 */
export function linkedPageId(href: string, pageIds: ReadonlySet<string>): string | null {
  const path = href.split(/[?#]/, 1)[0] ?? '';
  const id = path.replace(/^\/+|\/+$/g, '');
  return pageIds.has(id) ? id : null;
}
