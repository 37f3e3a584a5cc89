// Keeping an opportunity's stored plan in line with what is known. Called inside the transaction
// of every action that changes its inputs: a new or edited round, a logged reply, call or date.

import type { Id, InterviewRecord } from '../../core/model.js';
import { computePlan } from '../../core/plan/plan.js';
import type { Plan } from '../../core/plan/types.js';
import { understandTimeFrame } from '../../core/timeframe/understand.js';
import type { Repos } from '../../store/repos/index.js';
import type { AppContext } from '../context.js';
import { cancelMessagesOfChangedTouches, touchesBefore } from '../delivery/replan-messages.js';
import { loadRecord } from '../interviews/records.js';
import { AFTER_DECISION, afterDecisionTouches } from '../outcomes/after-decision.js';
import { holidayCalendar } from './holiday-calendars.js';

/** Statuses in which follow-ups are still wanted. */
const PLANNING_STATUSES = new Set(['applied', 'interviewing']);

/** The round the plan follows: the opportunity's latest interview. */
export async function latestRound(
  repos: Repos,
  opportunityId: Id,
  known?: InterviewRecord,
): Promise<InterviewRecord | null> {
  const rows = await repos.interviews.list(opportunityId);
  const latest = rows[0]; // most recent first
  if (!latest) return null;
  return latest.id === known?.id ? known : loadRecord(repos, latest.id, known?.opportunity);
}

/** Computes the plan for a round without storing it. */
export async function planFor(repos: Repos, record: InterviewRecord): Promise<Plan> {
  const calendar = await holidayCalendar(record.country);
  const followUpContact = record.nextSteps.contactId
    ? ((await repos.contacts.get(record.nextSteps.contactId)) ?? null)
    : null;
  const events = await repos.events.list(record.opportunityId);
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
export async function replan(repos: Repos, ctx: AppContext, opportunityId: Id): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const opportunity = await repos.opportunities.get(opportunityId);
  if (!opportunity) return;
  const round = await latestRound(repos, opportunityId);
  // Issue 6: queued messages whose touch moves or is dropped are cancelled below.
  const before = await touchesBefore(repos, opportunityId);
  // Computed whenever there is a round, so the time frame a page shows is kept at write time.
  const plan = round ? await planFor(repos, round) : null;
  if (round && AFTER_DECISION.has(opportunity.status)) {
    // After a "no": the check-ins give way to a reply and keep-warm touches (issue 7).
    const touches = await afterDecisionTouches(repos, opportunity, round);
    await repos.touches.sync(opportunityId, round.id, touches, () => ctx.newId('tc'), now);
  } else if (!round || !plan || !PLANNING_STATUSES.has(opportunity.status)) {
    await repos.touches.cancelOpen(opportunityId, now);
  } else {
    await repos.touches.sync(opportunityId, round.id, plan.touches, () => ctx.newId('tc'), now);
  }
  if (round && plan) await repos.plans.saveTimeFrame(opportunityId, round.id, plan.timeFrame, now);
  await cancelMessagesOfChangedTouches(repos, opportunityId, before, now);
}
