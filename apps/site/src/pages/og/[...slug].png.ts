import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogPng, talkCard } from '../../share/og-png';

export const getStaticPaths = (async () => {
  const talks = await getCollection('docs', (entry) => entry.data.pageType === 'talk');
  return talks.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** A 1200 × 630 PNG social card per talk, referenced by og:image (see share/route-data.ts). */
export const GET: APIRoute = async ({ props }) => {
  const { data } = (props as { entry: Awaited<ReturnType<typeof getCollection<'docs'>>>[number] }).entry;
  const png = await ogPng(talkCard(data));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
