// @ts-check
export { buildPlan, verifyRoundTrip } from './build-plan.mjs';
export { main } from './cli.mjs';
export { ImportInputError, ImportInternalError, ImportUsageError } from './errors.mjs';
export { readInput } from './read-input.mjs';
export { splitNotes } from './split-notes.mjs';
