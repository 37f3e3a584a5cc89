// The follow-up contact of each interview. Usually someone on the panel; when the user named someone
// else (a recruiter they were told to write to), the contact is looked up among all of theirs.
import type { FollowThrough } from '../../app/index.js';
import type { Contact, Id, InterviewRecord } from '../../core/model.js';

export type ContactLookup = (record: InterviewRecord) => Contact | null;

export async function followUpContacts(api: FollowThrough, records: InterviewRecord[]): Promise<ContactLookup> {
  const offPanel = records.some(
    (r) => r.nextSteps.contactId && !r.participants.some((p) => p.contact.id === r.nextSteps.contactId),
  );
  const others = new Map<Id, Contact>();
  if (offPanel) for (const c of (await api.exportAll()).contacts) others.set(c.id, c);
  return (record) => {
    const id = record.nextSteps.contactId;
    if (!id) return null;
    return record.participants.find((p) => p.contact.id === id)?.contact ?? others.get(id) ?? null;
  };
}
