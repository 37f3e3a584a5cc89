// The thank-you note checker (issue 4): pure analysis of a note against an interview.
export { BRIEF_WORDS, checkNote, GENERIC_CAP, KIND_WEIGHTS, scoreOf, WEIGHTS } from './check.js';
export { LENGTH_RANGES, NEAR_COPY, TIMELY_HOURS } from './form.js';
export { ASSUMED_INTERVIEW_MINUTES, contextFromRecord, interviewEndsAt } from './from-record.js';
export { CHECK_LABELS, GENERIC_WARNING, KIND_LABELS } from './labels.js';
export * from './types.js';
export { checkWriting, WRITING_RULES, type WritingFinding, type WritingOptions, type WritingRule } from './writing.js';
