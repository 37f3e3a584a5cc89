// What a plan needs to be read by a person, from the app's plan page: the interview it belongs to,
// the round it follows, and the names of everyone its touches and history mention.
import type { FollowThrough } from '../../app/index.js';
import type { Id } from '../../core/model.js';
import { whenLocal } from '../when.js';
import type { PlanPage } from './plan-text.js';

export async function loadPlanPage(api: FollowThrough, interviewId: Id): Promise<PlanPage> {
  const { record, round, plan, names } = await api.followUps.planPage(interviewId);
  return {
    interviewId,
    roundId: round.id,
    heading: `${record.opportunity.company} — ${record.opportunity.role}`,
    ...(round.id !== record.id && { roundWhen: whenLocal(round) }),
    timeZone: round.timeZone,
    timeFrame: plan.timeFrame,
    touches: plan.touches,
    events: plan.events,
    names,
  };
}
