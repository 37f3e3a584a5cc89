// The composer (issue 5): drafts built from what the candidate recorded, with gaps where inputs are missing.
export { composeDraft } from './compose.js';
export { timeFrameClause } from './sentences.js';
export * from './types.js';
export { FIXED_WORDS, gapsIn, letterDate, longDate } from './words.js';
