import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkGlossary } from './check-glossary.mjs';
import { checkTalkPage, nextStageNeeds } from './check-talk-page.mjs';
import { findInternalLinks } from './find-internal-links.mjs';
import { findLinks, isAllowedUrl } from './find-links.mjs';
import { headingSlug } from './heading-slug.mjs';
import { listPages, pageId } from './list-pages.mjs';
import { parsePage } from './parse-page.mjs';
import { pageAllowLists, readEntryList, readSharedSources, sharedSourcesFile } from './source-domains.mjs';

/**
 * @typedef {object} CheckOptions
 * @property {number} [minWords]            words of its own an `explained` talk page needs (default 1500)
 * @property {number} [minGlossaryEntries]  glossary terms required (default 40)
 * @property {readonly string[]} [sitePages] root-relative pages that exist outside content/
 *                                          (default: "/", "/glossary/", "/conferences/")
 */

/**
 * @typedef {object} ContentReport
 * @property {string[]} problems   each "path[:line]: what is wrong"; they fail the build
 * @property {string[]} nextSteps  each "path: stage X; for Y it needs: …" for talk pages not yet
 *                                 complete — information, not failures
 */

/**
 * Checks the content package: each talk page against the stage it claims (frontmatter,
 * sections, length, demos, its notes file); external links in the site's own prose against
 * the page's allow-list (`sources.yaml` plus the conference's and the page's `sourceDomains`,
 * see source-domains.mjs); internal and glossary links; and glossary.yaml. The site build calls
 * it and fails on any problem.
 *
 * Pages are the `.md`/`.mdx` files under `contentDir`, as Astro loads them: files starting with
 * `_`, `README.md`, `node_modules` and the note-taker's files in `<conference>/notes/` are skipped.
 *
 * @param {string} contentDir  path of the content folder
 * @param {CheckOptions} [options]
 * @returns {string[]} problems, each "path[:line]: what is wrong"; empty when all is well
 * @example
 * const problems = checkContent('content');
 * if (problems.length > 0) throw new Error(problems.join('\n'));
 */
export function checkContent(contentDir, options = {}) {
  return checkContentReport(contentDir, options).problems;
}

/**
 * {@link checkContent}, plus what each talk page needs for its next stage.
 * @param {string} contentDir  path of the content folder
 * @param {CheckOptions} [options]
 * @returns {ContentReport}
 */
export function checkContentReport(contentDir, options = {}) {
  const minWords = options.minWords ?? 1500;
  const minGlossaryEntries = options.minGlossaryEntries ?? 40;
  const sitePages = new Set(options.sitePages ?? ['/', '/glossary/', '/conferences/']);

  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const nextSteps = [];
  const pages = listPages(contentDir).map((file) => {
    const source = readFileSync(join(contentDir, file), 'utf8');
    const page = parsePage(source);
    const seen = new Map();
    const anchors = new Set(page.headings.map((h) => headingSlug(h.text, seen)));
    // The site renders a talk's notes file under its own h2 "The notes" (#the-notes).
    if (page.frontmatter?.pageType === 'talk' && notesFileOf(contentDir, pageId(file))) anchors.add('the-notes');
    return { file, id: pageId(file), source, page, anchors };
  });
  const byRoute = new Map(pages.map((p) => [routeOf(p.id), p]));
  for (const files of samePageFiles(pages)) {
    problems.push(`${files.join(', ')}: are one page (${routeOf(pageId(files[0] ?? ''))}); keep one file`);
  }

  const shared = readSharedSources(contentDir);
  for (const p of shared.problems) problems.push(`${sharedSourcesFile}: ${p}`);
  const allowLists = pageAllowLists(
    shared.entries,
    pages.map((p) => ({ id: p.id, frontmatter: p.page.frontmatter })),
  );

  const glossaryFile = 'glossary.yaml';
  const glossaryPath = join(contentDir, glossaryFile);
  /** @type {Set<string>} */
  const glossaryIds = new Set();
  if (existsSync(glossaryPath)) {
    try {
      const entries = parseYaml(readFileSync(glossaryPath, 'utf8'));
      if (Array.isArray(entries)) {
        for (const e of entries) if (e && typeof e.id === 'string') glossaryIds.add(e.id);
      }
      for (const p of checkGlossary(entries, minGlossaryEntries, resolveLink)) problems.push(`${glossaryFile}: ${p}`);
    } catch (error) {
      problems.push(`${glossaryFile}: is not valid YAML (${error instanceof Error ? error.message : error})`);
    }
  } else {
    problems.push(`${glossaryFile}: is missing`);
  }

  for (const { file, id, source, page } of pages) {
    if (page.frontmatterError) problems.push(`${file}: frontmatter is not valid YAML (${page.frontmatterError})`);
    const isTalk = page.frontmatter?.pageType === 'talk';
    if (isTalk) {
      const rules = { minWords, notesFile: notesFileOf(contentDir, id) };
      for (const p of checkTalkPage(page, rules)) problems.push(`${file}: ${p}`);
      const next = nextStageNeeds(page, rules);
      if (next) nextSteps.push(`${file}: ${next}`);
    }
    for (const p of readEntryList(page.frontmatter?.sourceDomains).problems)
      problems.push(`${file}: sourceDomains ${p}`);
    const allowList = allowLists.get(id) ?? [];
    for (const link of findLinks(source)) {
      if (!isAllowedUrl(link.url, allowList)) {
        problems.push(`${file}:${link.line}: links to ${link.url}, which is not on the allow-list for ${id}`);
      }
    }
    for (const link of findInternalLinks(source)) {
      const problem = link.href.startsWith('/glossary/#')
        ? glossaryIds.has(link.href.slice('/glossary/#'.length))
          ? null
          : 'no glossary entry has this id'
        : resolveLink(link.href);
      if (problem) problems.push(`${file}:${link.line}: link ${link.href}: ${problem}`);
    }
  }
  return { problems, nextSteps };

  /** @type {import('./check-glossary.mjs').AnchorLookup} */
  function resolveLink(href) {
    const [path, anchor] = href.split('#', 2);
    if (!path.endsWith('/')) return 'root-relative links need a trailing slash';
    if (sitePages.has(path)) return null;
    const target = byRoute.get(path);
    if (!target) return 'no page in content/ has this path';
    if (anchor && !target.anchors.has(anchor)) return `no heading on ${target.file} has the anchor #${anchor}`;
    return null;
  }
}

/**
 * The notes file of a talk page ("conf/talk" → "conf/notes/talk.md") when it exists.
 * @param {string} contentDir
 * @param {string} id
 * @returns {string | null}
 */
/**
 * Page files that share an id, as `talk.md` and `talk.mdx` do (a team renames an imported page
 * to `.mdx` to add a demo; a re-import keeps the `.mdx`): Astro would silently build only one.
 * @param {{ file: string, id: string }[]} pages
 * @returns {string[][]} each group of two or more files, sorted
 */
function samePageFiles(pages) {
  /** @type {Map<string, string[]>} */
  const byId = new Map();
  for (const { file, id } of pages) byId.set(id, [...(byId.get(id) ?? []), file]);
  return [...byId.values()].filter((files) => files.length > 1);
}

function notesFileOf(contentDir, id) {
  const slash = id.lastIndexOf('/');
  const file = `${id.slice(0, slash + 1)}notes/${id.slice(slash + 1)}.md`;
  return existsSync(join(contentDir, file)) ? file : null;
}

/** @param {string} id @returns {string} the page's root-relative route, e.g. "/srecon23-emea/" */
function routeOf(id) {
  return id === '' ? '/' : `/${id}/`;
}
