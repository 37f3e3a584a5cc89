import { AppError, badInput, notFound } from '../../core/errors.js';
import type { Contact, Id, InterviewRecord } from '../../core/model.js';
import { composeDraft } from '../../core/notes/compose/index.js';
import type { DraftFormat, DraftKind, DraftTone } from '../../core/notes/compose/types.js';
import { gapsIn } from '../../core/notes/compose/words.js';
import type { NoteReport } from '../../core/notes/types.js';
import type { TouchKind } from '../../core/plan/types.js';
import type { Repos } from '../../store/repos/index.js';
import { EDITABLE_STATUSES, type StoredMessage } from '../../store/repos/message-repo.js';
import type { StoredTouch } from '../../store/repos/touch-repo.js';
import type { AppContext } from '../context.js';
import { loadRecord } from '../interviews/records.js';
import { parseInput } from '../validate.js';
import { textProblem } from './check.js';
import {
  type DraftEdit,
  type DraftInput,
  draftEdit,
  draftInput,
  type RegenerateInput,
  regenerateInput,
} from './draft-inputs.js';
import { composeInputFor, noEmail, recipientOf, scoreFor } from './draft-sources.js';

/** A saved draft as front ends show it; `to` is who it is for. */
export interface DraftView {
  id: Id;
  interviewId: Id;
  touchId: Id | null;
  kind: DraftKind;
  to: { contactId: Id | null; name: string; email: string | null };
  format: DraftFormat;
  tone: DraftTone;
  subject: string;
  body: string;
  /** The inputs still missing, one per `[add: …]` left in the body; empty for a full draft. */
  gaps: string[];
  score: number;
  generic: boolean;
  status: StoredMessage['status'];
  /** Not yet on its way: the text can still change. */
  editable: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What kind of message each touch of the plan calls for. */
const KIND_OF_TOUCH: Record<TouchKind, { kind: DraftKind; round?: 1 | 2; format?: DraftFormat }> = {
  'thank-you': { kind: 'thank-you' },
  'thank-you-card': { kind: 'thank-you', format: 'card' },
  'check-in-1': { kind: 'check-in', round: 1 },
  'check-in-2': { kind: 'check-in', round: 2 },
  'close-the-loop': { kind: 'check-in', round: 2 },
  'rejection-reply': { kind: 'rejection-reply' },
  'keep-warm': { kind: 'keep-warm' },
};

export async function createDraft(ctx: AppContext, raw: DraftInput): Promise<DraftView> {
  const input = parseInput(draftInput, raw);
  const repos = ctx.repos;
  const record = await loadRecord(repos, input.interviewId);
  const touch = input.touchId ? await touchOf(ctx, input.touchId, record) : null;
  const fromTouch = touch ? KIND_OF_TOUCH[touch.kind] : null;
  const kind = fromTouch?.kind ?? input.kind;
  const tone = input.tone ?? 'warm';
  const recipient = await recipientOf(ctx, record, kind, input.to, touch);
  // Asked for nothing in particular, someone without an email address gets a letter.
  const format = input.format ?? fromTouch?.format ?? (recipient.email ? 'email' : 'letter');
  if (format === 'email' && !recipient.email) throw noEmail(recipient, record.id);

  const earlier = await repos.messages.list({ contactId: recipient.id });
  const round = input.round ?? fromTouch?.round ?? (earlier.some((m) => m.kind === 'check-in') ? 2 : 1);
  const composeInput = await composeInputFor(ctx, record, recipient, { kind, format, tone, round }, earlier);
  const draft = composeDraft(composeInput);
  const report = await scoreFor(ctx, record, recipient.id, draft.body, format, kind);
  const id = ctx.newId('msg');
  const saved = await repos.messages.insert(
    {
      id,
      opportunityId: record.opportunityId,
      interviewId: record.id,
      touchId: touch?.id ?? null,
      contactId: recipient.id,
      kind,
      format,
      tone,
      subject: draft.subject,
      body: draft.body,
      gaps: draft.gaps,
      score: report.score,
      generic: report.generic,
      report,
    },
    ctx.clock.now().toISOString(),
  );
  if (!saved) throw new AppError('conflict', 'The interview changed while drafting; try again.');
  return viewOf(ctx, await mustGet(ctx, id));
}

export async function getDraft(ctx: AppContext, id: Id): Promise<DraftView> {
  return viewOf(ctx, await mustGet(ctx, id));
}

/**
 * The checker's full report on a draft: which checks pass, with evidence and advice. With `text`,
 * on that text instead of the saved body (the editor's live score), and nothing is saved.
 */
export async function checkDraft(ctx: AppContext, id: Id, text?: string): Promise<NoteReport> {
  if (text !== undefined) {
    const problem = textProblem('body', text);
    if (problem) throw badInput([problem]);
  }
  const m = await mustGet(ctx, id);
  const record = await loadRecord(ctx.repos, m.interviewId);
  return scoreFor(ctx, record, m.contactId, text ?? m.body, m.format, m.kind, m.id);
}

/** The draft for a touch of the plan: the one already saved for it, or a new one. */
export async function draftForTouch(ctx: AppContext, touchId: Id, choice: RegenerateInput = {}): Promise<DraftView> {
  const touch = await ctx.repos.touches.get(touchId);
  if (!touch) throw notFound('touch', touchId);
  const [existing] = await ctx.repos.messages.list({ touchId });
  if (existing) return viewOf(ctx, existing);
  const kind = KIND_OF_TOUCH[touch.kind].kind;
  return createDraft(ctx, { interviewId: touch.interviewId, kind, touchId, ...choice });
}

export async function listDrafts(ctx: AppContext, filter: { interviewId?: Id } = {}): Promise<DraftView[]> {
  // An unknown interview is not-found, not an empty list.
  if (filter.interviewId && !(await ctx.repos.interviews.get(filter.interviewId))) {
    throw notFound('interview', filter.interviewId);
  }
  return draftViews(ctx.repos, await ctx.repos.messages.list(filter));
}

/** Saves the user's edit and scores it again. */
export async function editDraft(ctx: AppContext, id: Id, raw: DraftEdit): Promise<DraftView> {
  const edit = parseInput(draftEdit, raw);
  if (edit.body !== undefined) {
    const problem = textProblem('body', edit.body);
    if (problem) throw badInput([problem]);
  }
  const m = await mustGet(ctx, id);
  const body = edit.body ?? m.body;
  const record = await loadRecord(ctx.repos, m.interviewId);
  const report = await scoreFor(ctx, record, m.contactId, body, m.format, m.kind, m.id);
  await save(ctx, m, {
    subject: (edit.subject ?? m.subject).replace(/\s+/gu, ' ').trim(),
    body,
    format: m.format,
    tone: m.tone,
    report,
  });
  return viewOf(ctx, await mustGet(ctx, id));
}

/** Writes the draft again from the recorded inputs, in another format or tone; the user's edits are replaced. */
export async function regenerateDraft(ctx: AppContext, id: Id, raw: RegenerateInput): Promise<DraftView> {
  const change = parseInput(regenerateInput, raw);
  const m = await mustGet(ctx, id);
  const record = await loadRecord(ctx.repos, m.interviewId);
  const recipient = m.contactId ? await ctx.repos.contacts.get(m.contactId) : undefined;
  if (!recipient) throw new AppError('conflict', `The recipient of ${id} was deleted; draft a new message instead.`);
  const format = change.format ?? m.format;
  const tone = change.tone ?? m.tone;
  if (format === 'email' && !recipient.email) throw noEmail(recipient, record.id);
  const touch = m.touchId ? await ctx.repos.touches.get(m.touchId) : undefined;
  const round = touch ? (KIND_OF_TOUCH[touch.kind].round ?? 1) : 1;
  const earlier = (await ctx.repos.messages.list({ contactId: recipient.id })).filter((e) => e.id !== id);
  const draft = composeDraft(
    await composeInputFor(ctx, record, recipient, { kind: m.kind, format, tone, round }, earlier),
  );
  const report = await scoreFor(ctx, record, recipient.id, draft.body, format, m.kind, m.id);
  await save(ctx, m, { subject: draft.subject, body: draft.body, format, tone, report });
  return viewOf(ctx, await mustGet(ctx, id));
}

export async function deleteDraft(ctx: AppContext, id: Id): Promise<void> {
  const m = await mustGet(ctx, id);
  if (!(await ctx.repos.messages.delete(id))) throw notEditable(m);
}

async function save(
  ctx: AppContext,
  m: StoredMessage,
  next: { subject: string; body: string; format: DraftFormat; tone: DraftTone; report: NoteReport },
): Promise<void> {
  const ok = await ctx.repos.messages.updateText(
    m.id,
    {
      subject: next.subject,
      body: next.body,
      gaps: gapsIn(next.body),
      score: next.report.score,
      generic: next.report.generic,
      report: next.report,
      format: next.format,
      tone: next.tone,
    },
    ctx.clock.now().toISOString(),
  );
  if (!ok) throw notEditable(m);
}

async function mustGet(ctx: AppContext, id: Id): Promise<StoredMessage> {
  const m = await ctx.repos.messages.get(id);
  if (!m) throw notFound('message', id);
  return m;
}

async function viewOf(ctx: AppContext, m: StoredMessage): Promise<DraftView> {
  const c = m.contactId ? await ctx.repos.contacts.get(m.contactId) : undefined;
  return toDraftView(m, c);
}

/** Many drafts as views, their recipients read in one query (none for those already `known`). */
export async function draftViews(
  repos: Repos,
  messages: StoredMessage[],
  known: ReadonlyMap<Id, Contact> = new Map(),
): Promise<DraftView[]> {
  const ids = messages.map((m) => m.contactId).filter((id): id is Id => id !== null && !known.has(id));
  const contacts = new Map(known);
  if (ids.length > 0) for (const [id, c] of await repos.contacts.listByIds(ids)) contacts.set(id, c);
  return messages.map((m) => toDraftView(m, m.contactId ? contacts.get(m.contactId) : undefined));
}

export function toDraftView(m: StoredMessage, c: Contact | undefined): DraftView {
  return {
    id: m.id,
    interviewId: m.interviewId,
    touchId: m.touchId,
    kind: m.kind,
    to: { contactId: m.contactId, name: c?.name ?? '', email: c?.email ?? null },
    format: m.format,
    tone: m.tone,
    subject: m.subject,
    body: m.body,
    gaps: m.gaps,
    score: m.score,
    generic: m.generic,
    status: m.status,
    editable: EDITABLE_STATUSES.includes(m.status),
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

async function touchOf(ctx: AppContext, touchId: Id, record: InterviewRecord): Promise<StoredTouch> {
  const touch = await ctx.repos.touches.get(touchId);
  if (!touch) throw notFound('touch', touchId);
  if (touch.opportunityId !== record.opportunityId) {
    throw badInput([{ field: 'touchId', message: `${touchId} belongs to another opportunity than ${record.id}` }]);
  }
  return touch;
}

const notEditable = (m: StoredMessage) =>
  new AppError('conflict', `Message ${m.id} is ${m.status} and can no longer be changed; draft a new one instead.`);
