// What happened outside the plan's arithmetic: messages sent, replies, calls, new dates given.
import type { Id, OwnerId } from '../../core/model.js';
import { ownsAll } from '../ownership.js';
import type { StoredEvent } from '../row-mappers.js';
import { toEvent } from '../row-mappers.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';

export type { StoredEvent };

/** Records an event; refuses (false) unless the opportunity, interview and contact are this owner's. */
async function insertEvent(db: Executor, owner: OwnerId, e: StoredEvent): Promise<boolean> {
  const owned =
    (await ownsAll(db, owner, 'opportunities', [e.opportunityId])) &&
    (await ownsAll(db, owner, 'interviews', [e.interviewId])) &&
    (await ownsAll(db, owner, 'contacts', [e.contactId]));
  if (!owned) return false;
  await db
    .insertInto('events')
    .values({
      id: e.id,
      owner,
      opportunity_id: e.opportunityId,
      interview_id: e.interviewId,
      kind: e.kind,
      contact_id: e.contactId,
      at: e.at,
      timeframe: e.timeframe,
      touch_kind: e.touchKind,
      note: e.note,
      created_at: e.createdAt,
    })
    .execute();
  return true;
}

/** An opportunity's events, oldest first. */
async function listEvents(db: Executor, owner: OwnerId, opportunityId: Id): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('owner', '=', owner)
    .where('opportunity_id', '=', opportunityId)
    .orderBy('at')
    .orderBy('created_at')
    .execute();
  return rows.map(toEvent);
}

/** The events repository, bound to one owner by `repos(db, owner)`. */
export const eventRepo = ownerBound({ insert: insertEvent, list: listEvents });
