// The follow-up plan: dated touches with reasons, computed from an interview round, what the
// interviewer said, and what has happened since.
import type { Id, NextSteps, Participant } from '../model.js';
import type { HolidayCalendar, IsoDate, TimeFrame } from '../timeframe/types.js';

export const TOUCH_KINDS = [
  'thank-you',
  'thank-you-card',
  'check-in-1',
  'check-in-2',
  'close-the-loop',
  // After a rejection (issue 7): a gracious reply, then light touches months apart.
  'rejection-reply',
  'keep-warm',
] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const TOUCH_STATUSES = ['pending', 'done', 'skipped', 'snoozed', 'cancelled'] as const;
export type TouchStatus = (typeof TOUCH_STATUSES)[number];

export const HISTORY_KINDS = ['sent', 'reply', 'call', 'new-date'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Something that happened outside the plan's arithmetic: a message sent, a reply, a call, a new date. */
export interface HistoryEvent {
  kind: HistoryKind;
  /** UTC instant, ISO 8601. */
  at: string;
  contactId: Id | null;
  /** For `sent`: which touch it fulfilled, when known. */
  touchKind?: TouchKind | null;
  /** For `new-date`: what they said this time. */
  timeframe?: string | null;
}

export interface PlannedTouch {
  /** Stable across recomputation: opportunity, kind, contact and round. */
  key: string;
  kind: TouchKind;
  contactId: Id | null;
  channel: 'email' | 'card' | 'task';
  /** When it is due, UTC. */
  dueAt: string;
  /** The local date and time it is due, in `timeZone`: "2026-03-03T17:00". */
  dueLocal: string;
  timeZone: string;
  reason: string;
}

export interface PlanInput {
  opportunityId: Id;
  interview: {
    id: Id;
    /** Local wall-clock start "YYYY-MM-DDTHH:MM". */
    startsAt: string;
    timeZone: string;
    country: string;
    durationMinutes?: number;
  };
  nextSteps: NextSteps;
  participants: Participant[];
  /** Also send a mailed card (a complement to the email, never a replacement). */
  card: boolean;
  history: HistoryEvent[];
  calendar: HolidayCalendar;
  /** Understands a phrase said on a given day; passed in so the plan re-reads new dates the same way. */
  understand: (phrase: string, day: IsoDate) => TimeFrame;
}

export interface Plan {
  timeFrame: TimeFrame;
  touches: PlannedTouch[];
}
