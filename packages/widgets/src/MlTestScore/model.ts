import { BANDS, LEVEL_POINTS, type RubricSection, SECTIONS, TEST_COUNT, type TestLevel } from './config';

export interface SectionScore {
  id: RubricSection['id'];
  title: string;
  /** Sum of the section's seven test points, 0 … 7 in steps of 0.5. */
  sum: number;
  automated: number;
  manual: number;
}

export interface ScoreResult {
  sections: SectionScore[];
  /** Minimum of the section sums (the weakest area caps the system). */
  final: number;
  /** Interpretation band of the final score. */
  band: string;
  /** Titles of the sections whose sum equals the final score. */
  weakest: string[];
  /** Mean of the section sums: what the score would be if sections averaged out (they do not). */
  average: number;
  /** The final score if every weakest section were raised to the next-lowest sum; equals final when all tie. */
  nextCap: number;
}

/** The paper's band for a final score (0 → research project, (0, 1] → serious holes, …). */
export function bandOf(score: number): string {
  for (const band of BANDS) if (score <= band.upTo) return band.label;
  return BANDS[BANDS.length - 1]?.label ?? '';
}

/**
 * Scores a board of 28 levels (section by section, seven tests each) with the 2017 rules:
 * 0.5 per manual test, 1 per automated test, final = minimum of the four section sums.
 */
export function scoreBoard(levels: readonly TestLevel[]): ScoreResult {
  const sections = SECTIONS.map((section, s) => {
    let sum = 0;
    let automated = 0;
    let manual = 0;
    for (let t = 0; t < section.tests.length; t++) {
      const level = levels[s * 7 + t] ?? 'none';
      sum += LEVEL_POINTS[level];
      if (level === 'automated') automated++;
      if (level === 'manual') manual++;
    }
    return { id: section.id, title: section.title, sum, automated, manual };
  });
  const sums = sections.map((s) => s.sum);
  const final = Math.min(...sums);
  const above = sums.filter((v) => v > final);
  return {
    sections,
    final,
    band: bandOf(final),
    weakest: sections.filter((s) => s.sum === final).map((s) => s.title),
    average: sums.reduce((a, b) => a + b, 0) / sums.length,
    nextCap: above.length > 0 ? Math.min(...above) : final,
  };
}

const CODES: Readonly<Record<string, TestLevel>> = { '0': 'none', '1': 'manual', '2': 'automated' };
const CODE_OF: Readonly<Record<TestLevel, string>> = { none: '0', manual: '1', automated: '2' };

/** Board → 28-character code of 0 (none), 1 (manual), 2 (automated). */
export function encodeBoard(levels: readonly TestLevel[]): string {
  let out = '';
  for (let i = 0; i < TEST_COUNT; i++) out += CODE_OF[levels[i] ?? 'none'];
  return out;
}

/** 28-character code → board; null if the code is not exactly 28 of 0/1/2. */
export function decodeBoard(code: string): TestLevel[] | null {
  if (code.length !== TEST_COUNT) return null;
  const levels: TestLevel[] = [];
  for (const ch of code) {
    const level = CODES[ch];
    if (!level) return null;
    levels.push(level);
  }
  return levels;
}
