import type { Id, Interview, InterviewFormat, OwnerId } from '../../core/model.js';
import { ownsAll } from '../ownership.js';
import type { Executor, InterviewTable } from '../schema.js';
import { ownerBound } from './bind.js';

const toInterview = (r: InterviewTable): Interview => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  stage: r.stage,
  startsAt: r.starts_at,
  timeZone: r.time_zone,
  startsAtUtc: r.starts_at_utc,
  country: r.country,
  format: r.format as InterviewFormat,
  location: r.location,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const ownsOpportunity = (db: Executor, owner: OwnerId, id: Id) => ownsAll(db, owner, 'opportunities', [id]);

/** Inserts an interview; refuses (returns false) when the opportunity is not this owner's. */
async function insertInterview(db: Executor, owner: OwnerId, i: Interview): Promise<boolean> {
  if (!(await ownsOpportunity(db, owner, i.opportunityId))) return false;
  await db
    .insertInto('interviews')
    .values({
      id: i.id,
      owner,
      opportunity_id: i.opportunityId,
      stage: i.stage,
      starts_at: i.startsAt,
      time_zone: i.timeZone,
      starts_at_utc: i.startsAtUtc,
      country: i.country,
      format: i.format,
      location: i.location,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
    })
    .execute();
  return true;
}

async function getInterview(db: Executor, owner: OwnerId, id: Id): Promise<Interview | undefined> {
  const row = await db
    .selectFrom('interviews')
    .selectAll()
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toInterview(row);
}

/** All of the owner's interviews (or one opportunity's rounds), most recent first. */
/** The owner's interviews, most recent first; only those of one opportunity, or of several, when given. */
async function listInterviews(db: Executor, owner: OwnerId, opportunityId?: Id | readonly Id[]): Promise<Interview[]> {
  let query = db.selectFrom('interviews').selectAll().where('owner', '=', owner);
  if (typeof opportunityId === 'string') query = query.where('opportunity_id', '=', opportunityId);
  else if (opportunityId !== undefined) {
    if (opportunityId.length === 0) return [];
    query = query.where('opportunity_id', 'in', opportunityId);
  }
  const rows = await query.orderBy('starts_at_utc', 'desc').orderBy('id').execute();
  return rows.map(toInterview);
}

export type InterviewPatch = Partial<Omit<Interview, 'id' | 'createdAt' | 'updatedAt'>>;

async function updateInterview(
  db: Executor,
  owner: OwnerId,
  id: Id,
  patch: InterviewPatch,
  now: string,
): Promise<boolean> {
  if (patch.opportunityId !== undefined && !(await ownsOpportunity(db, owner, patch.opportunityId))) return false;
  const set: Partial<InterviewTable> = { updated_at: now };
  if (patch.opportunityId !== undefined) set.opportunity_id = patch.opportunityId;
  if (patch.stage !== undefined) set.stage = patch.stage;
  if (patch.startsAt !== undefined) set.starts_at = patch.startsAt;
  if (patch.timeZone !== undefined) set.time_zone = patch.timeZone;
  if (patch.startsAtUtc !== undefined) set.starts_at_utc = patch.startsAtUtc;
  if (patch.country !== undefined) set.country = patch.country;
  if (patch.format !== undefined) set.format = patch.format;
  if (patch.location !== undefined) set.location = patch.location;
  const r = await db
    .updateTable('interviews')
    .set(set)
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Deletes the interview and, by cascade, its participants, next steps and notes. */
async function deleteInterview(db: Executor, owner: OwnerId, id: Id): Promise<boolean> {
  const r = await db.deleteFrom('interviews').where('owner', '=', owner).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The interviews repository, bound to one owner by `repos(db, owner)`. */
export const interviewRepo = ownerBound({
  insert: insertInterview,
  get: getInterview,
  list: listInterviews,
  update: updateInterview,
  delete: deleteInterview,
});
