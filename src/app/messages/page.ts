// The message page as the app returns it: the draft, what it is about, the checker's report on the
// saved body (kept when it was saved, so no checker runs per view) and, for an email, its delivery.
import { notFound } from '../../core/errors.js';
import type { Id } from '../../core/model.js';
import type { NoteReport } from '../../core/notes/types.js';
import type { AppContext } from '../context.js';
import { type DeliveryView, deliveryView } from '../delivery/delivery.js';
import { checkDraft, type DraftView, toDraftView } from './drafts.js';

export interface MessagePageView {
  draft: DraftView;
  /** The process the message belongs to. */
  about: { company: string; role: string };
  /** The checker's report on the body as saved. */
  report: NoteReport;
  /** Send, schedule, .eml and mailto: emails only (letters and cards are printed). */
  delivery: DeliveryView | null;
}

export async function messagePage(ctx: AppContext, id: Id): Promise<MessagePageView> {
  const repos = ctx.repos;
  const m = await repos.messages.get(id);
  if (!m) throw notFound('message', id);
  const contact = m.contactId ? await repos.contacts.get(m.contactId) : undefined;
  const opportunity = await repos.opportunities.get(m.opportunityId);
  if (!opportunity) throw notFound('opportunity', m.opportunityId);
  return {
    draft: toDraftView(m, contact),
    about: { company: opportunity.company, role: opportunity.role },
    // Saved before reports were kept: checked now, as every view used to.
    report: m.report ?? (await checkDraft(ctx, id)),
    delivery: m.format === 'email' ? await deliveryView(ctx, id) : null,
  };
}
