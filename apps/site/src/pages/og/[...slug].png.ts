import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { ogSvg } from '../../share/og-image';

export const getStaticPaths = (async () => {
  const talks = await getCollection('docs', (entry) => entry.data.pageType === 'talk');
  return talks.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** A 1200 × 630 PNG social card per talk, referenced by og:image (see share/route-data.ts). */
export const GET: APIRoute = async ({ props }) => {
  const { data } = (props as { entry: Awaited<ReturnType<typeof getCollection<'docs'>>>[number] }).entry;
  const svg = ogSvg({
    title: data.title,
    kicker: [data.conference, data.day ? `Day ${data.day}` : undefined].filter(Boolean).join(' · '),
    summary: data.summary ?? data.description ?? '',
    footer: 'confnotes · conference notes your team can learn from',
  });
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
