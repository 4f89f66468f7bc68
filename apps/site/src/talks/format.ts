import type { TalkMetadata } from '../schemas/talk-schema';

type Slot = NonNullable<TalkMetadata['slot']>;
type Speaker = NonNullable<TalkMetadata['speakers']>[number];

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Tue 10 Oct 2023" for an ISO date, read as a calendar day (no time-zone shift). */
export function formatDay(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`)).replace(',', '');
}

/** "09:00–09:45 (Europe/Dublin)" */
export function formatSlot(slot: Slot): string {
  return `${slot.start}–${slot.end} (${slot.timeZone})`;
}

/**
 * Every speaker, an unconfirmed one labelled as such: "Liz Rice (Isovalent), Jane Doe (not
 * confirmed)"; an empty list is "Speaker not confirmed".
 */
export function formatSpeakerList(speakers: readonly Speaker[] | undefined): string {
  if (!speakers || speakers.length === 0) return 'Speaker not confirmed';
  return speakers
    .map((s) => {
      const notes = [s.affiliation, s.confirmed ? undefined : 'not confirmed'].filter(Boolean);
      return notes.length > 0 ? `${s.name} (${notes.join(', ')})` : s.name;
    })
    .join(', ');
}
