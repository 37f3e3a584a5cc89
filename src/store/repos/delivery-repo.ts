// A message's way out: draft → queued → sending → sent, or back for a retry, or failed, or
// uncertain when a sender stopped between telling the server and hearing back. Every move is one
// UPDATE guarded by the status it moves from, so two schedulers can never both take a message.
import type { Id, OwnerId } from '../../core/model.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';
import { EDITABLE_STATUSES, messageRepo, type StoredMessage } from './message-repo.js';

/** Statuses a message can be (re)queued from: not yet on its way. */
const QUEUEABLE = EDITABLE_STATUSES;

const changed = (r: { numUpdatedRows: bigint }) => Number(r.numUpdatedRows) > 0;

/** Gives a message its Message-ID and thread parent, once: a later resend keeps the same id. */
async function setThreadHeaders(
  db: Executor,
  owner: OwnerId,
  id: Id,
  headers: { messageId: string; inReplyTo: string | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('messages')
    .set({ header_message_id: headers.messageId, in_reply_to: headers.inReplyTo, updated_at: now })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('header_message_id', 'is', null)
    .where('status', 'in', QUEUEABLE)
    .executeTakeFirst();
  return changed(r);
}

/** Queues a message to go at `scheduledAt` (UTC ISO). False when it is not this owner's or already on its way. */
async function queueMessage(db: Executor, owner: OwnerId, id: Id, scheduledAt: string, now: string) {
  const r = await db
    .updateTable('messages')
    .set({
      status: 'queued',
      scheduled_at: scheduledAt,
      next_attempt_at: null,
      attempts: 0,
      delivery_error: '',
      updated_at: now,
    })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', 'in', QUEUEABLE)
    .executeTakeFirst();
  return changed(r);
}

/** Takes a queued message back to a draft (the user changed their mind). */
async function unqueueMessage(db: Executor, owner: OwnerId, id: Id, now: string): Promise<boolean> {
  const r = await db
    .updateTable('messages')
    .set({ status: 'draft', scheduled_at: null, next_attempt_at: null, updated_at: now })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return changed(r);
}

/** Ids of queued messages whose time (and retry time) has come, oldest first. */
async function listDueMessageIds(db: Executor, owner: OwnerId, now: string): Promise<Id[]> {
  const rows = await db
    .selectFrom('messages')
    .select('id')
    .where('owner', '=', owner)
    .where('status', '=', 'queued')
    .where('scheduled_at', '<=', now)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
    .orderBy('scheduled_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Claims a due message for sending: the intent, written before the server hears of it. One atomic
 * UPDATE … WHERE status = 'queued' AND due: of two schedulers racing, exactly one gets true.
 * `sentTo` records the address it is about to go to, so an uncertain send still says where.
 */
async function claimMessage(db: Executor, owner: OwnerId, id: Id, sentTo: string, now: string) {
  const r = await db
    .updateTable('messages')
    .set((eb) => ({
      status: 'sending',
      sent_to: sentTo,
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .where('scheduled_at', '<=', now)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
    .executeTakeFirst();
  return changed(r);
}

/** The server accepted it. */
async function markSent(db: Executor, owner: OwnerId, id: Id, sentAt: string, now: string) {
  const r = await db
    .updateTable('messages')
    .set({ status: 'sent', sent_at: sentAt, delivery_error: '', next_attempt_at: null, updated_at: now })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return changed(r);
}

/** A temporary failure: back in the queue until `nextAttemptAt`. */
async function markRetry(
  db: Executor,
  owner: OwnerId,
  id: Id,
  failure: { reason: string; nextAttemptAt: string },
  now: string,
) {
  const r = await db
    .updateTable('messages')
    .set({ status: 'queued', delivery_error: failure.reason, next_attempt_at: failure.nextAttemptAt, updated_at: now })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return changed(r);
}

/** A failure that retrying will not fix: unsent, editable, with the reason for the user. */
async function markFailed(db: Executor, owner: OwnerId, id: Id, reason: string, now: string) {
  const r = await db
    .updateTable('messages')
    .set({ status: 'failed', delivery_error: reason, next_attempt_at: null, updated_at: now })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return changed(r);
}

/**
 * Messages left in "sending" since before `staleBefore` were interrupted mid-send: the server may or
 * may not have them. They become uncertain for the user to resolve, never silently sent again.
 */
async function markStaleSendingUncertain(
  db: Executor,
  owner: OwnerId,
  staleBefore: string,
  reason: string,
): Promise<number> {
  const r = await db
    .updateTable('messages')
    // updated_at keeps the claim time: when it (maybe) went out, shown to the user and used if they say it arrived.
    .set({ status: 'uncertain', delivery_error: reason })
    .where('owner', '=', owner)
    .where('status', '=', 'sending')
    .where('updated_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The user says an uncertain message did arrive. */
async function resolveUncertainAsSent(db: Executor, owner: OwnerId, id: Id, sentAt: string, now: string) {
  const r = await db
    .updateTable('messages')
    .set({ status: 'sent', sent_at: sentAt, delivery_error: '', updated_at: now })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'uncertain')
    .executeTakeFirst();
  return changed(r);
}

/** The user asks to send an uncertain message again: queued for now, with the same Message-ID. */
async function requeueUncertain(db: Executor, owner: OwnerId, id: Id, now: string) {
  const r = await db
    .updateTable('messages')
    .set({ status: 'queued', scheduled_at: now, next_attempt_at: null, delivery_error: '', updated_at: now })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'uncertain')
    .executeTakeFirst();
  return changed(r);
}

/** Moves an overdue queued message to `scheduledAt` (the user confirmed it should still go). */
async function rescheduleQueued(db: Executor, owner: OwnerId, id: Id, scheduledAt: string, now: string) {
  const r = await db
    .updateTable('messages')
    .set({ scheduled_at: scheduledAt, next_attempt_at: null, updated_at: now })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return changed(r);
}

/** Cancels queued messages drafted for these touches (the plan moved or dropped them). */
async function cancelQueuedForTouches(
  db: Executor,
  owner: OwnerId,
  touchIds: readonly Id[],
  reason: string,
  now: string,
): Promise<number> {
  if (touchIds.length === 0) return 0;
  const r = await db
    .updateTable('messages')
    .set({ status: 'cancelled', delivery_error: reason, next_attempt_at: null, updated_at: now })
    .where('owner', '=', owner)
    .where('touch_id', 'in', [...touchIds])
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Messages on their way or needing attention: queued, sending, uncertain, failed; soonest first. */
async function listOutbox(db: Executor, owner: OwnerId): Promise<StoredMessage[]> {
  const rows = await db
    .selectFrom('messages')
    .select('id')
    .where('owner', '=', owner)
    .where('status', 'in', ['queued', 'sending', 'uncertain', 'failed'])
    .orderBy('scheduled_at')
    .orderBy('id')
    .execute();
  const messages = messageRepo(db, owner);
  const out: StoredMessage[] = [];
  for (const r of rows) {
    const m = await messages.get(r.id);
    if (m) out.push(m);
  }
  return out;
}

/** Message-IDs of the emails already sent to a contact about an opportunity, oldest first: the thread. */
async function threadMessageIds(db: Executor, owner: OwnerId, opportunityId: Id, contactId: Id) {
  const rows = await db
    .selectFrom('messages')
    .select('header_message_id')
    .where('owner', '=', owner)
    .where('opportunity_id', '=', opportunityId)
    .where('contact_id', '=', contactId)
    .where('status', '=', 'sent')
    .where('format', '=', 'email')
    .where('header_message_id', 'is not', null)
    .orderBy('sent_at')
    .execute();
  return rows.map((r) => r.header_message_id as string);
}

/** The delivery repository, bound to one owner by `repos(db, owner)`. */
export const deliveryRepo = ownerBound({
  setThreadHeaders,
  queue: queueMessage,
  unqueue: unqueueMessage,
  dueIds: listDueMessageIds,
  claim: claimMessage,
  markSent,
  markRetry,
  markFailed,
  markStaleSendingUncertain,
  resolveUncertainAsSent,
  requeueUncertain,
  rescheduleQueued,
  cancelQueuedForTouches,
  outbox: listOutbox,
  threadMessageIds,
});
