// The plan in words: what each touch asks of the user, how firm a time frame is, what happened.
import type { StoredEvent, StoredTouch, TimeFrame } from '../../app/index.js';
import { formatDate } from '../format.js';

export { touchTitle } from '../../core/plan/words.js';

export const CHANNEL_WORDS: Record<StoredTouch['channel'], string> = {
  email: 'Email',
  card: 'A card by post',
  task: 'A task for you (nothing to send)',
};

export const STATUS_WORDS: Record<StoredTouch['status'], string> = {
  pending: 'To do',
  done: 'Done',
  skipped: 'Skipped',
  snoozed: 'Snoozed',
  cancelled: 'No longer needed',
};

export const FIRMNESS_WORDS: Record<TimeFrame['firmness'], string> = {
  firm: 'Firm: a date or a promise',
  soft: 'Soft: a hope or an estimate, not a promise',
  vague: 'Vague: no date was given',
  none: 'Nothing was said about when',
};

export const EVENT_WORDS: Record<TimeFrame['event'], string> = {
  decision: 'A decision',
  update: 'News on next steps (not yet a decision)',
  callback: 'A call back',
  'interviews-end': 'The end of their interviews (a decision follows later)',
  offer: 'An offer',
  start: 'A start date',
  unknown: 'Nothing understood',
};

/** The window of a time frame in words: "Mon 9 Mar 2026 to Fri 13 Mar 2026", "by Fri 13 Mar 2026". */
export function windowWords(t: TimeFrame): string {
  if (t.earliest && t.latest) {
    return t.earliest === t.latest
      ? `On ${formatDate(t.latest)}`
      : `${formatDate(t.earliest)} to ${formatDate(t.latest)}`;
  }
  if (t.latest) return `By ${formatDate(t.latest)}`;
  if (t.earliest) return `From ${formatDate(t.earliest)}`;
  return 'No date given';
}

export const HISTORY_WORDS: Record<StoredEvent['kind'], string> = {
  reply: 'They replied',
  call: 'A phone call',
  sent: 'You sent a message',
  'new-date': 'They gave a new date',
};

/** Open touches can still be marked done, skipped or snoozed (the rule lives in core/plan). */
export { effectiveDue, isOpenTouch as isOpen, isOverdueTouch as isOverdue } from '../../core/plan/index.js';
