// Re-planning and the outbox: a message queued for a touch the plan has since moved or dropped must
// not go out at the old time, so it is cancelled (and shown as such) for the user to reschedule.
import type { Id } from '../../core/model.js';
import type { Repos } from '../../store/repos/index.js';
import type { StoredTouch } from '../../store/repos/touch-repo.js';

/** The plan before a change, to compare with after it. */
export const touchesBefore = (repos: Repos, opportunityId: Id) => repos.touches.list(opportunityId);

export async function cancelMessagesOfChangedTouches(
  repos: Repos,
  opportunityId: Id,
  before: StoredTouch[],
  now: string,
): Promise<number> {
  const after = new Map((await repos.touches.list(opportunityId)).map((t) => [t.id, t]));
  const dropped: Id[] = [];
  const moved: Id[] = [];
  for (const old of before) {
    const t = after.get(old.id);
    if (!t || (t.status === 'cancelled' && old.status !== 'cancelled')) dropped.push(old.id);
    else if (t.dueAt !== old.dueAt) moved.push(old.id);
  }
  return (
    (await repos.delivery.cancelQueuedForTouches(
      dropped,
      'Cancelled: the plan no longer has this follow-up. Schedule it again if you still want to send it.',
      now,
    )) +
    (await repos.delivery.cancelQueuedForTouches(
      moved,
      'Cancelled: the plan moved this follow-up to another date. Schedule it again for the new time.',
      now,
    ))
  );
}
