// Reads across all of one owner's opportunities, for the contacts view and the follow-up record.

import { sql } from 'kysely';
import type { OwnerId } from '../../core/model.js';
import type { HistoryKind, PlannedTouch, TouchKind, TouchStatus } from '../../core/plan/types.js';
import type { Executor } from '../schema.js';
import type { StoredEvent } from './event-repo.js';
import type { StoredTouch } from './touch-repo.js';

/**
 * Every touch of every plan of the owner, cancelled included, by due date, with when it last changed;
 * only touches of `kinds` when given.
 */
export async function listAllTouches(
  db: Executor,
  owner: OwnerId,
  filter: { kinds?: readonly TouchKind[] } = {},
): Promise<(StoredTouch & { updatedAt: string })[]> {
  let q = db.selectFrom('touches').selectAll().where('owner', '=', owner);
  if (filter.kinds) q = filter.kinds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('kind', 'in', filter.kinds);
  const rows = await q.orderBy('due_at').execute();
  return rows.map((r) => ({
    id: r.id,
    opportunityId: r.opportunity_id,
    interviewId: r.interview_id,
    key: r.key,
    kind: r.kind as TouchKind,
    contactId: r.contact_id,
    channel: r.channel as PlannedTouch['channel'],
    dueAt: r.due_at,
    dueLocal: r.due_local,
    timeZone: r.time_zone,
    reason: r.reason,
    status: r.status as TouchStatus,
    snoozedUntil: r.snoozed_until,
    completedAt: r.completed_at,
    updatedAt: r.updated_at,
  }));
}

/** Every logged event of the owner, oldest first; only events of `kinds` when given. */
export async function listAllEvents(
  db: Executor,
  owner: OwnerId,
  filter: { kinds?: readonly HistoryKind[] } = {},
): Promise<StoredEvent[]> {
  let q = db.selectFrom('events').selectAll().where('owner', '=', owner);
  if (filter.kinds) q = filter.kinds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('kind', 'in', filter.kinds);
  const rows = await q.orderBy('at').execute();
  return rows.map((r) => ({
    id: r.id,
    opportunityId: r.opportunity_id,
    interviewId: r.interview_id,
    kind: r.kind as HistoryKind,
    contactId: r.contact_id,
    at: r.at,
    timeframe: r.timeframe,
    touchKind: r.touch_kind as TouchKind | null,
    note: r.note,
    createdAt: r.created_at,
  }));
}
