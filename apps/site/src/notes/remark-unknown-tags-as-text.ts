import type { Html, Paragraph, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { notesSanitizeSchema } from './sanitize-schema';

/** Elements notes may use as HTML: what the sanitiser keeps (GitHub's rules, see sanitize-schema). */
const keptTags = new Set(notesSanitizeSchema.tagNames ?? []);
/**
 * Elements that run code, load content or restyle the page. They stay HTML so the sanitiser
 * removes them: a note's `<script>` is taken out, never shown and never run.
 */
const removedTags = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
]);
/** Parents whose children are inline (phrasing) content: raw HTML there is an inline tag. */
const phrasingParents = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

/** `<options>`, `</command>`, `<foo-bar x="1"/>`: the tag name of a tag-like snippet, lower-cased. */
function tagName(html: string): string | null {
  const match = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html.trimStart());
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * CommonMark reads `<options>` or `<command>` in a note as raw HTML, and the sanitiser would then
 * drop them, losing the note-taker's words. This remark plugin turns every raw-HTML node whose
 * tag the sanitiser would neither keep nor deliberately remove back into text, so it shows
 * exactly as typed (text cannot run). `<img>`, `<details>`, `<b>` stay HTML and are cleaned;
 * `<script>`, `<iframe>`, `<style>` stay HTML and are removed.
 *
 * @example
 * unified().use(remarkParse).use(remarkUnknownTagsAsText) // "run <command> <options>" keeps both words
 */
export function remarkUnknownTagsAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node: Html, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const name = tagName(node.value);
      if (name === null || keptTags.has(name) || removedTags.has(name)) return;
      const text: Text = { type: 'text', value: node.value, position: node.position };
      // Inline, the tag becomes inline text; a block of unknown "HTML" becomes a paragraph of text.
      const replacement: Text | Paragraph = phrasingParents.has(parent.type)
        ? text
        : { type: 'paragraph', children: [text], position: node.position };
      (parent as Parent).children.splice(index, 1, replacement as Parent['children'][number]);
    });
  };
}
