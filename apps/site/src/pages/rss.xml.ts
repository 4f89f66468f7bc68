import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { talkOrder } from '../lib/talks';

/** RSS 2.0 feed of the talk notes, newest conference day first, program order within a day. */
export const GET: APIRoute = async (context) => {
  if (!context.site) throw new Error('rss.xml needs `site` in astro.config (SITE_URL)');
  const base = import.meta.env.BASE_URL;
  const talks = talkOrder(await getCollection('docs', (entry) => entry.data.pageType === 'talk'));
  return rss({
    title: 'confnotes: talk notes',
    description:
      'Conference notes for SREs, explained properly, with interactive demos for team learning sessions and onboarding.',
    site: new URL(base, context.site).toString(),
    trailingSlash: true,
    items: talks.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary ?? entry.data.description ?? '',
      link: `${base}${entry.id}/`,
      ...(entry.data.date ? { pubDate: new Date(`${entry.data.date}T00:00:00Z`) } : {}),
      categories: entry.data.tags ?? [],
    })),
    customData: '<language>en</language>',
  });
};
