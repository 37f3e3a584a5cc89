// The time frame each opportunity's plan was computed from, kept at every re-plan so a page can
// show it without understanding the phrase again.
import type { Id, OwnerId } from '../../core/model.js';
import type { TimeFrame } from '../../core/timeframe/types.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';

export interface StoredPlanTimeFrame {
  opportunityId: Id;
  /** The round the plan followed when it was computed. */
  roundId: Id;
  timeFrame: TimeFrame;
  updatedAt: string;
}

/** Keeps the plan's time frame; false when the round is not this owner's round of that opportunity. */
async function savePlanTimeFrame(
  db: Executor,
  owner: OwnerId,
  opportunityId: Id,
  roundId: Id,
  timeFrame: TimeFrame,
  now: string,
): Promise<boolean> {
  const round = await db
    .selectFrom('interviews')
    .select('id')
    .where('owner', '=', owner)
    .where('id', '=', roundId)
    .where('opportunity_id', '=', opportunityId)
    .executeTakeFirst();
  if (!round) return false;
  const values = { round_id: roundId, time_frame: JSON.stringify(timeFrame), updated_at: now };
  await db
    .insertInto('plan_time_frames')
    .values({ owner, opportunity_id: opportunityId, ...values })
    .onConflict((oc) => oc.column('opportunity_id').doUpdateSet(values).where('plan_time_frames.owner', '=', owner))
    .execute();
  return true;
}

async function getPlanTimeFrame(
  db: Executor,
  owner: OwnerId,
  opportunityId: Id,
): Promise<StoredPlanTimeFrame | undefined> {
  const row = await db
    .selectFrom('plan_time_frames')
    .selectAll()
    .where('owner', '=', owner)
    .where('opportunity_id', '=', opportunityId)
    .executeTakeFirst();
  return (
    row && {
      opportunityId: row.opportunity_id,
      roundId: row.round_id,
      timeFrame: JSON.parse(row.time_frame) as TimeFrame,
      updatedAt: row.updated_at,
    }
  );
}

/** The plans' time frames repository, bound to one owner by `repos(db, owner)`. */
export const planRepo = ownerBound({
  getTimeFrame: getPlanTimeFrame,
  saveTimeFrame: savePlanTimeFrame,
});
