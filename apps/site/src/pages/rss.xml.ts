import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { conferenceIdOf } from '../navigation/order';
import { siteContent } from '../talks/conferences';

/**
 * RSS 2.0 feed of the talk notes: newest conference first, then by day, order and slot. A talk
 * without its own `date` is dated by its conference's.
 */
export const GET: APIRoute = async (context) => {
  if (!context.site) throw new Error('rss.xml needs `site` in astro.config (SITE_URL)');
  const base = import.meta.env.BASE_URL;
  const { conferences, talks } = await siteContent();
  const conferenceDates = new Map(conferences.map((c) => [c.entry.id, c.entry.data.date]));
  return rss({
    title: 'confnotes: talk notes',
    description:
      'Conference notes for SREs, explained properly, with interactive demos for team learning sessions and onboarding.',
    site: new URL(base, context.site).toString(),
    trailingSlash: true,
    items: talks.map((entry) => {
      const date = entry.data.date ?? conferenceDates.get(conferenceIdOf(entry.id));
      return {
        title: entry.data.title,
        description: entry.data.summary ?? entry.data.description ?? '',
        link: `${base}${entry.id}/`,
        ...(date ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
        categories: entry.data.tags ?? [],
      };
    }),
    customData: '<language>en</language>',
  });
};
