// Builds the checker's view of an interview from the stored record, addressed to one participant.
import type { Id, InterviewRecord } from '../model.js';
import type { NoteContext } from './types.js';

/** Minutes an interview is assumed to last when only its start is recorded. */
export const ASSUMED_INTERVIEW_MINUTES = 60;

export function contextFromRecord(record: InterviewRecord, recipientContactId: Id | null): NoteContext {
  const recipient = record.participants.find((p) => p.contact.id === recipientContactId)?.contact ?? null;
  return {
    company: record.opportunity.company,
    role: record.opportunity.role,
    recipient: recipient ? { name: recipient.name, email: recipient.email } : null,
    people: record.participants.map((p) => {
      const notes = record.notes.find((n) => n.contactId === p.contact.id);
      return {
        name: p.contact.name,
        title: p.contact.title,
        topics: notes?.topics ?? [],
        challenges: notes?.challenges ?? [],
        article: notes?.article ?? null,
      };
    }),
    why: record.opportunity.why,
    strength: record.opportunity.strength,
  };
}

/** When the interview ended, as an ISO instant: its start plus the assumed length. */
export function interviewEndsAt(record: InterviewRecord): string {
  return new Date(Date.parse(record.startsAtUtc) + ASSUMED_INTERVIEW_MINUTES * 60_000).toISOString();
}
