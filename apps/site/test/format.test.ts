import { describe, expect, it } from 'vitest';
import { formatDay, formatSlot, formatSpeakerList } from '../src/talks/format';

describe('talk header formatting', () => {
  it('formats the calendar day without a time-zone shift', () => {
    expect(formatDay('2023-10-10')).toBe('Tue 10 Oct 2023');
  });
  it('formats a slot with its time zone', () => {
    expect(formatSlot({ start: '14:00', end: '14:40', timeZone: 'Europe/Dublin' })).toBe('14:00–14:40 (Europe/Dublin)');
  });
  it('lists every speaker for the overview, labelling unconfirmed ones', () => {
    expect(
      formatSpeakerList([
        { name: 'Liz Rice', affiliation: 'Isovalent', confirmed: true },
        { name: 'Jane Doe', confirmed: false },
        { name: 'Ann Lee', affiliation: 'Acme', confirmed: false },
      ]),
    ).toBe('Liz Rice (Isovalent), Jane Doe (not confirmed), Ann Lee (Acme, not confirmed)');
    expect(formatSpeakerList([])).toBe('Speaker not confirmed');
    expect(formatSpeakerList(undefined)).toBe('Speaker not confirmed');
  });
});
