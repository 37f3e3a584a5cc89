// What each check is called where people read a report (the CLI and the web say the same thing).
import type { CheckId } from './types.js';

export const CHECK_LABELS: Record<CheckId, string> = {
  'specific-detail': 'A detail from this interview',
  interest: 'Why you want this job',
  plan: 'How you would contribute',
  challenge: 'An idea for their challenge',
  resource: 'An article or example',
  names: 'Names, company and role',
  spelling: 'Spelling',
  length: 'Length',
  timeliness: 'Sent within a day',
  uniqueness: 'Different from your other notes',
  tone: 'Tone',
};

/** The warning shown above the checks when a note could follow any interview. */
export const GENERIC_WARNING =
  'This note could follow any interview once the names are swapped: add something only you could say about this one.';
