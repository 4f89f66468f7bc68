// Which external sources the site's own prose may cite. The lists live with the content:
// `content/sources.yaml` (every page), the `sourceDomains` frontmatter of a conference's
// `index.mdx` (every page of that conference) and of each page (that page only).
//
// An entry is either a host ("usenix.org", which also allows subdomains such as www.usenix.org)
// or a host with a path prefix ("github.com/LPardue/sreconemea2023"), which allows only that
// path and what lies below it. Query strings count as part of the path
// ("youtube.com/watch?v=bR86qiPOH7s" allows exactly that video). Links inside notes files are
// the note-taker's own and are never checked against these lists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { listPages, pageId } from './list-pages.mjs';
import { readFrontmatter } from './read-frontmatter.mjs';

/** The file of entries every page may cite, relative to the content folder. */
export const sharedSourcesFile = 'sources.yaml';

/** A host of at least two labels, optionally followed by a path prefix; no scheme, no spaces. */
export const sourceEntryPattern = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

/** What a valid entry looks like, for error messages. */
export const sourceEntryHint =
  'must be a host ("usenix.org") or a host and path prefix ("github.com/owner/repo"), without https://';

/**
 * Why an entry is not a valid allow-list entry, or null when it is.
 * @param {unknown} entry
 * @returns {string | null}
 * @example
 * sourceEntryProblem('https://usenix.org'); // 'must be a host ("usenix.org") or …'
 */
export function sourceEntryProblem(entry) {
  if (typeof entry === 'string' && sourceEntryPattern.test(entry)) return null;
  return `${JSON.stringify(entry)} ${sourceEntryHint}`;
}

/**
 * @typedef {object} EntryList
 * @property {string[]} entries   the valid entries, in file order
 * @property {string[]} problems  what is wrong with the others (without a file name)
 */

/**
 * Reads a list of entries from parsed YAML (a sources file, or a `sourceDomains` field).
 * @param {unknown} value  undefined counts as an empty list
 * @returns {EntryList}
 */
export function readEntryList(value) {
  if (value === undefined || value === null) return { entries: [], problems: [] };
  if (!Array.isArray(value)) return { entries: [], problems: ['must be a YAML list of hosts or host/path prefixes'] };
  /** @type {EntryList} */
  const list = { entries: [], problems: [] };
  for (const entry of value) {
    const problem = sourceEntryProblem(entry);
    if (problem) list.problems.push(problem);
    else list.entries.push(/** @type {string} */ (entry));
  }
  return list;
}

/**
 * Reads `sources.yaml`; a content folder without one has no shared entries.
 * @param {string} contentDir
 * @returns {EntryList}
 */
export function readSharedSources(contentDir) {
  const path = join(contentDir, sharedSourcesFile);
  if (!existsSync(path)) return { entries: [], problems: [] };
  try {
    return readEntryList(parseYaml(readFileSync(path, 'utf8')));
  } catch (error) {
    return { entries: [], problems: [`is not valid YAML (${error instanceof Error ? error.message : error})`] };
  }
}

/**
 * @typedef {object} PageSources
 * @property {string} id  page id ("srecon23-emea/ebpf-superpowers-for-sre", "srecon23-emea" for the conference page)
 * @property {Record<string, unknown> | null} frontmatter
 */

/**
 * Each page's allow-list: the shared entries, its conference page's `sourceDomains` (the
 * conference page is the `index` of the page's top-level folder) and its own.
 *
 * @param {readonly string[]} shared
 * @param {readonly PageSources[]} pages
 * @returns {Map<string, string[]>} page id → entries (deduplicated, in that order)
 * @example
 * pageAllowLists(['usenix.org'], [
 *   { id: 'conf', frontmatter: { sourceDomains: ['conf.example'] } },
 *   { id: 'conf/talk', frontmatter: { sourceDomains: ['ebpf.io'] } },
 * ]).get('conf/talk'); // ['usenix.org', 'conf.example', 'ebpf.io']
 */
export function pageAllowLists(shared, pages) {
  const own = new Map(pages.map((p) => [p.id, readEntryList(p.frontmatter?.sourceDomains).entries]));
  return new Map(
    pages.map((p) => {
      const conference = p.id.includes('/') ? p.id.slice(0, p.id.indexOf('/')) : null;
      const inherited = conference === null ? [] : (own.get(conference) ?? []);
      return [p.id, [...new Set([...shared, ...inherited, ...(own.get(p.id) ?? [])])]];
    }),
  );
}

/**
 * Every entry any page of a content folder may cite: what the built site's external-link gate
 * accepts (it cannot tell which page a link came from in the prose, so it takes the union).
 *
 * @param {string} contentDir
 * @returns {string[]} entries, deduplicated; invalid ones are left out (the content check reports them)
 */
export function allSourceEntries(contentDir) {
  const pages = listPages(contentDir).map((file) => ({
    id: pageId(file),
    frontmatter: readFrontmatter(readFileSync(join(contentDir, file), 'utf8')).frontmatter,
  }));
  return [...new Set([...pageAllowLists(readSharedSources(contentDir).entries, pages).values()].flat())];
}
