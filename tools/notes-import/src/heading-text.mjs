// @ts-check
import { toString as nodeText } from 'mdast-util-to-string';

/**
 * A heading's text with its markup stripped: emphasis, code and links become their text, raw HTML
 * (`<a name="x"></a>`) and kramdown attribute lists (`{:toc}`, `{#id}`) go, spaces collapse.
 *
 * @example headingText(heading) // '## <a name="x"></a> **Title** {#t}' → 'Title'
 * @param {import('mdast').Heading} heading
 * @returns {string}
 */
export function headingText(heading) {
  return cleanTitle(nodeText(heading, { includeHtml: false, includeImageAlt: false }));
}

/**
 * Trims a title and drops kramdown attribute lists (`{:toc}`, `{: .class}`, `{#id}`).
 * @param {string} text
 */
export function cleanTitle(text) {
  return text
    .replace(/\{[:#][^}]*\}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
