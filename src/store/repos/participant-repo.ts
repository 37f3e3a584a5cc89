import type { Id, OwnerId, Participant, ParticipantRole } from '../../core/model.js';
import { ownsAll } from '../ownership.js';
import type { Executor } from '../schema.js';

/** Replaces the interview's participants; refuses (false) when any id is not this owner's. */
export async function setParticipants(
  db: Executor,
  owner: OwnerId,
  interviewId: Id,
  participants: { contactId: Id; role: ParticipantRole }[],
): Promise<boolean> {
  const owned =
    (await ownsAll(db, owner, 'interviews', [interviewId])) &&
    (await ownsAll(
      db,
      owner,
      'contacts',
      participants.map((p) => p.contactId),
    ));
  if (!owned) return false;
  await db.deleteFrom('participants').where('owner', '=', owner).where('interview_id', '=', interviewId).execute();
  if (participants.length > 0) {
    await db
      .insertInto('participants')
      .values(
        participants.map((p, position) => ({
          owner,
          interview_id: interviewId,
          contact_id: p.contactId,
          role: p.role,
          position,
        })),
      )
      .execute();
  }
  return true;
}

export async function listParticipants(db: Executor, owner: OwnerId, interviewId: Id): Promise<Participant[]> {
  const rows = await db
    .selectFrom('participants as p')
    .innerJoin('contacts as c', (j) => j.onRef('c.id', '=', 'p.contact_id').on('c.owner', '=', owner))
    .select(['p.role', 'c.id', 'c.name', 'c.title', 'c.email', 'c.phone', 'c.address', 'c.company', 'c.time_zone'])
    .where('p.owner', '=', owner)
    .where('p.interview_id', '=', interviewId)
    .orderBy('p.position')
    .execute();
  return rows.map((r) => ({
    role: r.role as ParticipantRole,
    contact: {
      id: r.id,
      name: r.name,
      title: r.title,
      email: r.email,
      phone: r.phone,
      address: r.address,
      company: r.company,
      timeZone: r.time_zone,
    },
  }));
}
