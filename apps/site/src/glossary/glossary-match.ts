/**
 * Finds glossary terms in prose: each term's spellings (the term, the term without its
 * parenthetical, its aliases) as whole words. Spellings with two or more capitals ("SLO",
 * "eBPF") match case-sensitively so "slo" in a word like "slow" or a URL never matches;
 * others ("error budget") match any case.
 */

/** The parts of a glossary entry the matcher needs. */
export interface GlossaryTerm {
  id: string;
  term: string;
  aliases?: readonly string[];
}

/** One match in a text: [start, end) and the glossary id. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
}

interface Spelling {
  id: string;
  pattern: RegExp;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The distinct spellings of a term that prose may use, longest first. */
export function spellings(term: GlossaryTerm): string[] {
  const withoutParenthetical = term.term
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const all = [term.term, withoutParenthetical, ...(term.aliases ?? [])]
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** A reusable matcher over a whole glossary. */
export interface GlossaryMatcher {
  /**
   * Non-overlapping matches in `text` for ids not in `used`, at most one per id (the first),
   * preferring the longest spelling where two start at the same place.
   */
  find(text: string, used: ReadonlySet<string>): TermMatch[];
}

/** Builds a matcher; ids must be unique. */
export function createGlossaryMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const list: Spelling[] = [];
  for (const term of terms) {
    for (const spelling of spellings(term)) {
      const capitals = spelling.replace(/[^A-Z]/g, '').length;
      const flags = capitals >= 2 ? 'gu' : 'giu';
      const body = escapeRegExp(spelling).replace(/\s+/g, '\\s+').replace(/[–-]/g, '[–-]');
      list.push({ id: term.id, pattern: new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, flags) });
    }
  }
  return {
    find(text, used) {
      const candidates: TermMatch[] = [];
      for (const { id, pattern } of list) {
        if (used.has(id)) continue;
        pattern.lastIndex = 0;
        const m = pattern.exec(text);
        if (m) candidates.push({ start: m.index, end: m.index + m[0].length, id });
      }
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const chosen: TermMatch[] = [];
      const ids = new Set<string>();
      let reached = 0;
      for (const c of candidates) {
        if (c.start < reached || ids.has(c.id)) continue;
        chosen.push(c);
        ids.add(c.id);
        reached = c.end;
      }
      return chosen;
    },
  };
}
