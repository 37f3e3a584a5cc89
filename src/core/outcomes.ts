// How an opportunity ends (issue 7). Every outcome a user can record and the states it may follow
// are in the one table below; nothing else decides whether a change of status is allowed.
//
// | from         | may become                           | why                                               |
// |--------------|--------------------------------------|---------------------------------------------------|
// | applied      | offer, rejected, withdrawn, ghosted  | an offer can come before any interview is logged  |
// | interviewing | offer, rejected, withdrawn, ghosted  |                                                   |
// | offer        | accepted, declined, rejected, withdrawn | "rejected": the offer was rescinded            |
// | ghosted      | offer, rejected, withdrawn           | silence was not the last word after all           |
// | accepted     | (nothing: final)                     |                                                   |
// | declined     | (nothing: final)                     |                                                   |
// | rejected     | (nothing: final)                     | a new role there is a new opportunity             |
// | withdrawn    | (nothing: final)                     |                                                   |
//
// A status never moves to itself. `ghosted` is only ever set by the user: the app suggests it
// (ghostedSuggestion) once the close-the-loop date has passed with no reply.
import { AppError } from './errors.js';
import type { OpportunityStatus } from './model.js';

export const OUTCOMES = ['offer', 'accepted', 'declined', 'rejected', 'withdrawn', 'ghosted'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const TRANSITIONS: Readonly<Record<OpportunityStatus, readonly Outcome[]>> = {
  applied: ['offer', 'rejected', 'withdrawn', 'ghosted'],
  interviewing: ['offer', 'rejected', 'withdrawn', 'ghosted'],
  offer: ['accepted', 'declined', 'rejected', 'withdrawn'],
  ghosted: ['offer', 'rejected', 'withdrawn'],
  accepted: [],
  declined: [],
  rejected: [],
  withdrawn: [],
};

export const isOutcome = (s: string): s is Outcome => (OUTCOMES as readonly string[]).includes(s);

export const allowedOutcomes = (from: OpportunityStatus): readonly Outcome[] => TRANSITIONS[from] ?? [];

/** Refuses a change the table does not allow, naming the states that may follow. */
export function assertTransition(from: OpportunityStatus, to: Outcome): void {
  const allowed = allowedOutcomes(from);
  if (allowed.includes(to)) return;
  const next =
    allowed.length === 0
      ? `"${from}" is final: nothing can follow it`
      : `from "${from}" it can become ${allowed.map((s) => `"${s}"`).join(', ')}`;
  throw new AppError('conflict', `This opportunity cannot become "${to}": ${next}.`);
}

/** What the close-the-loop check needs of a touch and of the events. */
export interface GhostedInput {
  status: OpportunityStatus;
  /** The plan's close-the-loop touch, if it has one. */
  closeTheLoop: { dueAt: string; status: string } | null;
  /** When they last replied or called (UTC ISO), if ever. */
  lastHeardAt: string | null;
  now: Date;
}

/**
 * True when the process is still open, its close-the-loop date has passed, and nothing was heard
 * from them after it: the time to suggest (never to set) "ghosted".
 */
export function ghostedSuggestion(i: GhostedInput): boolean {
  if (!allowedOutcomes(i.status).includes('ghosted')) return false;
  const t = i.closeTheLoop;
  if (!t || t.status === 'skipped' || t.status === 'cancelled') return false;
  if (Date.parse(t.dueAt) > i.now.getTime()) return false;
  // A reply or call re-plans close-the-loop later, so one heard after its date means it is not silence.
  return !i.lastHeardAt || Date.parse(i.lastHeardAt) < Date.parse(t.dueAt);
}
