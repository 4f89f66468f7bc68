// @ts-check

/**
 * @typedef {object} Speaker
 * @property {string} name
 * @property {string} [affiliation]
 * @property {false} confirmed  the importer never confirms a speaker
 */

const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const PARTICLE = /^(?:van|von|der|den|de|da|di|du|del|la|le|bin|al|ten|ter)$/;

/**
 * Splits `Title - Speaker` (also `–`, `—`) when the part after the last dash reads as one or more
 * person names; otherwise the title is left whole and no speaker is read.
 * @example titleAndSpeakers('Scaling Kafka - Jane Doe') // { title: 'Scaling Kafka', speakers: [{ name: 'Jane Doe', confirmed: false }] }
 * @param {string} title
 * @returns {{ title: string, speakers: Speaker[] }}
 */
export function titleAndSpeakers(title) {
  const match = /^(.+?)\s+[-–—]\s+([^-–—]+)$/.exec(title);
  const speakers = match ? namesIn(match[2] ?? '') : [];
  return speakers.length && match ? { title: (match[1] ?? '').trim(), speakers } : { title, speakers: [] };
}

/**
 * Speakers named near the top of a talk's notes in a common form: `By X`, `Speaker: X`,
 * `Speakers: X and Y`, `_Speaker: X_`, `**Speaker:** X`. Only the first five non-blank lines
 * after the heading are read.
 * @param {string} body  the talk's notes after its heading line
 * @returns {Speaker[]}
 */
export function speakersInBody(body) {
  const lines = body
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  for (const line of lines) {
    const plain = line.replace(/\*\*|__|(?<![\p{L}\d])[*_]|[*_](?![\p{L}\d])/gu, '').trim();
    const match = /^(?:speakers?\s*:|by\s)\s*(.+)$/i.exec(plain);
    const speakers = match ? namesIn(match[1] ?? '') : [];
    if (speakers.length) return speakers;
  }
  return [];
}

/**
 * Person names in `A`, `A and B`, `A, B & C`, `A (Company)`; [] when any part is not name-like.
 * @param {string} text
 * @returns {Speaker[]}
 */
function namesIn(text) {
  const parts = text
    .trim()
    .replace(/[.;]$/, '')
    .split(/\s*(?:,|&|\band\b)\s*/);
  /** @type {Speaker[]} */
  const speakers = [];
  for (const part of parts) {
    const match = /^(.+?)(?:\s*\(([^()]+)\))?$/.exec(part.trim());
    const name = (match?.[1] ?? '').trim();
    if (!isPersonName(name)) return [];
    const affiliation = match?.[2]?.trim();
    speakers.push(affiliation ? { name, affiliation, confirmed: false } : { name, confirmed: false });
  }
  return speakers;
}

/** @param {string} name */
function isPersonName(name) {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5 || name.length > 60) return false;
  return words.every((w, i) => NAME_WORD.test(w) || (i > 0 && i < words.length - 1 && PARTICLE.test(w)));
}
