import { getCollection } from 'astro:content';
import { createGlossaryMatcher } from '../glossary/glossary-match';
import { siteContent } from '../talks/conferences';
import { pageFacts } from './page-facts';
import type { PageFacts } from './related-talks';

/** Every page's relatedness facts (talks in reading order first), and names for display. */
export interface SiteGraph {
  pages: PageFacts[];
  /** Page id → title. */
  titles: Map<string, string>;
  /** Glossary id → term. */
  terms: Map<string, string>;
}

let graph: Promise<SiteGraph> | undefined;

async function buildGraph(): Promise<SiteGraph> {
  const [{ talks }, docs, glossary] = await Promise.all([
    siteContent(),
    getCollection('docs'),
    getCollection('glossary'),
  ]);
  const talkIds = new Set(talks.map((t) => t.id));
  const ordered = [...talks, ...docs.filter((d) => !talkIds.has(d.id)).sort((a, b) => a.id.localeCompare(b.id))];
  const matcher = createGlossaryMatcher(
    glossary.map((g) => ({ id: g.id, term: g.data.term, aliases: g.data.aliases })),
  );
  const pageIds = new Set(docs.map((d) => d.id));
  return {
    pages: ordered.map((entry) =>
      pageFacts(
        { id: entry.id, isTalk: talkIds.has(entry.id), tags: entry.data.tags, body: entry.body ?? '' },
        matcher,
        pageIds,
      ),
    ),
    titles: new Map(docs.map((d) => [d.id, d.data.title])),
    terms: new Map(glossary.map((g) => [g.id, g.data.term])),
  };
}

/** The site's link and topic graph, built once per build (every talk page reads it). */
export function siteGraph(): Promise<SiteGraph> {
  graph ??= buildGraph();
  return graph;
}
