// @ts-check

// Sections people keep beside the talks: they go to the conference page's "Other notes".
const OTHER_SECTION =
  /^(?:(?:my|key|main|general|personal|overall|final)\s+)*(?:takeaways?|take-aways?|learnings|action\s+items?|actions|next\s+steps|to-?dos?|table\s+of\s+contents|contents|toc|quotes?|favou?rite\s+quotes|reading\s+list|to\s+read|further\s+reading|links|resources|workpad|scratch\s*pad|notes\s+to\s+self|misc(?:ellaneous)?|summary|overview|thoughts|reflections)\s*[:.!]?$/i;

// Headings a template left unfilled.
const PLACEHOLDER =
  /^(?:(?:talk|session|presentation)(?:\s*#?\s*\d+)?|\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]*>|\[[^\]]*\]|tbd|tba|todo|untitled|title|talk\s+(?:name|title))\s*[:.]?$/i;

/**
 * True for a heading that names a section which is not a talk (takeaways, action items, a table
 * of contents, quotes, a reading list, a personal workpad…).
 * @example isOtherSection('Key takeaways') // true
 * @param {string} title  heading text, markup stripped
 */
export function isOtherSection(title) {
  return OTHER_SECTION.test(title.trim());
}

/**
 * True for a heading left as a template placeholder (`Talk 3`, `${Talk Name}`, `TBD`): the talk's
 * title then comes from the text below it or the file name.
 * @example isPlaceholder('${Talk Name}') // true
 * @param {string} title  heading text, markup stripped
 */
export function isPlaceholder(title) {
  return title.trim() === '' || PLACEHOLDER.test(title.trim());
}
