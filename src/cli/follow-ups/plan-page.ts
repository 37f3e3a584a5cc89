// Gathers what a plan needs to be read by a person: the interview it belongs to, the round it
// follows, and the names of everyone its touches and history mention.
import type { FollowThrough, PlanView } from '../../app/index.js';
import type { Contact, Id, InterviewRecord } from '../../core/model.js';
import { whenLocal } from '../when.js';
import type { PlanPage } from './plan-text.js';

const nameOf = (c: Contact) => c.name || c.email || '(unnamed)';

export async function loadPlanPage(api: FollowThrough, interviewId: Id, given?: PlanView): Promise<PlanPage> {
  const view = given ?? (await api.followUps.plan(interviewId));
  const record = await api.interviews.show(interviewId);
  const round: InterviewRecord = view.roundId === record.id ? record : await api.interviews.show(view.roundId);
  const names: Record<Id, string> = {};
  for (const r of [record, round]) for (const p of r.participants) names[p.contact.id] = nameOf(p.contact);
  // A follow-up contact off the panel, or someone a logged reply came from: look among all contacts.
  const mentioned = [...view.touches.map((t) => t.contactId), ...view.events.map((e) => e.contactId)];
  if (mentioned.some((id) => id && !names[id])) {
    for (const c of (await api.exportAll()).contacts) names[c.id] ??= nameOf(c);
  }
  return {
    interviewId,
    roundId: round.id,
    heading: `${record.opportunity.company} — ${record.opportunity.role}`,
    ...(round !== record && { roundWhen: whenLocal(round) }),
    timeZone: round.timeZone,
    timeFrame: view.timeFrame,
    touches: view.touches,
    events: view.events,
    names,
  };
}
