// What each check is called where people read a report (the CLI and the web say the same thing).
import type { CheckId, NoteKind } from './types.js';

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
  writing: 'Writing',
  'refers-to-date': 'Refers to the date they gave',
  'one-question': 'Asks one clear question',
  brief: 'Short',
  'names-answer': 'Names the answer you revisit',
  'better-answer': 'Gives the better answer',
  thanks: 'Thanks them',
  gracious: 'Gracious',
  'asks-feedback': 'Asks for feedback',
  'door-open': 'Keeps the door open',
  'no-pitch': 'No pitch',
  'reason-to-write': 'A reason to write',
  'no-job-ask': 'No ask for a job',
  'says-withdrawal': 'Says you are withdrawing',
  courteous: 'Courteous',
};

/** What each kind of message is called in a report's heading. */
export const KIND_LABELS: Record<NoteKind, string> = {
  'thank-you': 'Thank-you note',
  'check-in': 'Check-in',
  clarification: 'Clarification',
  'rejection-reply': 'Reply to a rejection',
  'keep-warm': 'Keeping in touch',
  withdrawal: 'Withdrawal',
};

/** The warning shown above the checks when a note could follow any interview. */
export const GENERIC_WARNING =
  'This note could follow any interview once the names are swapped: add something only you could say about this one.';
