// The plan once a process has ended with a "no" (rejected) or silence (ghosted): a reply to the
// person who gave a rejection, then keep-warm touches for the people the candidate chose.
import type { Contact, InterviewRecord, Opportunity } from '../../core/model.js';
import { planAfterRejection } from '../../core/plan/after-rejection.js';
import { checkInRecipient } from '../../core/plan/plan.js';
import type { PlannedTouch } from '../../core/plan/types.js';
import type { Repos } from '../../store/repos/index.js';
import { holidayCalendar } from '../follow-ups/holiday-calendars.js';

/** Statuses whose plan is this one rather than the check-in plan. */
export const AFTER_DECISION = new Set(['rejected', 'ghosted']);

export async function afterDecisionTouches(
  repos: Repos,
  opportunity: Opportunity,
  round: InterviewRecord,
): Promise<PlannedTouch[]> {
  const outcome = (await repos.outcomes.list(opportunity.id)).filter((o) => o.status === opportunity.status).at(-1);
  const decidedAt = outcome?.at ?? opportunity.updatedAt;
  let replyTo: Contact | null = null;
  if (opportunity.status === 'rejected') {
    const named = outcome?.contactId ? await repos.contacts.get(outcome.contactId) : undefined;
    const followUp = round.nextSteps.contactId ? await repos.contacts.get(round.nextSteps.contactId) : undefined;
    replyTo =
      named ?? checkInRecipient({ participants: round.participants, followUpContact: followUp ?? null }).contact;
  }
  const keepWarm: { contact: Contact; everyMonths: number }[] = [];
  for (const k of await repos.outcomes.keepWarm(opportunity.id)) {
    const contact = await repos.contacts.get(k.contactId);
    if (contact) keepWarm.push({ contact, everyMonths: k.everyMonths });
  }
  const events = await repos.events.list(opportunity.id);
  return planAfterRejection({
    opportunityId: opportunity.id,
    roundId: round.id,
    decidedAt,
    timeZone: round.timeZone,
    replyTo,
    keepWarm,
    history: events.map((e) => ({ kind: e.kind, at: e.at, contactId: e.contactId, touchKind: e.touchKind })),
    calendar: await holidayCalendar(round.country),
  });
}
