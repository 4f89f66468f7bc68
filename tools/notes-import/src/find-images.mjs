// @ts-check
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/**
 * Local image paths referenced by a notes tree: `![](images/x.jpg)`, reference images and
 * `<img src="shot.png">` in raw HTML. URLs with a scheme, `//host`, `/root` or `#` are not local.
 * @param {import('mdast').Root} tree
 * @returns {string[]}  decoded relative paths, without query or fragment, in order, unique
 */
export function localImagePaths(tree) {
  /** @type {Map<string, string>} */
  const definitions = new Map();
  /** @type {string[]} */
  const urls = [];
  /** @param {{ type: string, url?: string, identifier?: string, value?: string, children?: unknown[] }} node */
  const visit = (node) => {
    if (node.type === 'definition') definitions.set(node.identifier ?? '', node.url ?? '');
    if (node.type === 'image') urls.push(node.url ?? '');
    if (node.type === 'imageReference') urls.push(`ref:${node.identifier}`);
    if (node.type === 'html') {
      for (const m of String(node.value).matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
        urls.push(m[1] ?? m[2] ?? m[3] ?? '');
      }
    }
    for (const child of node.children ?? []) visit(/** @type {typeof node} */ (child));
  };
  visit(tree);
  const resolved = urls.map((u) => (u.startsWith('ref:') ? (definitions.get(u.slice(4)) ?? '') : u));
  return [...new Set(resolved.filter(isLocal).map(toPath))];
}

/** @param {string} url */
function isLocal(url) {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');
}

/** @param {string} url */
function toPath(url) {
  const bare = url.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/**
 * Sorts referenced images into those found beside the input (inside its folder, no `..` escape)
 * and those missing or outside it.
 * @param {string[]} paths  from {@link localImagePaths}
 * @param {string} inputDir  the input file's folder
 * @returns {{ found: Array<{ from: string, to: string }>, missing: string[] }}  `to` is relative to `notes/`
 */
export function locateImages(paths, inputDir) {
  /** @type {Array<{ from: string, to: string }>} */
  const found = [];
  /** @type {string[]} */
  const missing = [];
  for (const path of paths) {
    const rel = normalize(path);
    const from = join(inputDir, rel);
    const inside = !isAbsolute(rel) && !relative(inputDir, from).split(sep).includes('..');
    if (inside && existsSync(from) && statSync(from).isFile()) found.push({ from, to: rel.split(sep).join('/') });
    else missing.push(path);
  }
  return { found, missing };
}
