// How each process ended (every recorded change, oldest first) and whom the candidate keeps in
// touch with afterwards. Owner-scoped; writes check every linked row is the owner's.
import type { Id, OpportunityStatus, OwnerId } from '../../core/model.js';
import type { Outcome } from '../../core/outcomes.js';
import { ownsAll } from '../ownership.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';

export interface StoredOutcome {
  id: Id;
  opportunityId: Id;
  fromStatus: OpportunityStatus;
  status: Outcome;
  /** Who gave the decision, when known. */
  contactId: Id | null;
  /** When it happened (UTC ISO). */
  at: string;
  createdAt: string;
}

export interface KeepWarmChoice {
  contactId: Id;
  everyMonths: number;
}

async function insertOutcome(db: Executor, owner: OwnerId, o: StoredOutcome): Promise<boolean> {
  if (!(await ownsAll(db, owner, 'opportunities', [o.opportunityId]))) return false;
  if (!(await ownsAll(db, owner, 'contacts', [o.contactId]))) return false;
  await db
    .insertInto('outcomes')
    .values({
      id: o.id,
      owner,
      opportunity_id: o.opportunityId,
      from_status: o.fromStatus,
      status: o.status,
      contact_id: o.contactId,
      at: o.at,
      created_at: o.createdAt,
    })
    .execute();
  return true;
}

/** The owner's outcomes, oldest first; one opportunity's when given. */
async function listOutcomes(db: Executor, owner: OwnerId, opportunityId?: Id): Promise<StoredOutcome[]> {
  let q = db.selectFrom('outcomes').selectAll().where('owner', '=', owner);
  if (opportunityId) q = q.where('opportunity_id', '=', opportunityId);
  const rows = await q.orderBy('at').orderBy('created_at').execute();
  return rows.map((r) => ({
    id: r.id,
    opportunityId: r.opportunity_id,
    fromStatus: r.from_status as OpportunityStatus,
    status: r.status as Outcome,
    contactId: r.contact_id,
    at: r.at,
    createdAt: r.created_at,
  }));
}

async function listKeepWarm(db: Executor, owner: OwnerId, opportunityId: Id): Promise<KeepWarmChoice[]> {
  const rows = await db
    .selectFrom('keep_warm')
    .select(['contact_id', 'every_months'])
    .where('owner', '=', owner)
    .where('opportunity_id', '=', opportunityId)
    .orderBy('created_at')
    .orderBy('contact_id')
    .execute();
  return rows.map((r) => ({ contactId: r.contact_id, everyMonths: Number(r.every_months) }));
}

/** Replaces whom to keep in touch with for one opportunity; false unless every row named is the owner's. */
async function setKeepWarm(
  db: Executor,
  owner: OwnerId,
  opportunityId: Id,
  choices: KeepWarmChoice[],
  now: string,
): Promise<boolean> {
  if (!(await ownsAll(db, owner, 'opportunities', [opportunityId]))) return false;
  if (
    !(await ownsAll(
      db,
      owner,
      'contacts',
      choices.map((c) => c.contactId),
    ))
  )
    return false;
  await db.deleteFrom('keep_warm').where('owner', '=', owner).where('opportunity_id', '=', opportunityId).execute();
  for (const c of choices) {
    await db
      .insertInto('keep_warm')
      .values({
        owner,
        opportunity_id: opportunityId,
        contact_id: c.contactId,
        every_months: c.everyMonths,
        created_at: now,
      })
      .execute();
  }
  return true;
}

/** The outcomes repository, bound to one owner by `repos(db, owner)`. */
export const outcomeRepo = ownerBound({
  insert: insertOutcome,
  list: listOutcomes,
  keepWarm: listKeepWarm,
  setKeepWarm,
});
