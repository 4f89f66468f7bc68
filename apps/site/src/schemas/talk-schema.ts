import { sourceEntryHint, sourceEntryPattern } from '@confnotes/content/sources';
import { talkStages } from '@confnotes/content/stages';
import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date like "2023-10-10"');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time like "09:45"');

/** A talk's slot in the program, in the conference's local time zone. */
export const slotSchema = z
  .object({
    start: hhmm,
    end: hhmm,
    /** IANA time zone of the program times, e.g. "Europe/Dublin". */
    timeZone: z.string().min(1),
  })
  .strict()
  .refine((slot) => slot.start < slot.end, { message: 'slot.start must be before slot.end' });

export const speakerSchema = z
  .object({
    name: z.string().min(1),
    affiliation: z.string().min(1).optional(),
    /** true only when a cited source (the program page) names this person as the speaker. */
    confirmed: z.boolean(),
  })
  .strict();

/** One day of a conference (on its `index.mdx`): names the day's group in the sidebar and overview. */
export const conferenceDaySchema = z
  .object({
    /** 1-based day number, as in the talks' `day`. */
    day: z.number().int().positive(),
    /** ISO date of the day, when known. */
    date: isoDate.optional(),
    /** The day's own name, e.g. a day heading from the notes ("Notes from Tuesday"). */
    label: z.string().min(1).optional(),
  })
  .strict();

/** An allow-list entry: a host ("usenix.org", subdomains too) or a host and path prefix ("github.com/owner/repo"). */
export const sourceEntrySchema = z.string().regex(sourceEntryPattern, sourceEntryHint);

export const linkKinds = ['program', 'video', 'slides', 'repo', 'paper', 'article'] as const;

export const linkSchema = z
  .object({
    label: z.string().min(1),
    url: z.string().url(),
    kind: z.enum(linkKinds),
  })
  .strict();

/**
 * Extra frontmatter on top of Starlight's docs schema. A `pageType: talk` page at stage
 * `notes` (what the importer writes) needs only `title` and `conference`; from `explained` on
 * it must carry the full talk metadata. The build fails naming the file and the missing field.
 */
export const talkMetadata = z
  .object({
    pageType: z.enum(['talk', 'conference', 'page']).default('page'),
    /** How far the team has taken a talk page (docs/content-layout.md); no stage claims nothing more than notes. */
    stage: z.enum(talkStages).default('notes'),
    conference: z.string().min(1).optional(),
    day: z.number().int().positive().optional(),
    date: isoDate.optional(),
    slot: slotSchema.optional(),
    room: z.string().min(1).optional(),
    speakers: z.array(speakerSchema).optional(),
    links: z.array(linkSchema).optional(),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lowercase-kebab-case')).optional(),
    summary: z.string().min(20).max(300).optional(),
    /** The note-taker's own opinion of the talk, shown as opinion. */
    verdict: z.string().min(1).optional(),
    /** Position of the talk in the notes (1-based): orders talks within a day, before the slot. */
    order: z.number().int().positive().optional(),
    /** A conference page's days, each day number once. */
    days: z
      .array(conferenceDaySchema)
      .refine((days) => new Set(days.map((d) => d.day)).size === days.length, { message: 'each day is listed once' })
      .optional(),
    /** Extra sources the site's prose on this page may cite; on a conference page, on all its pages. */
    sourceDomains: z.array(sourceEntrySchema).optional(),
  })
  .superRefine((data, ctx) => {
    if (data.pageType !== 'talk') return;
    const required =
      data.stage === 'notes'
        ? (['conference'] as const)
        : (['conference', 'day', 'date', 'speakers', 'links', 'tags', 'summary'] as const);
    for (const field of required) {
      if (data[field] === undefined) {
        const at = data.stage === 'notes' ? 'a talk page needs' : `a talk page at stage "${data.stage}" needs`;
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: `${at} "${field}"` });
      }
    }
  });

export type TalkMetadata = z.infer<typeof talkMetadata>;
