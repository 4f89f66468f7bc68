// @ts-check

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAY_WORD = new RegExp(
  `^(?:(?:my\\s+)?notes\\s+(?:from|for|on)\\s+)?(?:day\\s*(\\d{1,2})\\b|(${WEEKDAYS.join('|')})\\b)`,
  'i',
);
const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');

/**
 * @typedef {object} DayHeading
 * @property {number | undefined} day  the number the heading gives (`Day 2` → 2), if any
 * @property {string | undefined} date  ISO date, only when the heading has a full date with a year
 * @property {string} label  the heading text
 */

/**
 * Recognises a heading that names a day of the conference: `Day 2`, `Day 1: Monday 2020-12-07`,
 * `Notes from Tuesday, March 24th`. A date is read only when it is complete (ISO, or a month name,
 * a day and a year); `March 24th` alone gives no date.
 *
 * @example dayHeading('Day 1: Monday 2020-12-07') // { day: 1, date: '2020-12-07', label: 'Day 1: Monday 2020-12-07' }
 * @param {string} title  heading text, markup stripped
 * @returns {DayHeading | null}
 */
export function dayHeading(title) {
  const match = DAY_WORD.exec(title.trim());
  if (!match) return null;
  return { day: match[1] ? Number(match[1]) : undefined, date: dateIn(title), label: title.trim() };
}

/**
 * @param {string} text
 * @returns {string | undefined}
 */
function dateIn(text) {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mf = MONTH_FIRST.exec(text);
  if (mf) return valid(Number(mf[3]), monthNumber(mf[1] ?? ''), Number(mf[2]));
  const df = DAY_FIRST.exec(text);
  if (df) return valid(Number(df[3]), monthNumber(df[2] ?? ''), Number(df[1]));
  return undefined;
}

/** @param {string} name */
function monthNumber(name) {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/**
 * @param {number} year
 * @param {number} month
 * @param {number} day
 */
function valid(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
