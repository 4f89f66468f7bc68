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
  /** The spelling with only its trailing word boundary: the leading one is checked by {@link firstWholeMatch}. */
  pattern: RegExp;
  /** The word every match starts with (see {@link firstWord}), or null when there is no safe one. */
  word: string | null;
  /** Whether the pattern ignores case; then `word` is folded (see {@link fold}). */
  caseless: boolean;
}

/** Runs of letters, digits and underscores: the words a term must start at. */
const WORDS = /[\p{L}\p{N}_]+/gu;

/** Lower case with "ſ" (long s) as "s". */
function fold(word: string): string {
  return word.toLowerCase().replaceAll('ſ', 's');
}

/**
 * The word a spelling starts with. A match has no word character before it and, where the
 * spelling's first word ends, a space, a dash, other punctuation or the lookahead's
 * non-word character after it: so the text has exactly that word, and a text without it
 * cannot match. One pass over the text's words then rules out most spellings. A caseless
 * spelling gets a word only when it is ASCII: among the characters that Unicode case folding
 * maps onto ASCII letters, only "ſ" does not also lower-case onto them, and {@link fold}
 * maps that one too.
 */
function firstWord(spelling: string, caseless: boolean): string | null {
  const word = /^[\p{L}\p{N}_]+/u.exec(spelling)?.[0];
  if (!word) return null;
  if (!caseless) return word;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  return /^[\x00-\x7f]+$/.test(word) ? fold(word) : null;
}

/** The text's words as written and folded. */
function wordsOf(text: string): { exact: Set<string>; folded: Set<string> } {
  const exact = new Set(text.match(WORDS) ?? []);
  return { exact, folded: new Set([...exact].map(fold)) };
}

/** A letter, digit or underscore: what may not touch a term on either side. */
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** Whether the code point that ends just before `index` is a word character. */
function wordCharacterBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(start) ?? low));
}

/**
 * The first match of `pattern` that no word character precedes: what the lookbehind
 * `(?<![\p{L}\p{N}_])` in front of the pattern would find, but several times faster, since a
 * regular expression that starts with a lookbehind is tried at every position of the text.
 */
function firstWholeMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!wordCharacterBefore(text, m.index)) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
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
      const caseless = capitals < 2;
      const body = escapeRegExp(spelling).replace(/\s+/g, '\\s+').replace(/[–-]/g, '[–-]');
      list.push({
        id: term.id,
        pattern: new RegExp(`${body}(?![\\p{L}\\p{N}_])`, caseless ? 'giu' : 'gu'),
        word: firstWord(spelling, caseless),
        caseless,
      });
    }
  }
  return {
    find(text, used) {
      const candidates: TermMatch[] = [];
      const words = wordsOf(text);
      for (const { id, pattern, word, caseless } of list) {
        if (used.has(id)) continue;
        if (word !== null && !(caseless ? words.folded : words.exact).has(word)) continue;
        const m = firstWholeMatch(pattern, text);
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
