/** Edits of the journey list as pure functions (the builder's view only calls these). */
import type { Journey } from './journeys';

/** The SLO target a journey gets when "Has an SLO" is ticked, in percent. */
export const DEFAULT_JOURNEY_SLO_PERCENT = 99.9;

/** A new, empty journey: no feature, name, SLO or SLI yet. */
export function emptyJourney(): Journey {
  return { feature: '', name: '', sloPercent: null, slis: [] };
}

/** The list with journey `i` patched (the others are kept as they are). */
export function patchJourney(journeys: readonly Journey[], i: number, patch: Partial<Journey>): Journey[] {
  return journeys.map((j, k) => (k === i ? { ...j, ...patch } : j));
}

/** The list without journey `i`. */
export function removeJourney(journeys: readonly Journey[], i: number): Journey[] {
  return journeys.filter((_, k) => k !== i);
}

/** The SLO patch for ticking (the default target) or unticking (no SLO) "Has an SLO". */
export function sloToggled(hasSlo: boolean): Pick<Journey, 'sloPercent'> {
  return { sloPercent: hasSlo ? DEFAULT_JOURNEY_SLO_PERCENT : null };
}

/** The SLI patch that renames SLI `k`. */
export function sliRenamed(journey: Journey, k: number, name: string): Pick<Journey, 'slis'> {
  return { slis: journey.slis.map((x, m) => (m === k ? { name } : x)) };
}

/** The SLI patch that removes SLI `k`. */
export function sliRemoved(journey: Journey, k: number): Pick<Journey, 'slis'> {
  return { slis: journey.slis.filter((_, m) => m !== k) };
}

/** The SLI patch that adds an unnamed SLI at the end. */
export function sliAdded(journey: Journey): Pick<Journey, 'slis'> {
  return { slis: [...journey.slis, { name: '' }] };
}
