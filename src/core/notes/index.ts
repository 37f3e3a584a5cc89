// The thank-you note checker (issue 4): pure analysis of a note against an interview.
export { checkNote, GENERIC_CAP, scoreOf, WEIGHTS } from './check.js';
export { LENGTH_RANGES, NEAR_COPY, TIMELY_HOURS } from './form.js';
export { ASSUMED_INTERVIEW_MINUTES, contextFromRecord, interviewEndsAt } from './from-record.js';
export * from './types.js';
