// Recording what was discussed with one interviewer: topics, challenges and the candidate's ideas,
// an article, an answer that fell flat. New notes add to what is there unless `replace` is set.
import { badInput } from '../../core/errors.js';
import type { Challenge, Id, InterviewerNotes, InterviewRecord } from '../../core/model.js';
import { formatPerson } from '../../core/person.js';
import type { AppContext } from '../context.js';
import { parseInput } from '../validate.js';
import { type NotesInput, notesInput } from './inputs.js';
import { matchParticipant } from './people.js';
import { loadRecord } from './records.js';

export async function recordNotes(ctx: AppContext, interviewId: Id, raw: NotesInput): Promise<InterviewRecord> {
  const input = parseInput(notesInput, raw);
  const now = ctx.clock.now().toISOString();
  return ctx.transaction(async (tx) => {
    const record = await loadRecord(tx, interviewId);
    const participant = matchParticipant(record.participants, input.interviewer);
    if (!participant) {
      const known = record.participants.map((p) => formatPerson(p.contact)).join('; ') || 'none recorded yet';
      throw badInput([
        {
          field: 'interviewer',
          message: `"${input.interviewer}" is not on this interview's panel (panel: ${known}). Add them to the interview`,
          hint: { action: 'interview.edit', id: interviewId, field: 'interviewer', example: '...' },
        },
      ]);
    }
    const previous = record.notes.find((n) => n.contactId === participant.contact.id);
    const base: InterviewerNotes =
      previous && !input.replace
        ? previous
        : { contactId: participant.contact.id, topics: [], challenges: [], article: null, weakAnswer: '' };
    const merged: InterviewerNotes = {
      contactId: participant.contact.id,
      topics: [...base.topics, ...input.topics.filter((t) => !base.topics.includes(t))],
      challenges: mergeChallenges(base.challenges, input.challenges),
      article: input.article ?? base.article,
      weakAnswer: input.weakAnswer ?? base.weakAnswer,
    };
    await tx.notes.save(interviewId, merged, now);
    return loadRecord(tx, interviewId);
  });
}

/** A challenge already noted keeps its place; a new idea for it replaces the old one. */
function mergeChallenges(existing: Challenge[], added: Challenge[]): Challenge[] {
  const out = existing.map((c) => ({ ...c }));
  for (const a of added) {
    const same = out.find((c) => c.challenge.toLowerCase() === a.challenge.toLowerCase());
    if (!same) out.push({ ...a });
    else if (a.idea) same.idea = a.idea;
  }
  return out;
}
