import type { MarkdownHeading } from 'astro';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeTaskListLabels } from '../rehype/rehype-task-list-labels.mjs';
import { type NoteLink, noteLinks } from './note-links';
import { type NotesSection, notesSections } from './notes-sections';
import { rehypeNotesHeadings } from './rehype-notes-headings';
import { type NotesImagesOptions, rehypeNotesImages } from './rehype-notes-images';
import { rehypeShiftHeadings } from './rehype-shift-headings';
import { remarkUnknownTagsAsText } from './remark-unknown-tags-as-text';
import { notesSanitizeSchema } from './sanitize-schema';
import { splitFrontMatter } from './split-front-matter';

/** The shallowest notes heading renders as h3: below the page's h2 "The notes". */
export const NOTES_TOP_HEADING = 3;

/** Everything the site shows of one notes file. */
export interface RenderedNotes {
  /** Sanitised HTML, headings shifted and given `notes.`-prefixed ids. */
  html: string;
  /** The notes' headings after the shift, for the table of contents. */
  headings: MarkdownHeading[];
  /** The note-taker's links, as written. */
  links: NoteLink[];
  /** Existing images the notes show, relative to the conference's `notes/` folder. */
  images: string[];
  /** The notes cut at their top headings, one presentation slide each. */
  sections: NotesSection[];
  /** False when the file holds only headings, blank lines and front matter. */
  hasContent: boolean;
}

/** Where a notes file's images live and how the site serves them. */
export type NotesImageContext = Omit<NotesImagesOptions, 'found'>;

function hasMoreThanHeadings(tree: MdastRoot): boolean {
  return tree.children.some((node) => node.type !== 'heading' && node.type !== 'yaml');
}

/**
 * Renders one notes file — CommonMark + GFM, never MDX — to sanitised HTML: raw HTML is parsed
 * (rehype-raw) and then cleaned by rehype-sanitize, so `<3`, `{x}`, `${Talk Name}` and non-HTML tags such as `<options>` are text
 * and `<script>`, `onerror=`, `javascript:` URLs, iframes and inline styles are gone. A leading
 * YAML front matter block is not shown. Never throws on note text.
 *
 * @param markdown  the notes file's text, exactly as stored
 * @param images    where relative image paths resolve and how existing images are served
 * @example renderNotes('## Talk\n\n<3 {x}', images).html // '<h3 id="notes.talk">Talk</h3>\n<p>&#x3C;3 {x}</p>'
 */
export function renderNotes(markdown: string, images: NotesImageContext): RenderedNotes {
  const { body } = splitFrontMatter(markdown);
  const headings: MarkdownHeading[] = [];
  const found = new Set<string>();
  let sections: NotesSection[] = [];
  let links: NoteLink[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkUnknownTagsAsText)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, notesSanitizeSchema)
    .use(rehypeShiftHeadings, { top: NOTES_TOP_HEADING })
    .use(rehypeNotesHeadings, { headings })
    .use(rehypeNotesImages, { ...images, found })
    .use(rehypeTaskListLabels)
    .use(() => (tree: HastRoot) => {
      links = noteLinks(tree);
      sections = notesSections(tree, NOTES_TOP_HEADING);
    })
    .use(rehypeStringify);
  const mdast = processor.parse(body);
  const hast = processor.runSync(mdast);
  const html = processor.stringify(hast);
  return { html, headings, links, images: [...found].sort(), sections, hasContent: hasMoreThanHeadings(mdast) };
}
