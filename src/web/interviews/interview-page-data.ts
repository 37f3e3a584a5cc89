// Everything the interview page shows, loaded in one place so every route that renders it (the page
// itself, a rejected notes or log form, a refused snooze) shows the same thing.
import type { DraftView, FollowThrough, PlanView } from '../../app/index.js';
import type { Contact, Id, InterviewRecord } from '../../core/model.js';
import type { Outcome } from '../../core/outcomes.js';
import { emptyForm, type FormState } from '../form-state.js';
import { formatLocal, localDateTime } from '../format.js';
import { followUpContacts } from './contacts.js';

export interface PlanData {
  plan: PlanView;
  names: Record<Id, string>;
  latestRound?: { href: string; label: string };
}

export interface InterviewPageData {
  record: InterviewRecord;
  /** The opportunity's outcome: what may follow, and whether "ghosted" is worth suggesting. */
  outcome?: { next: readonly Outcome[]; ghosted: boolean };
  contact: Contact | null;
  plan: PlanData;
  messages: DraftView[];
  now: Date;
}

const nameOf = (c: Contact) => c.name || c.email || '(unnamed)';

export async function loadInterviewPage(api: FollowThrough, id: Id, now: Date): Promise<InterviewPageData> {
  const record = await api.interviews.show(id);
  const plan = await api.followUps.plan(id);
  const latest = plan.roundId === record.id ? record : await api.interviews.show(plan.roundId);
  const contactOf = await followUpContacts(api, [record, latest]);
  const contact = contactOf(record);
  // Touches and events name contacts of this round and of the round the plan follows.
  const names: Record<Id, string> = {};
  for (const r of [latest, record]) {
    const c = contactOf(r);
    if (c) names[c.id] = nameOf(c);
    for (const p of r.participants) names[p.contact.id] = nameOf(p.contact);
  }
  const latestRound =
    latest === record
      ? undefined
      : { href: `/interviews/${encodeURIComponent(latest.id)}`, label: formatLocal(latest.startsAt, latest.timeZone) };
  const messages = await api.drafts.list({ interviewId: id });
  const outcome = {
    next: (await api.outcomes.show(record.opportunityId)).next,
    ghosted: (await api.outcomes.ghostedHints()).some((h) => h.opportunityId === record.opportunityId),
  };
  return { record, contact, plan: { plan, names, latestRound }, messages, now, outcome };
}

/** A fresh "log what happened" form: "when" is now, in the interview's zone. */
export const emptyLogForm = (record: InterviewRecord, now: Date): FormState =>
  emptyForm({ at: localDateTime(now, record.timeZone), fromContact: '' });
