// The plan once a process has ended with a "no" (rejected) or silence (ghosted): a reply to the
// person who gave a rejection, then keep-warm touches for the people the candidate chose.
import type { Contact, InterviewRecord, Opportunity } from '../../core/model.js';
import { planAfterRejection } from '../../core/plan/after-rejection.js';
import { checkInRecipient } from '../../core/plan/plan.js';
import type { PlannedTouch } from '../../core/plan/types.js';
import { getContact } from '../../store/repos/contact-repo.js';
import { listEvents } from '../../store/repos/event-repo.js';
import { listKeepWarm, listOutcomes } from '../../store/repos/outcome-repo.js';
import type { Executor } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { holidayCalendar } from '../follow-ups/holiday-calendars.js';

/** Statuses whose plan is this one rather than the check-in plan. */
export const AFTER_DECISION = new Set(['rejected', 'ghosted']);

export async function afterDecisionTouches(
  db: Executor,
  ctx: AppContext,
  opportunity: Opportunity,
  round: InterviewRecord,
): Promise<PlannedTouch[]> {
  const outcome = (await listOutcomes(db, ctx.owner, opportunity.id))
    .filter((o) => o.status === opportunity.status)
    .at(-1);
  const decidedAt = outcome?.at ?? opportunity.updatedAt;
  let replyTo: Contact | null = null;
  if (opportunity.status === 'rejected') {
    const named = outcome?.contactId ? await getContact(db, ctx.owner, outcome.contactId) : undefined;
    const followUp = round.nextSteps.contactId ? await getContact(db, ctx.owner, round.nextSteps.contactId) : undefined;
    replyTo =
      named ?? checkInRecipient({ participants: round.participants, followUpContact: followUp ?? null }).contact;
  }
  const keepWarm: { contact: Contact; everyMonths: number }[] = [];
  for (const k of await listKeepWarm(db, ctx.owner, opportunity.id)) {
    const contact = await getContact(db, ctx.owner, k.contactId);
    if (contact) keepWarm.push({ contact, everyMonths: k.everyMonths });
  }
  const events = await listEvents(db, ctx.owner, opportunity.id);
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
