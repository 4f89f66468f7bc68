import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JOURNEY_SLO_PERCENT,
  emptyJourney,
  patchJourney,
  removeJourney,
  sliAdded,
  sliRemoved,
  sliRenamed,
  sloToggled,
} from '../../src/SloPlanner/journey-edit';
import { type Journey, SAMPLE_JOURNEYS, validateJourneys } from '../../src/SloPlanner/journeys';

const first = SAMPLE_JOURNEYS[0] as Journey;

describe('journey list edits', () => {
  it('patches one journey and keeps the others (same objects)', () => {
    const next = patchJourney(SAMPLE_JOURNEYS, 1, { name: 'List models' });
    expect(next[1]).toEqual({ ...SAMPLE_JOURNEYS[1], name: 'List models' });
    expect(next[0]).toBe(SAMPLE_JOURNEYS[0]);
    expect(next[2]).toBe(SAMPLE_JOURNEYS[2]);
  });

  it('removes one journey by index', () => {
    expect(removeJourney(SAMPLE_JOURNEYS, 0).map((j) => j.name)).toEqual(['Browse models', 'Upload a dataset']);
    expect(removeJourney(SAMPLE_JOURNEYS, 9)).toEqual(SAMPLE_JOURNEYS);
  });

  it('a new journey is empty, so validation asks for its name, SLO and SLI', () => {
    expect(emptyJourney()).toEqual({ feature: '', name: '', sloPercent: null, slis: [] });
    expect(emptyJourney()).not.toBe(emptyJourney());
    expect(validateJourneys([emptyJourney()])).toHaveLength(3);
  });
});

describe('SLO and SLI patches', () => {
  it('ticking "Has an SLO" gives the default 99.9%, unticking removes the SLO', () => {
    expect(DEFAULT_JOURNEY_SLO_PERCENT).toBe(99.9);
    expect(sloToggled(true)).toEqual({ sloPercent: 99.9 });
    expect(sloToggled(false)).toEqual({ sloPercent: null });
  });

  it('renames, removes and adds SLIs without touching the journey itself', () => {
    expect(sliRenamed(first, 1, 'p99 under 300 ms').slis.map((s) => s.name)).toEqual([
      'Share of prediction requests answered 2xx',
      'p99 under 300 ms',
    ]);
    expect(sliRemoved(first, 0).slis).toEqual([{ name: 'Share answered in under 300 ms' }]);
    expect(sliAdded(first).slis.at(-1)).toEqual({ name: '' });
    expect(first.slis).toHaveLength(2);
  });
});
