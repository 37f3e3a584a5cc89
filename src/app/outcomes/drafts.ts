// Drafts the outcome flows offer (a rejection reply, withdrawal notes): the drafts API makes them,
// so they are composed, scored and saved like any other draft and open in the same editor.
import type { Id } from '../../core/model.js';
import type { DraftKind } from '../../core/notes/compose/index.js';
import type { AppContext } from '../context.js';
import { createDraft, type DraftView } from '../messages/drafts.js';

export interface OutcomeDraftRequest {
  interviewId: Id;
  kind: Extract<DraftKind, 'rejection-reply' | 'withdrawal' | 'keep-warm'>;
  contactId: Id;
  touchId: Id | null;
}

/** Composes and saves one draft; null when the contact is gone. */
export async function draftFor(ctx: AppContext, req: OutcomeDraftRequest): Promise<DraftView | null> {
  const contact = await ctx.repos.contacts.get(req.contactId);
  if (!contact) return null;
  return createDraft(ctx, {
    interviewId: req.interviewId,
    kind: req.kind,
    ...(req.touchId ? { touchId: req.touchId } : { to: contact.email ?? contact.name }),
  });
}
