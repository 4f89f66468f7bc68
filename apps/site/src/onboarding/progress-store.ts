/**
 * Learning-path progress in localStorage. Storage is untrusted (another tab, an old version,
 * an extension or a person may have written anything): read it through {@link parseProgress},
 * which validates, bounds the size and falls back to "nothing done" with a notice.
 */

/** Bump when the stored shape changes; old keys are then ignored, not misread. */
export const PROGRESS_VERSION = 1;
/** Longest stored value accepted (a full path is well under 1 KB). */
export const MAX_STORED_LENGTH = 4096;

/** The localStorage key for one path, e.g. "confnotes:path:sre-onboarding:v1". */
export function progressKey(pathId: string): string {
  return `confnotes:path:${pathId}:v${PROGRESS_VERSION}`;
}

interface StoredProgress {
  version: typeof PROGRESS_VERSION;
  path: string;
  done: string[];
}

/** What the page shows: the completed steps and, if the stored value was unusable, why. */
export interface ProgressReading {
  done: Set<string>;
  notice?: string;
}

const RESET = 'so your progress was reset';

/**
 * Parses the stored value for `pathId`. Unknown step ids are dropped with a notice (the path
 * changed); anything malformed resets to nothing done with a notice. Never throws.
 * @param raw the value from localStorage (null when nothing is stored)
 * @param stepIds the path's current step ids
 */
export function parseProgress(raw: string | null, pathId: string, stepIds: readonly string[]): ProgressReading {
  if (raw === null) return { done: new Set() };
  if (raw.length > MAX_STORED_LENGTH) {
    return { done: new Set(), notice: `The saved progress was too large to be ours, ${RESET}.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { done: new Set(), notice: `The saved progress could not be read, ${RESET}.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { done: new Set(), notice: `The saved progress had an unknown format, ${RESET}.` };
  }
  const record = value as Record<string, unknown>;
  if (record.version !== PROGRESS_VERSION || record.path !== pathId) {
    return { done: new Set(), notice: `The saved progress belongs to another version or path, ${RESET}.` };
  }
  if (!Array.isArray(record.done) || !record.done.every((id) => typeof id === 'string')) {
    return { done: new Set(), notice: `The saved progress had an unknown format, ${RESET}.` };
  }
  const known = new Set(stepIds);
  const done = new Set((record.done as string[]).filter((id) => known.has(id)));
  if (done.size !== new Set(record.done as string[]).size) {
    return { done, notice: 'Some saved steps no longer exist on this path and were dropped.' };
  }
  return { done };
}

/** The value to store for a set of completed steps, in path order. */
export function serializeProgress(pathId: string, stepIds: readonly string[], done: ReadonlySet<string>): string {
  const stored: StoredProgress = {
    version: PROGRESS_VERSION,
    path: pathId,
    done: stepIds.filter((id) => done.has(id)),
  };
  return JSON.stringify(stored);
}
