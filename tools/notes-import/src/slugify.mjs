// @ts-check

/** Longest slug the importer makes; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

/**
 * A URL-safe kebab-case slug: accents dropped, lower case, runs of anything but `a-z0-9` become
 * one `-`, cut to {@link MAX_SLUG_LENGTH} at a word boundary. '' when nothing is left.
 * @example slugify('QUIC vs HTTP/3: Mapping') // 'quic-vs-http-3-mapping'
 * @param {string} text
 */
export function slugify(text) {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/**
 * `base`, or `base-2`, `base-3`… — the first one not in `taken` (which it is added to).
 * `index` is the conference page's, so a talk never gets it.
 * @param {string} base
 * @param {Set<string>} taken
 */
export function uniqueSlug(base, taken) {
  const root = base === '' || base === 'index' ? `talk${base ? '-index' : ''}` : base;
  let slug = root;
  for (let n = 2; taken.has(slug); n += 1) slug = `${root}-${n}`;
  taken.add(slug);
  return slug;
}
