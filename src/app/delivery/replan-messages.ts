// Re-planning and the outbox: a message queued for a touch the plan has since moved or dropped must
// not go out at the old time, so it is cancelled (and shown as such) for the user to reschedule.
import type { Id } from '../../core/model.js';
import { cancelQueuedForTouches } from '../../store/repos/delivery-repo.js';
import { listTouches, type StoredTouch } from '../../store/repos/touch-repo.js';
import type { Executor } from '../../store/schema.js';
import type { AppContext } from '../context.js';

/** The plan before a change, to compare with after it. */
export const touchesBefore = (db: Executor, ctx: AppContext, opportunityId: Id) =>
  listTouches(db, ctx.owner, opportunityId);

export async function cancelMessagesOfChangedTouches(
  db: Executor,
  ctx: AppContext,
  opportunityId: Id,
  before: StoredTouch[],
  now: string,
): Promise<number> {
  const after = new Map((await listTouches(db, ctx.owner, opportunityId)).map((t) => [t.id, t]));
  const dropped: Id[] = [];
  const moved: Id[] = [];
  for (const old of before) {
    const t = after.get(old.id);
    if (!t || (t.status === 'cancelled' && old.status !== 'cancelled')) dropped.push(old.id);
    else if (t.dueAt !== old.dueAt) moved.push(old.id);
  }
  return (
    (await cancelQueuedForTouches(
      db,
      ctx.owner,
      dropped,
      'Cancelled: the plan no longer has this follow-up. Schedule it again if you still want to send it.',
      now,
    )) +
    (await cancelQueuedForTouches(
      db,
      ctx.owner,
      moved,
      'Cancelled: the plan moved this follow-up to another date. Schedule it again for the new time.',
      now,
    ))
  );
}
