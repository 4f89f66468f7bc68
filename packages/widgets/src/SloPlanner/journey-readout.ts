/** The journey builder's sentences and numbers. Pure. */
import { formatNumber } from '../shared/format';
import type { Journey } from './journeys';
import { MINUTES_PER_DAY } from './model';

/** Minutes of error budget a journey's SLO allows per window: (1 − SLO) × window; null without an SLO. */
export function journeyBudgetMinutes(journey: Journey, windowMinutes: number): number | null {
  return journey.sloPercent === null ? null : (1 - journey.sloPercent / 100) * windowMinutes;
}

/** "Error budget: 43.2 min per 30 days." or, without an SLO, that there is no budget. */
export function journeyBudgetText(minutes: number | null, windowMinutes: number): string {
  if (minutes === null) return 'No SLO yet, so no error budget.';
  return `Error budget: ${formatNumber(minutes, 4)} min per ${windowMinutes / MINUTES_PER_DAY} days.`;
}

/** The line above the problem list: all good, or how many problems there are. */
export function problemsText(count: number): string {
  return count === 0 ? 'Every journey has one SLO and at least one SLI.' : `${count} problem(s) to fix:`;
}
