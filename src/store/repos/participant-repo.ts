import type { Id, OwnerId, Participant, ParticipantRole } from '../../core/model.js';
import { chunks, ownsAll } from '../ownership.js';
import type { Executor } from '../schema.js';
import { ownerBound } from './bind.js';

/** Replaces the interview's participants; refuses (false) when any id is not this owner's. */
async function setParticipants(
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

async function listParticipants(db: Executor, owner: OwnerId, interviewId: Id): Promise<Participant[]> {
  return (await listPanels(db, owner, [interviewId])).get(interviewId) ?? [];
}

/** The panels of many interviews at once (the dashboard lists them all), by interview id. */
async function listPanels(db: Executor, owner: OwnerId, interviewIds: readonly Id[]): Promise<Map<Id, Participant[]>> {
  const out = new Map<Id, Participant[]>();
  for (const ids of chunks(interviewIds)) {
    // Two index-driven reads instead of a join: with hundreds of ids SQLite chose to walk all of
    // the owner's contacts and probe each against every id (bench/RESULTS.md).
    const rows = await db
      .selectFrom('participants')
      .select(['interview_id', 'contact_id', 'role'])
      .where('owner', '=', owner)
      .where('interview_id', 'in', ids)
      .orderBy('interview_id')
      .orderBy('position')
      .execute();
    const contacts = new Map<Id, ContactRow>();
    for (const contactIds of chunks([...new Set(rows.map((r) => r.contact_id))])) {
      const found = await db
        .selectFrom('contacts')
        .select(['id', 'name', 'title', 'email', 'phone', 'address', 'company', 'time_zone'])
        .where('owner', '=', owner)
        .where('id', 'in', contactIds)
        .execute();
      for (const c of found) contacts.set(c.id, c);
    }
    for (const r of rows) {
      const contact = contacts.get(r.contact_id);
      if (!contact) continue;
      const list = out.get(r.interview_id) ?? [];
      if (list.length === 0) out.set(r.interview_id, list);
      list.push(toParticipant({ ...contact, role: r.role }));
    }
  }
  return out;
}

interface ContactRow {
  id: string;
  name: string;
  title: string;
  email: string | null;
  phone: string;
  address: string;
  company: string;
  time_zone: string | null;
}

const toParticipant = (r: ContactRow & { role: string }): Participant => ({
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
});

/** The participants repository, bound to one owner by `repos(db, owner)`. */
export const participantRepo = ownerBound({ set: setParticipants, list: listParticipants, panels: listPanels });
