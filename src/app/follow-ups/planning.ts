// Keeping an opportunity's stored plan in line with what is known. Called inside the transaction
// of every action that changes its inputs: a new or edited round, a logged reply, call or date.

import type { Id, InterviewRecord } from '../../core/model.js';
import { computePlan } from '../../core/plan/plan.js';
import type { Plan } from '../../core/plan/types.js';
import { understandTimeFrame } from '../../core/timeframe/understand.js';
import { getContact } from '../../store/repos/contact-repo.js';
import { listEvents } from '../../store/repos/event-repo.js';
import { listInterviews } from '../../store/repos/interview-repo.js';
import { getOpportunity } from '../../store/repos/opportunity-repo.js';
import { savePlanTimeFrame } from '../../store/repos/plan-repo.js';
import { cancelOpenTouches, syncTouches } from '../../store/repos/touch-repo.js';
import type { Executor } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { cancelMessagesOfChangedTouches, touchesBefore } from '../delivery/replan-messages.js';
import { loadRecord } from '../interviews/records.js';
import { AFTER_DECISION, afterDecisionTouches } from '../outcomes/after-decision.js';
import { holidayCalendar } from './holiday-calendars.js';

/** Statuses in which follow-ups are still wanted. */
const PLANNING_STATUSES = new Set(['applied', 'interviewing']);

/** The round the plan follows: the opportunity's latest interview. */
export async function latestRound(
  db: Executor,
  ctx: AppContext,
  opportunityId: Id,
  known?: InterviewRecord,
): Promise<InterviewRecord | null> {
  const rows = await listInterviews(db, ctx.owner, opportunityId);
  const latest = rows[0]; // most recent first
  if (!latest) return null;
  return latest.id === known?.id ? known : loadRecord(db, ctx, latest.id, known?.opportunity);
}

/** Computes the plan for a round without storing it. */
export async function planFor(db: Executor, ctx: AppContext, record: InterviewRecord): Promise<Plan> {
  const calendar = await holidayCalendar(record.country);
  const followUpContact = record.nextSteps.contactId
    ? ((await getContact(db, ctx.owner, record.nextSteps.contactId)) ?? null)
    : null;
  const events = await listEvents(db, ctx.owner, record.opportunityId);
  return computePlan({
    opportunityId: record.opportunityId,
    interview: { id: record.id, startsAt: record.startsAt, timeZone: record.timeZone, country: record.country },
    nextSteps: record.nextSteps,
    participants: record.participants,
    card: record.nextSteps.card,
    followUpContact,
    history: events.map((e) => ({
      kind: e.kind,
      at: e.at,
      contactId: e.contactId,
      touchKind: e.touchKind,
      timeframe: e.timeframe,
    })),
    calendar,
    understand: (phrase, day) => understandTimeFrame({ phrase, interviewDate: day, calendar }),
  });
}

/** Recomputes and stores the plan of one opportunity (or cancels it when the process is over). */
export async function replan(db: Executor, ctx: AppContext, opportunityId: Id): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const opportunity = await getOpportunity(db, ctx.owner, opportunityId);
  if (!opportunity) return;
  const round = await latestRound(db, ctx, opportunityId);
  // Issue 6: queued messages whose touch moves or is dropped are cancelled below.
  const before = await touchesBefore(db, ctx, opportunityId);
  // Computed whenever there is a round, so the time frame a page shows is kept at write time.
  const plan = round ? await planFor(db, ctx, round) : null;
  if (round && AFTER_DECISION.has(opportunity.status)) {
    // After a "no": the check-ins give way to a reply and keep-warm touches (issue 7).
    const touches = await afterDecisionTouches(db, ctx, opportunity, round);
    await syncTouches(db, ctx.owner, opportunityId, round.id, touches, () => ctx.newId('tc'), now);
  } else if (!round || !plan || !PLANNING_STATUSES.has(opportunity.status)) {
    await cancelOpenTouches(db, ctx.owner, opportunityId, now);
  } else {
    await syncTouches(db, ctx.owner, opportunityId, round.id, plan.touches, () => ctx.newId('tc'), now);
  }
  if (round && plan) await savePlanTimeFrame(db, ctx.owner, opportunityId, round.id, plan.timeFrame, now);
  await cancelMessagesOfChangedTouches(db, ctx, opportunityId, before, now);
}
