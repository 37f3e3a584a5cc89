import {
  type Channel,
  EMPTY_NEXT_STEPS,
  type Id,
  type NextSteps,
  type OwnerId,
  type Permission,
} from '../../core/model.js';
import { chunks, ownsAll } from '../ownership.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';

async function getNextSteps(db: Executor, owner: OwnerId, interviewId: Id): Promise<NextSteps> {
  return (await listNextSteps(db, owner, [interviewId])).get(interviewId) ?? { ...EMPTY_NEXT_STEPS };
}

/** The next steps of many interviews at once, by interview id; an interview without any is absent. */
async function listNextSteps(db: Executor, owner: OwnerId, interviewIds: readonly Id[]): Promise<Map<Id, NextSteps>> {
  const out = new Map<Id, NextSteps>();
  for (const ids of chunks(interviewIds)) {
    const rows = await db
      .selectFrom('next_steps')
      .selectAll()
      .where('owner', '=', owner)
      .where('interview_id', 'in', ids)
      .execute();
    for (const row of rows) {
      out.set(row.interview_id, {
        timeframe: row.timeframe,
        contactId: row.contact_id,
        permission: row.permission as Permission,
        channel: row.channel as Channel,
        nextStep: row.next_step,
        card: row.card === 1,
      });
    }
  }
  return out;
}

/** Records the next steps; refuses (false) when the interview or contact is not this owner's. */
async function saveNextSteps(
  db: Executor,
  owner: OwnerId,
  interviewId: Id,
  n: NextSteps,
  now: string,
): Promise<boolean> {
  if (!(await ownsAll(db, owner, 'interviews', [interviewId]))) return false;
  if (!(await ownsAll(db, owner, 'contacts', [n.contactId]))) return false;
  const values = {
    timeframe: n.timeframe,
    contact_id: n.contactId,
    permission: n.permission,
    channel: n.channel,
    next_step: n.nextStep,
    card: n.card ? 1 : 0,
    updated_at: now,
  };
  await db
    .insertInto('next_steps')
    .values({ owner, interview_id: interviewId, ...values })
    .onConflict((oc) => oc.column('interview_id').doUpdateSet(values).where('next_steps.owner', '=', owner))
    .execute();
  return true;
}

/** The nextSteps repository, bound to one owner by `repos(db, owner)`. */
export const nextStepsRepo = ownerBound({ get: getNextSteps, list: listNextSteps, save: saveNextSteps });
