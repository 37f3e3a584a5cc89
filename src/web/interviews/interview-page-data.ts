// Everything the interview page shows, loaded in one place so every route that renders it (the page
// itself, a rejected notes or log form, a refused snooze) shows the same thing.
import type { DraftView, FollowThrough, PlanView } from '../../app/index.js';
import type { Contact, Id, InterviewRecord } from '../../core/model.js';
import type { Outcome } from '../../core/outcomes.js';
import { emptyForm, type FormState } from '../form-state.js';
import { formatLocal, localDateTime } from '../format.js';

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

export async function loadInterviewPage(api: FollowThrough, id: Id, now: Date): Promise<InterviewPageData> {
  const { record, round, plan, names, contact, messages, outcome } = await api.interviews.page(id);
  const latestRound =
    round.id === record.id
      ? undefined
      : { href: `/interviews/${encodeURIComponent(round.id)}`, label: formatLocal(round.startsAt, round.timeZone) };
  return { record, contact, plan: { plan, names, latestRound }, messages, now, outcome };
}

/** A fresh "log what happened" form: "when" is now, in the interview's zone. */
export const emptyLogForm = (record: InterviewRecord, now: Date): FormState =>
  emptyForm({ at: localDateTime(now, record.timeZone), fromContact: '' });
