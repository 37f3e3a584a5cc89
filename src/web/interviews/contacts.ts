// The follow-up contact of each interview. Usually someone on the panel; when the user named someone
// else (a recruiter they were told to write to), the app returns that contact beside the records.
import type { Contact, Id, InterviewRecord } from '../../core/model.js';

export type ContactLookup = (record: InterviewRecord) => Contact | null;

export function followUpContacts(offPanel: ReadonlyMap<Id, Contact>): ContactLookup {
  return (record) => {
    const id = record.nextSteps.contactId;
    if (!id) return null;
    return record.participants.find((p) => p.contact.id === id)?.contact ?? offPanel.get(id) ?? null;
  };
}
