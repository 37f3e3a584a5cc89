// Reads across all of one owner's opportunities, for the contacts view and the follow-up record.
import { sql } from 'kysely';
import type { OwnerId } from '../../core/model.js';
import type { HistoryKind, TouchKind } from '../../core/plan/types.js';
import { toEvent, toTouch } from '../row-mappers.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';
import type { StoredEvent } from './event-repo.js';
import type { StoredTouch } from './touch-repo.js';

/**
 * Every touch of every plan of the owner, cancelled included, by due date, with when it last changed;
 * only touches of `kinds` when given.
 */
async function listAllTouches(
  db: Executor,
  owner: OwnerId,
  filter: { kinds?: readonly TouchKind[] } = {},
): Promise<(StoredTouch & { updatedAt: string })[]> {
  let q = db.selectFrom('touches').selectAll().where('owner', '=', owner);
  if (filter.kinds) q = filter.kinds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('kind', 'in', filter.kinds);
  const rows = await q.orderBy('due_at').execute();
  return rows.map((r) => ({ ...toTouch(r), updatedAt: r.updated_at }));
}

/** Every logged event of the owner, oldest first; only events of `kinds` when given. */
async function listAllEvents(
  db: Executor,
  owner: OwnerId,
  filter: { kinds?: readonly HistoryKind[] } = {},
): Promise<StoredEvent[]> {
  let q = db.selectFrom('events').selectAll().where('owner', '=', owner);
  if (filter.kinds) q = filter.kinds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('kind', 'in', filter.kinds);
  const rows = await q.orderBy('at').execute();
  return rows.map(toEvent);
}

/** The insight repository, bound to one owner by `repos(db, owner)`. */
export const insightRepo = ownerBound({ allTouches: listAllTouches, allEvents: listAllEvents });
