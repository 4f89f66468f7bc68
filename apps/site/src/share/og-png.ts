import type { CollectionEntry } from 'astro:content';
import sharp from 'sharp';
import { type OgCard, ogSvg } from './og-image';

type DocsEntry = CollectionEntry<'docs'>;

/** The social card of a talk page: conference and day above the title, the summary below. */
export function talkCard(data: DocsEntry['data']): OgCard {
  return {
    title: data.title,
    kicker: [data.conference, data.day ? `Day ${data.day}` : undefined].filter(Boolean).join(' · '),
    summary: data.summary ?? data.description ?? '',
    footer: 'confnotes · conference notes your team can learn from',
  };
}

/** Cards being or already rendered, by their SVG: one render per distinct card. */
const rendering = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * The card as a PNG. The first call starts the render, which sharp (libvips) runs on its own
 * threads; later calls for the same card get the same promise. The talk page's route
 * middleware calls it, so each card renders in the background on the core that page rendering
 * leaves idle, and the `/og/…png` route that comes later in the build only collects it: at
 * 1,000 talks that takes the cards' ~12 ms each off the build's single-threaded path.
 */
export function ogPng(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = ogSvg(card);
  let png = rendering.get(svg);
  if (!png) {
    png = sharp(Buffer.from(svg))
      .png()
      .toBuffer()
      .then((buffer) => new Uint8Array(buffer));
    // The route that awaits this promise reports a failure; nothing else should.
    png.catch(() => undefined);
    rendering.set(svg, png);
  }
  return png;
}
