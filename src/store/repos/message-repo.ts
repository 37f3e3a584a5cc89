// Saved messages: drafts the composer made (issue 5) and, later, what was sent (issue 6). Every
// function is scoped to one owner; a write that links rows checks each link is the owner's own.
import type { Id, OwnerId } from '../../core/model.js';
import type { DraftFormat, DraftKind, DraftTone } from '../../core/notes/compose/types.js';
import type { NoteReport } from '../../core/notes/types.js';
import { ownsAll } from '../ownership.js';
import type { Executor, MessageTable } from '../schema.js';
import { ownerBound } from './bind.js';

export const MESSAGE_STATUSES = ['draft', 'queued', 'sending', 'sent', 'uncertain', 'failed', 'cancelled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Not yet on its way: a draft, a failed send, or a queued message taken back. Only these can be edited or (re)queued. */
export const EDITABLE_STATUSES: readonly MessageStatus[] = ['draft', 'failed', 'cancelled'];

export interface StoredMessage {
  id: Id;
  opportunityId: Id;
  interviewId: Id;
  touchId: Id | null;
  contactId: Id | null;
  kind: DraftKind;
  format: DraftFormat;
  tone: DraftTone;
  subject: string;
  body: string;
  gaps: string[];
  score: number;
  generic: boolean;
  /** The checker's report on the body as saved; null when saved before reports were kept. */
  report: NoteReport | null;
  status: MessageStatus;
  scheduledAt: string | null;
  sentAt: string | null;
  sentTo: string | null;
  headerMessageId: string | null;
  inReplyTo: string | null;
  deliveryError: string;
  attempts: number;
  nextAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a new draft carries; delivery fields start empty. */
export type NewMessage = Pick<
  StoredMessage,
  | 'id'
  | 'opportunityId'
  | 'interviewId'
  | 'touchId'
  | 'contactId'
  | 'kind'
  | 'format'
  | 'tone'
  | 'subject'
  | 'body'
  | 'gaps'
  | 'score'
  | 'generic'
> &
  Partial<Pick<StoredMessage, 'report'>>;

/** The editable part of a message: text, layout, and the checker's verdict on it. */
export type MessageText = Pick<StoredMessage, 'subject' | 'body' | 'gaps' | 'score' | 'generic' | 'format' | 'tone'> &
  Partial<Pick<StoredMessage, 'report'>>;

const toMessage = (r: MessageTable): StoredMessage => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  interviewId: r.interview_id,
  touchId: r.touch_id,
  contactId: r.contact_id,
  kind: r.kind as DraftKind,
  format: r.format as DraftFormat,
  tone: r.tone as DraftTone,
  subject: r.subject,
  body: r.body,
  gaps: JSON.parse(r.gaps) as string[],
  score: r.score,
  generic: r.generic === 1,
  report: r.report ? (JSON.parse(r.report) as NoteReport) : null,
  status: r.status as MessageStatus,
  scheduledAt: r.scheduled_at,
  sentAt: r.sent_at,
  sentTo: r.sent_to,
  headerMessageId: r.header_message_id,
  inReplyTo: r.in_reply_to,
  deliveryError: r.delivery_error,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Saves a new draft. Refuses (false) when the interview, opportunity, contact or touch is not the owner's. */
async function insertMessage(db: Executor, owner: OwnerId, m: NewMessage, now: string): Promise<boolean> {
  const interview = await db
    .selectFrom('interviews')
    .select('id')
    .where('owner', '=', owner)
    .where('id', '=', m.interviewId)
    .where('opportunity_id', '=', m.opportunityId)
    .executeTakeFirst();
  if (!interview || !(await ownsAll(db, owner, 'contacts', [m.contactId]))) return false;
  if (m.touchId !== null) {
    const touch = await db
      .selectFrom('touches')
      .select('id')
      .where('owner', '=', owner)
      .where('id', '=', m.touchId)
      .where('opportunity_id', '=', m.opportunityId)
      .executeTakeFirst();
    if (!touch) return false;
  }
  await db
    .insertInto('messages')
    .values({
      id: m.id,
      owner,
      opportunity_id: m.opportunityId,
      interview_id: m.interviewId,
      touch_id: m.touchId,
      contact_id: m.contactId,
      kind: m.kind,
      format: m.format,
      tone: m.tone,
      subject: m.subject,
      body: m.body,
      gaps: JSON.stringify(m.gaps),
      score: m.score,
      generic: m.generic ? 1 : 0,
      report: m.report ? JSON.stringify(m.report) : null,
      status: 'draft',
      scheduled_at: null,
      sent_at: null,
      sent_to: null,
      header_message_id: null,
      in_reply_to: null,
      delivery_error: '',
      attempts: 0,
      next_attempt_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return true;
}

async function getMessage(db: Executor, owner: OwnerId, id: Id): Promise<StoredMessage | undefined> {
  const row = await db
    .selectFrom('messages')
    .selectAll()
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMessage(row);
}

/** The owner's messages, newest first; only one interview's when `interviewId` is given. */
async function listMessages(
  db: Executor,
  owner: OwnerId,
  filter: { interviewId?: Id; contactId?: Id; touchId?: Id } = {},
): Promise<StoredMessage[]> {
  let q = db.selectFrom('messages').selectAll().where('owner', '=', owner);
  if (filter.interviewId) q = q.where('interview_id', '=', filter.interviewId);
  if (filter.contactId) q = q.where('contact_id', '=', filter.contactId);
  if (filter.touchId) q = q.where('touch_id', '=', filter.touchId);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toMessage);
}

/**
 * Replaces a message's text and verdict. Only a message not on its way can change: a draft, one
 * whose delivery failed, or a queued one cancelled by re-planning. False when there is no such message of this owner.
 */
async function updateMessageText(
  db: Executor,
  owner: OwnerId,
  id: Id,
  text: MessageText,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('messages')
    .set({
      subject: text.subject,
      body: text.body,
      gaps: JSON.stringify(text.gaps),
      score: text.score,
      generic: text.generic ? 1 : 0,
      // A text without a report clears the old one: it was about other words.
      report: text.report ? JSON.stringify(text.report) : null,
      format: text.format,
      tone: text.tone,
      updated_at: now,
    })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', 'in', EDITABLE_STATUSES)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Deletes a message that has not been sent; false when there is none of this owner's to delete. */
async function deleteMessage(db: Executor, owner: OwnerId, id: Id): Promise<boolean> {
  const r = await db
    .deleteFrom('messages')
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', 'in', EDITABLE_STATUSES)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The messages repository, bound to one owner by `repos(db, owner)`. */
export const messageRepo = ownerBound({
  insert: insertMessage,
  get: getMessage,
  list: listMessages,
  updateText: updateMessageText,
  delete: deleteMessage,
});
