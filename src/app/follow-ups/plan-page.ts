// The plan as a page shows it: the interview, the round the plan follows, the plan, and the name of
// everyone its touches and history mention, in a fixed number of queries.
import type { Contact, Id, InterviewRecord } from '../../core/model.js';
import type { Plan } from '../../core/plan/types.js';
import type { StoredEvent } from '../../store/repos/event-repo.js';
import type { Repos } from '../../store/repos/index.js';
import type { StoredTouch } from '../../store/repos/touch-repo.js';
import type { AppContext } from '../context.js';
import { loadRecord } from '../interviews/records.js';
import { latestRound, planFor } from './planning.js';

export interface PlanView {
  interviewId: Id;
  opportunityId: Id;
  /** The round the plan follows: the opportunity's latest interview. */
  roundId: Id;
  timeFrame: Plan['timeFrame'];
  touches: StoredTouch[];
  events: StoredEvent[];
}

export interface PlanPageView {
  record: InterviewRecord;
  /** The round the plan follows: the opportunity's latest interview (the record itself when it is). */
  round: InterviewRecord;
  plan: PlanView;
  /** Display names of the panels, follow-up contacts and everyone the touches and events name. */
  names: Record<Id, string>;
}

export const contactName = (c: Contact): string => c.name || c.email || '(unnamed)';

/** The plan of a record's opportunity, with every touch (cancelled ones too) and the round it follows. */
export async function planOf(
  repos: Repos,
  record: InterviewRecord,
): Promise<{ plan: PlanView; round: InterviewRecord; allTouches: PlanView['touches'] }> {
  const latest = await latestRound(repos, record.opportunityId, record);
  const round = latest ?? record;
  // Kept by every re-plan; understood here only for a plan last computed before it was kept.
  const stored = await repos.plans.getTimeFrame(record.opportunityId);
  const timeFrame = stored?.roundId === round.id ? stored.timeFrame : (await planFor(repos, round)).timeFrame;
  const allTouches = await repos.touches.list(record.opportunityId);
  return {
    round,
    allTouches,
    plan: {
      interviewId: record.id,
      opportunityId: record.opportunityId,
      roundId: round.id,
      timeFrame,
      touches: allTouches.filter((t) => t.status !== 'cancelled'),
      events: await repos.events.list(record.opportunityId),
    },
  };
}

/**
 * Contacts of the records' panels and follow-ups and of everyone the plan names, in one query for
 * those off the panels (a recruiter named as the contact, someone a reply came from).
 */
export async function contactsNamed(
  repos: Repos,
  records: InterviewRecord[],
  more: readonly (Id | null)[],
): Promise<Map<Id, Contact>> {
  const known = new Map<Id, Contact>();
  for (const r of records) for (const p of r.participants) known.set(p.contact.id, p.contact);
  const wanted = [...records.map((r) => r.nextSteps.contactId), ...more].filter(
    (id): id is Id => id !== null && !known.has(id),
  );
  if (wanted.length > 0) for (const [id, c] of await repos.contacts.listByIds(wanted)) known.set(id, c);
  return known;
}

export const namesOf = (contacts: Map<Id, Contact>): Record<Id, string> =>
  Object.fromEntries([...contacts].map(([id, c]) => [id, contactName(c)]));

export const mentionedIn = (plan: PlanView): (Id | null)[] => [
  ...plan.touches.map((t) => t.contactId),
  ...plan.events.map((e) => e.contactId),
];

export async function planPage(ctx: AppContext, interviewId: Id): Promise<PlanPageView> {
  return ctx.transaction(async (tx) => {
    const record = await loadRecord(tx, interviewId);
    const { plan, round } = await planOf(tx, record);
    const contacts = await contactsNamed(tx, [record, round], mentionedIn(plan));
    return { record, round, plan, names: namesOf(contacts) };
  });
}
