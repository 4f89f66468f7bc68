// @ts-check
// Synthetic conferences of 25 talks, a mix of imported-style `notes` pages and `complete` pages
// copied from the real ones, as files to write into a scratch content folder.
import { stringify } from 'yaml';
import { seededChooser } from './random.mjs';
import * as words from './vocabulary.mjs';

/** @typedef {import('./read-templates.mjs').TalkTemplate} TalkTemplate */
/** @typedef {import('./random.mjs').Chooser} Chooser */

/**
 * @typedef {object} SyntheticOptions
 * @property {number} talks            how many talk pages to make
 * @property {readonly TalkTemplate[]} templates  real complete pages to copy complete pages from
 * @property {number} [seed]           default 13
 * @property {number} [talksPerConference]  default 25
 * @property {number} [completeShare]  share of talks at stage `complete`, 0–1 (default 0.3)
 */

/** @typedef {{ path: string, text: string }} SyntheticFile  path relative to the content folder */

/** "Pager Days EMEA" → "pager-days-emea". */
const kebab = (/** @type {string} */ text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/**
 * Frontmatter, strings quoted so Astro's YAML reads dates as strings, then the body.
 * @param {Record<string, unknown>} data  @param {string} body
 */
const page = (data, body) =>
  `---\n${stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' })}---\n${body}`;

/**
 * @param {Chooser} choose
 * @param {number} index  0-based conference number; series and year follow from it
 */
function conferenceFacts(choose, index) {
  const series = words.conferenceSeries[index % words.conferenceSeries.length] ?? 'Synthetic SRE Summit';
  const year = 2026 - Math.floor(index / words.conferenceSeries.length);
  const region = choose.pick(words.regions);
  const venue = choose.pick(words.venues);
  const date = `${year}-${pad(choose.int(1, 11))}-${pad(choose.int(1, 27))}`;
  const nextDay = `${date.slice(0, 8)}${pad(Number(date.slice(8)) + 1)}`;
  const title = `${series} ${region} ${year}`;
  return { id: kebab(`synth ${series} ${year}`), title, date, nextDay, venue };
}

/** @param {Chooser} choose  @param {boolean} confirmed */
function speakersOf(choose, confirmed) {
  const count = choose.int(1, 2);
  return Array.from({ length: count }, () => ({
    name: `${choose.pick(words.firstNames)} ${choose.pick(words.lastNames)}`,
    affiliation: choose.pick(words.affiliations),
    confirmed,
  })).filter((s, i, all) => all.findIndex((o) => o.name === s.name) === i);
}

/** @param {Chooser} choose */
function talkTitle(choose) {
  return `${choose.pick(words.titleVerbs)} ${choose.pick(words.titleSubjects)}${choose.pick(words.titleEndings)}`;
}

/**
 * The files of `options.talks` synthetic talks in conferences of `talksPerConference` (the last
 * one may be smaller): each conference's `index.md` with two days, its talks' pages (`.md` as the
 * importer writes them, `.mdx` for complete pages with demos) and `notes/*.md`, and the partials complete pages import. The same options give the same files.
 *
 * @param {SyntheticOptions} options
 * @returns {SyntheticFile[]} in the order they were made
 * @throws {Error} when complete pages are wanted but `templates` is empty
 */
export function syntheticContent(options) {
  const { talks, templates, seed = 13, talksPerConference = 25, completeShare = 0.3 } = options;
  if (completeShare > 0 && templates.length === 0) {
    throw new Error('syntheticContent requires at least one complete template page (got 0)');
  }
  const choose = seededChooser(seed);
  /** @type {SyntheticFile[]} */
  const files = [];
  const conferences = Math.ceil(talks / talksPerConference);
  for (let c = 0; c < conferences; c += 1) {
    const conference = conferenceFacts(choose, c);
    const size = Math.min(talksPerConference, talks - c * talksPerConference);
    files.push({
      path: `${conference.id}/index.md`,
      text: page(
        {
          title: conference.title,
          description: `${conference.title} in ${conference.venue.city}: synthetic talks for the scale benchmark.`,
          pageType: 'conference',
          date: conference.date,
          days: [
            { day: 1, date: conference.date },
            { day: 2, date: conference.nextDay },
          ],
        },
        `\n${conference.title} took place in ${conference.venue.city}. Its ${size} talks are made up by \`pnpm bench:scale\`.\n`,
      ),
    });
    const slugs = new Set();
    const partials = new Set();
    for (let t = 0; t < size; t += 1) {
      const day = t < Math.ceil(size / 2) ? 1 : 2;
      const title = talkTitle(choose);
      let slug = kebab(title);
      while (slugs.has(slug)) slug = `${slug}-${t + 1}`;
      slugs.add(slug);
      const talk = {
        title,
        conference,
        slug,
        day,
        order: day === 1 ? t + 1 : t + 1 - Math.ceil(size / 2),
        date: day === 1 ? conference.date : conference.nextDay,
        tags: choose.sample(words.tags, choose.int(1, 4)),
      };
      const complete = choose.int(1, 1000) <= completeShare * 1000;
      if (complete) {
        const template = choose.pick(templates);
        files.push(...completeTalk(choose, talk, template));
        for (const partial of template.partials) {
          if (partials.has(partial.name)) continue;
          partials.add(partial.name);
          files.push({ path: `${conference.id}/${partial.name}`, text: partial.text });
        }
      } else {
        files.push(...notesTalk(choose, talk));
      }
    }
  }
  return files;
}

/**
 * @typedef {object} TalkFacts
 * @property {string} title
 * @property {{ id: string, title: string }} conference
 * @property {string} slug
 * @property {number} day
 * @property {number} order
 * @property {string} date
 * @property {string[]} tags
 */

/**
 * A page as `pnpm notes:import` writes it (frontmatter, empty body) plus its notes file, with
 * tags as a team adds them.
 * @param {Chooser} choose  @param {TalkFacts} talk  @returns {SyntheticFile[]}
 */
function notesTalk(choose, talk) {
  const lines = choose.sample(words.noteLines, choose.int(2, 6));
  const data = {
    title: talk.title,
    description: `Notes on “${talk.title}” at ${talk.conference.title}.`,
    pageType: 'talk',
    stage: 'notes',
    conference: talk.conference.title,
    day: talk.day,
    date: talk.date,
    order: talk.order,
    speakers: speakersOf(choose, false),
    tags: talk.tags,
  };
  return [
    { path: `${talk.conference.id}/${talk.slug}.md`, text: page(data, '') },
    {
      path: `${talk.conference.id}/notes/${talk.slug}.md`,
      text: `## ${talk.title}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`,
    },
  ];
}

/**
 * A complete page: the template's body, notes and demos under new frontmatter.
 * @param {Chooser} choose  @param {TalkFacts} talk  @param {TalkTemplate} template  @returns {SyntheticFile[]}
 */
function completeTalk(choose, talk, template) {
  const { links, sourceDomains } = template.frontmatter;
  const data = {
    title: talk.title,
    description: `A synthetic complete page on “${talk.title}” at ${talk.conference.title}, for the scale benchmark.`,
    pageType: 'talk',
    stage: 'complete',
    conference: talk.conference.title,
    day: talk.day,
    order: talk.order,
    date: talk.date,
    speakers: speakersOf(choose, true),
    links,
    tags: talk.tags,
    summary: `What ${talk.title.toLowerCase()} taught one team, explained with demos.`,
    ...(sourceDomains === undefined ? {} : { sourceDomains }),
  };
  return [
    { path: `${talk.conference.id}/${talk.slug}.mdx`, text: page(data, template.body) },
    { path: `${talk.conference.id}/notes/${talk.slug}.md`, text: template.notes },
  ];
}
