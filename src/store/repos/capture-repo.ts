// What the candidate noticed right after an interview (the quick capture) and the points they
// prepared for a role. Owner-scoped; writes check the interview or opportunity is the owner's.
import type { Id, OwnerId } from '../../core/model.js';
import { ownsAll } from '../ownership.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';

export interface StoredCapture {
  interviewId: Id;
  cues: string[];
  capturedAt: string;
}

async function getCapture(db: Executor, owner: OwnerId, interviewId: Id): Promise<StoredCapture | undefined> {
  const row = await db
    .selectFrom('interview_captures')
    .selectAll()
    .where('owner', '=', owner)
    .where('interview_id', '=', interviewId)
    .executeTakeFirst();
  return row && { interviewId: row.interview_id, cues: JSON.parse(row.cues) as string[], capturedAt: row.captured_at };
}

async function listCaptures(db: Executor, owner: OwnerId): Promise<StoredCapture[]> {
  const rows = await db
    .selectFrom('interview_captures')
    .selectAll()
    .where('owner', '=', owner)
    .orderBy('captured_at')
    .execute();
  return rows.map((r) => ({
    interviewId: r.interview_id,
    cues: JSON.parse(r.cues) as string[],
    capturedAt: r.captured_at,
  }));
}

/** Saves (replaces) an interview's capture; false when the interview is not this owner's. */
async function saveCapture(db: Executor, owner: OwnerId, c: StoredCapture): Promise<boolean> {
  if (!(await ownsAll(db, owner, 'interviews', [c.interviewId]))) return false;
  const values = { cues: JSON.stringify(c.cues), captured_at: c.capturedAt };
  await db
    .insertInto('interview_captures')
    .values({ owner, interview_id: c.interviewId, ...values })
    .onConflict((oc) => oc.column('interview_id').doUpdateSet(values).where('interview_captures.owner', '=', owner))
    .execute();
  return true;
}

async function getPreparedPoints(db: Executor, owner: OwnerId, opportunityId: Id): Promise<string[]> {
  const row = await db
    .selectFrom('prepared_points')
    .select('points')
    .where('owner', '=', owner)
    .where('opportunity_id', '=', opportunityId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.points) as string[]) : [];
}

/** Replaces a role's prepared points; false when the opportunity is not this owner's. */
async function savePreparedPoints(
  db: Executor,
  owner: OwnerId,
  opportunityId: Id,
  points: string[],
  now: string,
): Promise<boolean> {
  if (!(await ownsAll(db, owner, 'opportunities', [opportunityId]))) return false;
  const values = { points: JSON.stringify(points), updated_at: now };
  await db
    .insertInto('prepared_points')
    .values({ owner, opportunity_id: opportunityId, ...values })
    .onConflict((oc) => oc.column('opportunity_id').doUpdateSet(values).where('prepared_points.owner', '=', owner))
    .execute();
  return true;
}

/** The captures repository, bound to one owner by `repos(db, owner)`. */
export const captureRepo = ownerBound({
  get: getCapture,
  list: listCaptures,
  save: saveCapture,
  getPreparedPoints,
  savePreparedPoints,
});
