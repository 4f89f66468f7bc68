import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH } from '../src/share/og-image';
import { ogPng, talkCard } from '../src/share/og-png';

const data = { title: 'Deploying HTTP/3', conference: 'SREcon23 EMEA', day: 1, summary: 'QUIC in production.' };

describe('talkCard', () => {
  it('puts conference and day above the title and falls back to the description', () => {
    expect(talkCard(data as never)).toMatchObject({ kicker: 'SREcon23 EMEA · Day 1', summary: 'QUIC in production.' });
    expect(talkCard({ title: 'T', description: 'D' } as never)).toMatchObject({ kicker: '', summary: 'D' });
  });
});

describe('ogPng', () => {
  it('renders a card once: the page that starts it and the route that collects it share one render', async () => {
    const card = talkCard(data as never);
    const first = ogPng(card);
    expect(ogPng({ ...card })).toBe(first);
    const png = await first;
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
    expect(ogPng({ ...card, title: 'Another talk' })).not.toBe(first);
  });
});
