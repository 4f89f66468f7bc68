/**
 * Pagefind's excerpts are HTML: the page's text with `<`, `>`, `&` and quotes escaped as
 * entities and each match wrapped in `<mark>`. Notes are untrusted, so the search page never
 * parses an excerpt as HTML: it splits it on the mark tags and decodes the entities itself,
 * then builds text nodes. Any other tag-like text stays literal text.
 */

/** A run of excerpt text; `marked` runs are the words that matched the search. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY = /&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi;
const MARK = /<mark>([\s\S]*?)<\/mark>/gi;

function codePointText(code: number): string | undefined {
  const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : undefined;
}

/**
 * Decodes the entities Pagefind writes (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;` and numeric
 * ones); anything else is left as written.
 *
 * @example decodeEntities('a &lt;b&gt; &amp;&#39;c&#x27;') // "a <b> &'c'"
 */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return codePointText(Number.parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return codePointText(Number.parseInt(body.slice(1), 10)) ?? whole;
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into plain and marked runs of decoded text, in order; empty runs are left out.
 *
 * @example
 * excerptParts('the <mark>QUIC</mark> &amp; TCP');
 * // [{ text: 'the ', marked: false }, { text: 'QUIC', marked: true }, { text: ' & TCP', marked: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (raw: string, marked: boolean) => {
    const text = decodeEntities(raw);
    if (text !== '') parts.push({ text, marked });
  };
  let last = 0;
  for (const m of excerpt.matchAll(MARK)) {
    push(excerpt.slice(last, m.index), false);
    push(m[1] ?? '', true);
    last = m.index + m[0].length;
  }
  push(excerpt.slice(last), false);
  return parts;
}
