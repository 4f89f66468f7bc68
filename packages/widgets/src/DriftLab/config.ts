/**
 * Drift Lab presets: the talk's silent failures as a reference/current pair of a service's
 * response value (think "fraud score × 100"). Reference: normal, mean 100, sd 15, 2 % empty.
 */

export type PresetId = 'no-change' | 'input-shift' | 'filter' | 'unit-bug' | 'bad-release';

export const PRESET_IDS: readonly PresetId[] = ['no-change', 'input-shift', 'filter', 'unit-bug', 'bad-release'];

export interface Preset {
  id: PresetId;
  label: string;
  /** One sentence shown under the picker. */
  story: string;
  /** Control values the preset sets when picked. */
  shift: number;
  spread: number;
  empty: number;
  affected: number;
}

/** Reference distribution: mean, sd and share of empty outputs. */
export const REFERENCE = { mean: 100, sd: 15, empty: 0.02 } as const;

/** The aggressive filter caps values at mean + this many reference sds. */
export const FILTER_CAP_SD = 1;

/** Bad release: share and shape of the second bump (a subtle change in shape, same mean region). */
export const RELEASE_BUMP = { mean: 112, sd: 4 } as const;

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  'no-change': {
    id: 'no-change',
    label: 'No change',
    story: 'Both windows come from the same distribution: any alert here is a false alarm.',
    shift: 0,
    spread: 1,
    empty: 0.02,
    affected: 0,
  },
  'input-shift': {
    id: 'input-shift',
    label: 'Input data change (shift and scale)',
    story: 'An upstream change moves and widens the responses: shift 0.5 sd, spread ×1.3.',
    shift: 0.5,
    spread: 1.3,
    empty: 0.02,
    affected: 0,
  },
  filter: {
    id: 'filter',
    label: 'Aggressive post-processing filter',
    story: 'A business rule clips high values at mean + 1 sd and empties a rising share of responses.',
    shift: 0,
    spread: 1,
    empty: 0.3,
    affected: 0,
  },
  'unit-bug': {
    id: 'unit-bug',
    label: 'Unit bug (×1000 on some rows)',
    story: 'One client sends milliseconds instead of seconds: 5 % of the values are 1000 times too large.',
    shift: 0,
    spread: 1,
    empty: 0.02,
    affected: 0.05,
  },
  'bad-release': {
    id: 'bad-release',
    label: 'Bad release / unpinned dependency',
    story: 'A library bump reshapes the output: a share of responses lands in a narrow bump near 112.',
    shift: 0,
    spread: 1,
    empty: 0.02,
    affected: 0.2,
  },
};

/** Sample-size bounds of the controls and of uploaded data. */
export const MIN_N = 20;
export const MAX_N = 100_000;
export const MAX_ROWS = 1_000_000;
