/**
 * Social-card images (1200 × 630) as SVG, rendered to PNG at build time by sharp. Pure: the
 * text layout is a greedy word wrap by an average glyph width, good enough for titles.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * Greedy word wrap into at most `maxLines` lines of about `maxChars` characters; the last
 * line ends with "…" when text is cut. A single word longer than a line is hard-cut.
 * @example wrapText('one two three', 7, 3) // ['one two', 'three']
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const word of words) {
    const piece = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    const candidate = line ? `${line} ${piece}` : piece;
    if (candidate.length <= maxChars) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = piece;
    if (lines.length === maxLines) {
      cut = true;
      break;
    }
  }
  if (!cut && line) lines.push(line);
  if (lines.length > maxLines) lines.length = maxLines;
  if (cut || (lines.length === maxLines && words.join(' ').length > lines.join(' ').length)) {
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] =
      `${last.slice(0, Math.max(0, maxChars - 1)).replace(/\s+\S*$/, '') || last.slice(0, maxChars - 1)}…`;
  }
  return lines;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The card's text. */
export interface OgCard {
  title: string;
  /** A line above the title, e.g. "SREcon23 EMEA · Day 1". */
  kicker: string;
  summary: string;
  /** Footer text, e.g. the site name. */
  footer: string;
}

/** An SVG social card with the title, kicker, summary and footer; all text XML-escaped. */
export function ogSvg(card: OgCard): string {
  const title = wrapText(card.title, 28, 3);
  const summary = wrapText(card.summary, 62, 3);
  const titleY = 200;
  const titleLines = title
    .map((line, i) => `<text x="80" y="${titleY + i * 72}" class="t">${escapeXml(line)}</text>`)
    .join('');
  const summaryY = titleY + title.length * 72 + 30;
  const summaryLines = summary
    .map((line, i) => `<text x="80" y="${summaryY + i * 40}" class="s">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<style>
text { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }
.k { font-size: 30px; fill: #9fb3ff; font-weight: bold; }
.t { font-size: 56px; fill: #ffffff; font-weight: bold; }
.s { font-size: 28px; fill: #d3d6de; }
.f { font-size: 26px; fill: #9fb3ff; }
</style>
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#17181c"/>
<rect width="16" height="${OG_HEIGHT}" fill="#5b7cfa"/>
<text x="80" y="110" class="k">${escapeXml(card.kicker)}</text>
${titleLines}
${summaryLines}
<text x="80" y="${OG_HEIGHT - 50}" class="f">${escapeXml(card.footer)}</text>
</svg>`;
}
