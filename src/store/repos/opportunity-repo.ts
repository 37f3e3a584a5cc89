import type { Id, Opportunity, OpportunityStatus, OwnerId } from '../../core/model.js';
import type { Executor, OpportunityTable } from '../schema.js';
import { ownerBound } from './bind.js';

const toOpportunity = (r: OpportunityTable): Opportunity => ({
  id: r.id,
  company: r.company,
  role: r.role,
  postingUrl: r.posting_url,
  why: r.why,
  strength: r.strength,
  status: r.status as OpportunityStatus,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

async function insertOpportunity(db: Executor, owner: OwnerId, o: Opportunity): Promise<void> {
  await db
    .insertInto('opportunities')
    .values({
      id: o.id,
      owner,
      company: o.company,
      role: o.role,
      posting_url: o.postingUrl,
      why: o.why,
      strength: o.strength,
      status: o.status,
      created_at: o.createdAt,
      updated_at: o.updatedAt,
    })
    .execute();
}

async function getOpportunity(db: Executor, owner: OwnerId, id: Id): Promise<Opportunity | undefined> {
  const row = await db
    .selectFrom('opportunities')
    .selectAll()
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toOpportunity(row);
}

async function listOpportunities(db: Executor, owner: OwnerId): Promise<Opportunity[]> {
  const rows = await db
    .selectFrom('opportunities')
    .selectAll()
    .where('owner', '=', owner)
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toOpportunity);
}

/** The most recent opportunity with this company and role (case-insensitive) in one of `statuses`. */
async function findOpportunity(
  db: Executor,
  owner: OwnerId,
  company: string,
  role: string,
  statuses: readonly OpportunityStatus[],
): Promise<Opportunity | undefined> {
  const row = await db
    .selectFrom('opportunities')
    .selectAll()
    .where('owner', '=', owner)
    .where((eb) => eb(eb.fn('lower', ['company']), '=', company.toLowerCase()))
    .where((eb) => eb(eb.fn('lower', ['role']), '=', role.toLowerCase()))
    .where('status', 'in', [...statuses])
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
  return row && toOpportunity(row);
}

export type OpportunityPatch = Partial<
  Pick<Opportunity, 'company' | 'role' | 'postingUrl' | 'why' | 'strength' | 'status'>
>;

async function updateOpportunity(
  db: Executor,
  owner: OwnerId,
  id: Id,
  patch: OpportunityPatch,
  now: string,
): Promise<boolean> {
  const set: Partial<OpportunityTable> = { updated_at: now };
  if (patch.company !== undefined) set.company = patch.company;
  if (patch.role !== undefined) set.role = patch.role;
  if (patch.postingUrl !== undefined) set.posting_url = patch.postingUrl;
  if (patch.why !== undefined) set.why = patch.why;
  if (patch.strength !== undefined) set.strength = patch.strength;
  if (patch.status !== undefined) set.status = patch.status;
  const r = await db
    .updateTable('opportunities')
    .set(set)
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Deletes an opportunity that no longer has any interview; returns whether it did. */
async function deleteOpportunityIfEmpty(db: Executor, owner: OwnerId, id: Id): Promise<boolean> {
  const r = await db
    .deleteFrom('opportunities')
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('interviews').select('id').where('interviews.opportunity_id', '=', id))),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The opportunities repository, bound to one owner by `repos(db, owner)`. */
export const opportunityRepo = ownerBound({
  insert: insertOpportunity,
  get: getOpportunity,
  list: listOpportunities,
  find: findOpportunity,
  update: updateOpportunity,
  deleteIfEmpty: deleteOpportunityIfEmpty,
});
