// Drafts the outcome flows offer (a rejection reply, withdrawal notes), saved as messages. One small
// function so it can switch to the drafts API (src/app/drafts.ts) once that lands; until then it
// builds the draft the same way: the composer on what was recorded, the checker's verdict, saved.
import type { Id } from '../core/model.js';
import { composeDraft, type DraftKind } from '../core/notes/compose/index.js';
import { checkNote, contextFromRecord } from '../core/notes/index.js';
import { understandTimeFrame } from '../core/timeframe/understand.js';
import { getContact } from '../store/repos/contact-repo.js';
import { getMessage, insertMessage, type StoredMessage } from '../store/repos/message-repo.js';
import { getProfile } from '../store/repos/profile-repo.js';
import { holidayCalendar } from './calendars.js';
import type { AppContext } from './context.js';
import { loadRecord } from './records.js';

export interface OutcomeDraftRequest {
  interviewId: Id;
  kind: Extract<DraftKind, 'rejection-reply' | 'withdrawal' | 'keep-warm'>;
  contactId: Id;
  touchId: Id | null;
}

const EMPTY_PROFILE = { name: '', email: '', phone: '', address: '', signature: '', country: '', timeZone: '' };

/** Composes and saves one draft; null when the contact is gone. Runs in its own transaction. */
export async function draftFor(ctx: AppContext, req: OutcomeDraftRequest): Promise<StoredMessage | null> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const record = await loadRecord(trx, ctx, req.interviewId);
    const recipient = await getContact(trx, ctx.owner, req.contactId);
    if (!recipient) return null;
    const profile = (await getProfile(trx, ctx.owner)) ?? EMPTY_PROFILE;
    const calendar = await holidayCalendar(record.country);
    const day = record.startsAt.slice(0, 10);
    const notes = record.notes.find((n) => n.contactId === recipient.id) ?? null;
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const draft = composeDraft({
      kind: req.kind,
      format: 'email',
      tone: 'warm',
      profile,
      opportunity: record.opportunity,
      interview: { date: day, timeZone: record.timeZone },
      recipient,
      notes,
      timeFrame: record.nextSteps.timeframe
        ? understandTimeFrame({ phrase: record.nextSteps.timeframe, interviewDate: day, calendar })
        : null,
      nextStep: record.nextSteps.nextStep,
      today,
    });
    const onPanel = record.participants.some((p) => p.contact.id === recipient.id);
    const report = checkNote({
      text: draft.body,
      context: contextFromRecord(record, onPanel ? recipient.id : null),
      channel: 'email',
    });
    const id = ctx.newId('msg');
    const saved = await insertMessage(
      trx,
      ctx.owner,
      {
        id,
        opportunityId: record.opportunityId,
        interviewId: record.id,
        touchId: req.touchId,
        contactId: recipient.id,
        kind: draft.kind,
        format: draft.format,
        tone: draft.tone,
        subject: draft.subject,
        body: draft.body,
        gaps: draft.gaps,
        score: report.score,
        generic: report.generic,
      },
      ctx.clock.now().toISOString(),
    );
    return saved ? ((await getMessage(trx, ctx.owner, id)) ?? null) : null;
  });
}
