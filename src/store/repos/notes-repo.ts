import type { Challenge, Id, InterviewerNotes, OwnerId } from '../../core/model.js';
import { chunks, ownsAll } from '../ownership.js';
import type { Executor, InterviewerNotesTable } from '../schema.js';
import { ownerBound } from './bind.js';

const toNotes = (r: InterviewerNotesTable): InterviewerNotes => ({
  contactId: r.contact_id,
  topics: JSON.parse(r.topics) as string[],
  challenges: JSON.parse(r.challenges) as Challenge[],
  article: r.article,
  weakAnswer: r.weak_answer,
});

async function listInterviewerNotes(db: Executor, owner: OwnerId, interviewId: Id): Promise<InterviewerNotes[]> {
  return (await listNotesOf(db, owner, [interviewId])).get(interviewId) ?? [];
}

/** The notes of many interviews at once, by interview id, each list in the order they were written. */
async function listNotesOf(
  db: Executor,
  owner: OwnerId,
  interviewIds: readonly Id[],
): Promise<Map<Id, InterviewerNotes[]>> {
  const out = new Map<Id, InterviewerNotes[]>();
  for (const ids of chunks(interviewIds)) {
    const rows = await db
      .selectFrom('interviewer_notes')
      .selectAll()
      .where('owner', '=', owner)
      .where('interview_id', 'in', ids)
      .orderBy('interview_id')
      .orderBy('updated_at')
      .orderBy('contact_id')
      .execute();
    for (const r of rows) {
      const list = out.get(r.interview_id) ?? [];
      if (list.length === 0) out.set(r.interview_id, list);
      list.push(toNotes(r));
    }
  }
  return out;
}

/** Replaces one interviewer's notes for one interview; refuses (false) unless both ids are the owner's. */
async function saveInterviewerNotes(
  db: Executor,
  owner: OwnerId,
  interviewId: Id,
  notes: InterviewerNotes,
  now: string,
): Promise<boolean> {
  const owned =
    (await ownsAll(db, owner, 'interviews', [interviewId])) &&
    (await ownsAll(db, owner, 'contacts', [notes.contactId]));
  if (!owned) return false;
  const values = {
    topics: JSON.stringify(notes.topics),
    challenges: JSON.stringify(notes.challenges),
    article: notes.article,
    weak_answer: notes.weakAnswer,
    updated_at: now,
  };
  await db
    .insertInto('interviewer_notes')
    .values({ owner, interview_id: interviewId, contact_id: notes.contactId, ...values })
    .onConflict((oc) =>
      oc.columns(['interview_id', 'contact_id']).doUpdateSet(values).where('interviewer_notes.owner', '=', owner),
    )
    .execute();
  return true;
}

/** The notes repository, bound to one owner by `repos(db, owner)`. */
export const notesRepo = ownerBound({ list: listInterviewerNotes, listOf: listNotesOf, save: saveInterviewerNotes });
