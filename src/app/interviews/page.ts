// The interview page as the app returns it: the record, its follow-up contact, the plan with every
// name it mentions, the interview's drafts and what may follow, in a fixed number of queries.
import type { Contact, Id, InterviewRecord } from '../../core/model.js';
import { allowedOutcomes, type Outcome } from '../../core/outcomes.js';
import type { AppContext } from '../context.js';
import { isGhosted } from '../follow-ups/ghosted.js';
import { contactsNamed, mentionedIn, namesOf, type PlanPageView, planOf } from '../follow-ups/plan-page.js';
import { type DraftView, draftViews } from '../messages/drafts.js';
import { loadRecord } from './records.js';

export interface InterviewPageView extends PlanPageView {
  /** Whom to follow up with: someone on the panel, or another of the user's contacts. */
  contact: Contact | null;
  messages: DraftView[];
  /** The opportunity's outcome: what may follow, and whether "ghosted" is worth suggesting. */
  outcome: { next: readonly Outcome[]; ghosted: boolean };
}

export interface InterviewFormView {
  record: InterviewRecord;
  contact: Contact | null;
}

export async function interviewPage(ctx: AppContext, id: Id): Promise<InterviewPageView> {
  return ctx.transaction(async (tx) => {
    const record = await loadRecord(tx, id);
    const { plan, round, allTouches } = await planOf(tx, record);
    const messages = await tx.messages.list({ interviewId: id });
    const contacts = await contactsNamed(
      tx,
      [record, round],
      [...mentionedIn(plan), ...messages.map((m) => m.contactId)],
    );
    const contactOf = (r: InterviewRecord) => (r.nextSteps.contactId && contacts.get(r.nextSteps.contactId)) || null;
    // The names the plan shows: this round's and the followed round's people, and whoever it mentions.
    const names = namesOf(contacts);
    const drafts = await draftViews(tx, messages, contacts);
    const o = record.opportunity;
    return {
      record,
      round,
      plan,
      names,
      contact: contactOf(record),
      messages: drafts,
      outcome: { next: allowedOutcomes(o.status), ghosted: isGhosted(o, allTouches, plan.events, ctx.clock.now()) },
    };
  });
}

/** The edit form's data: the record and its follow-up contact. */
export async function interviewForm(ctx: AppContext, id: Id): Promise<InterviewFormView> {
  return ctx.transaction(async (tx) => {
    const record = await loadRecord(tx, id);
    const contacts = await contactsNamed(tx, [record], []);
    const contact = (record.nextSteps.contactId && contacts.get(record.nextSteps.contactId)) || null;
    return { record, contact };
  });
}
