import { talkStages } from '@confnotes/content/stages';
import { describe, expect, it } from 'vitest';
import { stageLabel } from '../src/schemas/stages';
import { talkMetadata } from '../src/schemas/talk-schema';

const talk = {
  pageType: 'talk',
  stage: 'complete',
  conference: 'SREcon23 EMEA',
  day: 1,
  date: '2023-10-10',
  slot: { start: '14:00', end: '14:40', timeZone: 'Europe/Dublin' },
  speakers: [{ name: 'Lucas Pardue', affiliation: 'Cloudflare', confirmed: true }],
  links: [{ label: 'Talk page', url: 'https://www.usenix.org/x', kind: 'program' }],
  tags: ['quic'],
  summary: 'How QUIC serves different applications, and how to debug it.',
};

const paths = (input: unknown) => {
  const result = talkMetadata.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('talk frontmatter schema', () => {
  it('accepts a complete talk', () => {
    expect(paths(talk)).toEqual([]);
  });
  it('names each missing field of a talk', () => {
    const { summary: _s, tags: _t, ...rest } = talk;
    expect(paths(rest)).toEqual(['tags', 'summary']);
  });
  it('asks only for the conference at stage notes, and for everything from explained on', () => {
    expect(paths({ pageType: 'talk', stage: 'notes', conference: 'KubeCon EU 2026' })).toEqual([]);
    expect(paths({ pageType: 'talk', stage: 'notes' })).toEqual(['conference']);
    expect(paths({ pageType: 'talk', stage: 'explained', conference: 'KubeCon EU 2026' })).toEqual([
      'day',
      'date',
      'speakers',
      'links',
      'tags',
      'summary',
    ]);
  });
  it('reads a talk without a stage as notes, and rejects unknown stages', () => {
    const parsed = talkMetadata.parse({ pageType: 'talk', conference: 'KubeCon EU 2026' });
    expect(parsed.stage).toBe('notes');
    expect(paths({ ...talk, stage: 'draft' })).toEqual(['stage']);
  });
  it("accepts exactly the content check's stages, each with a badge label", () => {
    for (const stage of talkStages) {
      expect(talkMetadata.parse({ ...talk, stage }).stage).toBe(stage);
      expect(stageLabel(stage)).not.toBe('');
    }
  });
  it('does not require talk fields on other pages', () => {
    expect(paths({ pageType: 'page' })).toEqual([]);
  });
  it('names the bad field inside nested objects', () => {
    expect(paths({ ...talk, slot: { ...talk.slot, start: '9:00' } })).toContain('slot.start');
    expect(paths({ ...talk, links: [{ label: 'x', url: 'not a url', kind: 'program' }] })).toEqual(['links.0.url']);
    expect(paths({ ...talk, links: [{ label: 'x', url: 'https://x.org', kind: 'blog' }] })).toEqual(['links.0.kind']);
    expect(paths({ ...talk, date: '10/10/2023' })).toEqual(['date']);
  });
  it('rejects a slot that ends before it starts', () => {
    expect(paths({ ...talk, slot: { start: '15:00', end: '14:00', timeZone: 'Europe/Dublin' } })).toEqual(['slot']);
  });
  it('accepts order, days and sourceDomains, and names what is wrong in them', () => {
    const conference = {
      pageType: 'conference',
      days: [
        { day: 1, date: '2023-10-10' },
        { day: 2, label: 'Tuesday' },
      ],
    };
    expect(paths(conference)).toEqual([]);
    expect(paths({ ...talk, order: 2, sourceDomains: ['ebpf.io', 'github.com/owner/repo'] })).toEqual([]);
    expect(paths({ ...talk, order: 0 })).toEqual(['order']);
    expect(paths({ ...talk, sourceDomains: ['https://ebpf.io'] })).toEqual(['sourceDomains.0']);
    expect(paths({ ...conference, days: [{ day: 1 }, { day: 1, date: '10 Oct' }] })).toEqual(['days.1.date', 'days']);
    expect(paths({ ...conference, days: [{ day: 1, room: 'x' }] })).toEqual(['days.0']);
  });
});
