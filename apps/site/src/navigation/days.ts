import { formatDay } from '../talks/format';
import type { TalkKey } from './order';

/** One entry of a conference page's `days` frontmatter. */
export interface ConferenceDay {
  day: number;
  date?: string | undefined;
  label?: string | undefined;
}

/** Talks of one day (or of no known day), with the group's label. */
export interface DayGroup<T> {
  /** The day number; undefined for the group of talks without a day. */
  day: number | undefined;
  /** "Day 1 · Tue 10 Oct 2023", "Day 2 · Notes from Tuesday", "Day 3", or for talks without a day "Talks" / "Day not given". */
  label: string;
  talks: T[];
}

/**
 * A day's label: "Day N", then " · " and the date ("Tue 10 Oct 2023") when known, else the day's
 * own label when it says more than "Day N".
 * @example
 * dayLabel(1, [{ day: 1, date: '2023-10-10' }]); // 'Day 1 · Tue 10 Oct 2023'
 */
export function dayLabel(day: number, days: readonly ConferenceDay[] = []): string {
  const known = days.find((d) => d.day === day);
  const name = `Day ${day}`;
  if (known?.date) return `${name} · ${formatDay(known.date)}`;
  const label = known?.label?.trim();
  if (!label) return name;
  return new RegExp(`^day\\s*${day}(?!\\d)`, 'i').test(label) ? label : `${name} · ${label}`;
}

/**
 * Splits talks, already in reading order, into one group per day in day order, then one group
 * for the talks without a day: "Talks" when no talk has a day, else "Day not given".
 */
export function groupByDay<T extends TalkKey>(talks: readonly T[], days: readonly ConferenceDay[] = []): DayGroup<T>[] {
  const byDay = new Map<number | undefined, T[]>();
  for (const talk of talks) {
    const list = byDay.get(talk.day) ?? [];
    list.push(talk);
    byDay.set(talk.day, list);
  }
  const numbered = [...byDay.keys()].filter((d): d is number => d !== undefined).sort((a, b) => a - b);
  const groups: DayGroup<T>[] = numbered.map((day) => ({
    day,
    label: dayLabel(day, days),
    talks: byDay.get(day) ?? [],
  }));
  const undated = byDay.get(undefined);
  if (undated)
    groups.push({ day: undefined, label: numbered.length === 0 ? 'Talks' : 'Day not given', talks: undated });
  return groups;
}
