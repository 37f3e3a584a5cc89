// The owner's calendar feed: the hash of its secret token and when it was made. Rotating replaces
// the row, so the old URL stops working at once.
import type { OwnerId } from '../../core/model.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';

export interface StoredCalendarFeed {
  tokenHash: string;
  createdAt: string;
}

async function getCalendarFeed(db: Executor, owner: OwnerId): Promise<StoredCalendarFeed | undefined> {
  const row = await db.selectFrom('calendar_feeds').selectAll().where('owner', '=', owner).executeTakeFirst();
  return row && { tokenHash: row.token_hash, createdAt: row.created_at };
}

/** Sets the owner's feed token hash, replacing any earlier one. */
async function saveCalendarFeed(db: Executor, owner: OwnerId, tokenHash: string, now: string): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({ owner, token_hash: tokenHash, created_at: now })
    .onConflict((oc) => oc.column('owner').doUpdateSet({ token_hash: tokenHash, created_at: now }))
    .execute();
}

/** The calendarFeed repository, bound to one owner by `repos(db, owner)`. */
export const calendarFeedRepo = ownerBound({ get: getCalendarFeed, save: saveCalendarFeed });
