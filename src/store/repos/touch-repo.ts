// Stored touches of the follow-up plan. Recomputation upserts by key, so a touch the user marked
// done, skipped or snoozed keeps that state; pending touches the plan no longer wants are cancelled.
import type { Id, OwnerId } from '../../core/model.js';
import { isOpenTouch, OPEN_TOUCH_STATUSES } from '../../core/plan/index.js';
import type { PlannedTouch, TouchStatus } from '../../core/plan/types.js';
import { ownsAll } from '../ownership.js';
import type { StoredTouch } from '../row-mappers.js';
import { toTouch } from '../row-mappers.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';

export type { StoredTouch };

/** A due touch with what a list needs to show it. */
export interface DueTouch extends StoredTouch {
  company: string;
  role: string;
  contactName: string | null;
  contactEmail: string | null;
}

async function listTouches(db: Executor, owner: OwnerId, opportunityId: Id): Promise<StoredTouch[]> {
  const rows = await db
    .selectFrom('touches')
    .selectAll()
    .where('owner', '=', owner)
    .where('opportunity_id', '=', opportunityId)
    .orderBy('due_at')
    .orderBy('key')
    .execute();
  return rows.map(toTouch);
}

async function getTouch(db: Executor, owner: OwnerId, id: Id): Promise<StoredTouch | undefined> {
  const row = await db
    .selectFrom('touches')
    .selectAll()
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toTouch(row);
}

/**
 * Brings the stored plan of one opportunity in line with `planned` for round `interviewId`.
 * Refuses (false) when the opportunity or interview is not this owner's.
 */
async function syncTouches(
  db: Executor,
  owner: OwnerId,
  opportunityId: Id,
  interviewId: Id,
  planned: PlannedTouch[],
  newId: () => Id,
  now: string,
): Promise<boolean> {
  const interview = await db
    .selectFrom('interviews')
    .select('id')
    .where('owner', '=', owner)
    .where('id', '=', interviewId)
    .where('opportunity_id', '=', opportunityId)
    .executeTakeFirst();
  if (!interview) return false;
  if (
    !(await ownsAll(
      db,
      owner,
      'contacts',
      planned.map((p) => p.contactId),
    ))
  )
    return false;
  const existing = new Map((await listTouches(db, owner, opportunityId)).map((t) => [t.key, t]));
  for (const p of planned) {
    const values = {
      interview_id: interviewId,
      kind: p.kind,
      contact_id: p.contactId,
      channel: p.channel,
      due_at: p.dueAt,
      due_local: p.dueLocal,
      time_zone: p.timeZone,
      reason: p.reason,
      updated_at: now,
    };
    const old = existing.get(p.key);
    existing.delete(p.key);
    if (!old) {
      await db
        .insertInto('touches')
        .values({
          id: newId(),
          owner,
          opportunity_id: opportunityId,
          key: p.key,
          status: 'pending',
          snoozed_until: null,
          completed_at: null,
          created_at: now,
          ...values,
        })
        .execute();
    } else {
      // A touch the plan wants again comes back from cancelled; user-set states stay.
      const status = old.status === 'cancelled' ? 'pending' : old.status;
      await db
        .updateTable('touches')
        .set({ ...values, status })
        .where('owner', '=', owner)
        .where('id', '=', old.id)
        .execute();
    }
  }
  const dropped = [...existing.values()].filter((t) => isOpenTouch(t)).map((t) => t.id);
  if (dropped.length > 0) {
    await db
      .updateTable('touches')
      .set({ status: 'cancelled', updated_at: now })
      .where('owner', '=', owner)
      .where('id', 'in', dropped)
      .execute();
  }
  return true;
}

/** Cancels every open touch of an opportunity (it closed: offer accepted, rejected, ...). */
async function cancelOpenTouches(db: Executor, owner: OwnerId, opportunityId: Id, now: string): Promise<number> {
  const r = await db
    .updateTable('touches')
    .set({ status: 'cancelled', updated_at: now })
    .where('owner', '=', owner)
    .where('opportunity_id', '=', opportunityId)
    .where('status', 'in', [...OPEN_TOUCH_STATUSES])
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

async function setTouchStatus(
  db: Executor,
  owner: OwnerId,
  id: Id,
  change: { status: TouchStatus; snoozedUntil?: string | null; completedAt?: string | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('touches')
    .set({
      status: change.status,
      snoozed_until: change.snoozedUntil ?? null,
      completed_at: change.completedAt ?? null,
      updated_at: now,
    })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Open touches due before `until` (UTC ISO), most urgent first; a snoozed touch is due when its snooze ends. */
async function listDueTouches(db: Executor, owner: OwnerId, until: string): Promise<DueTouch[]> {
  const rows = await db
    .selectFrom('touches as t')
    .innerJoin('opportunities as o', (j) => j.onRef('o.id', '=', 't.opportunity_id').on('o.owner', '=', owner))
    .leftJoin('contacts as c', (j) => j.onRef('c.id', '=', 't.contact_id').on('c.owner', '=', owner))
    .selectAll('t')
    .select(['o.company', 'o.role', 'c.name as contact_name', 'c.email as contact_email'])
    .where('t.owner', '=', owner)
    .where((eb) =>
      eb.or([
        eb.and([eb('t.status', '=', 'pending'), eb('t.due_at', '<=', until)]),
        eb.and([eb('t.status', '=', 'snoozed'), eb('t.snoozed_until', '<=', until)]),
      ]),
    )
    .orderBy((eb) => eb.fn.coalesce('t.snoozed_until', 't.due_at'))
    .orderBy('t.key')
    .execute();
  return rows.map((r) => ({
    ...toTouch(r),
    company: r.company,
    role: r.role,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
  }));
}

/** The touches repository, bound to one owner by `repos(db, owner)`. */
export const touchRepo = ownerBound({
  list: listTouches,
  get: getTouch,
  sync: syncTouches,
  cancelOpen: cancelOpenTouches,
  setStatus: setTouchStatus,
  due: listDueTouches,
});
