// Which touches are still to do, and when: the one home of this rule (the plan, the due list, the
// calendar, the contacts view and sending all ask it).
import type { TouchStatus } from './types.js';

/** A touch still to be done: waiting for its date, or snoozed to a later one. */
export const OPEN_TOUCH_STATUSES: readonly TouchStatus[] = ['pending', 'snoozed'];

export const isOpenTouch = (t: { status: TouchStatus | string }): boolean =>
  (OPEN_TOUCH_STATUSES as readonly string[]).includes(t.status);

/** When an open touch is next due: its snooze date if snoozed, else its planned date. */
export const effectiveDue = (t: {
  status: TouchStatus | string;
  dueAt: string;
  snoozedUntil: string | null;
}): string => (t.status === 'snoozed' && t.snoozedUntil ? t.snoozedUntil : t.dueAt);

/** An open touch whose date has passed at `now`. */
export const isOverdueTouch = (
  t: { status: TouchStatus | string; dueAt: string; snoozedUntil: string | null },
  now: Date,
): boolean => isOpenTouch(t) && Date.parse(effectiveDue(t)) < now.getTime();
