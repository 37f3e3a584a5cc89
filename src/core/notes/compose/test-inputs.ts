// Inputs for the composer's tests, and the checker's view of them built the way the app builds it
// (contextFromRecord on an InterviewRecord). Test support only: nothing in src imports it.
import type { Contact, InterviewRecord, Profile } from '../../model.js';
import { EMPTY_NEXT_STEPS } from '../../model.js';
import { contextFromRecord } from '../from-record.js';
import type { NoteContext } from '../types.js';
import type { ComposeInput, RecipientNotes } from './types.js';

export const PROFILE: Profile = {
  name: 'Jordan Lee',
  email: 'jordan@example.org',
  phone: '+1 555 0100',
  address: '12 Harbour Road\nBristol',
  signature: 'Jordan Lee',
  country: 'GB',
  timeZone: 'Europe/London',
};

export const contact = (id: string, name: string, over: Partial<Contact> = {}): Contact => ({
  id,
  name,
  title: 'Head of Data',
  email: `${id}@example.com`,
  phone: '',
  address: '',
  company: '',
  timeZone: null,
  ...over,
});

export interface PanelMember {
  contact: Contact;
  notes: RecipientNotes;
}

/** The stored record the app would load for this interview. */
export function recordOf(input: ComposeInput, panel: PanelMember[]): InterviewRecord {
  const o = input.opportunity;
  return {
    id: 'iv1',
    opportunityId: 'op1',
    stage: 'first',
    startsAt: `${input.interview.date}T10:00`,
    timeZone: input.interview.timeZone,
    startsAtUtc: `${input.interview.date}T10:00:00.000Z`,
    country: 'GB',
    format: 'video',
    location: '',
    createdAt: '',
    updatedAt: '',
    opportunity: {
      id: 'op1',
      company: o.company,
      role: o.role,
      postingUrl: null,
      why: o.why,
      strength: o.strength,
      status: 'interviewing',
      createdAt: '',
      updatedAt: '',
    },
    participants: panel.map((m) => ({ contact: m.contact, role: 'interviewer' })),
    nextSteps: { ...EMPTY_NEXT_STEPS, timeframe: input.timeFrame?.phrase ?? '', nextStep: input.nextStep ?? '' },
    notes: panel.map((m) => ({ contactId: m.contact.id, ...m.notes })),
  };
}

export function contextFor(input: ComposeInput, panel: PanelMember[], recipientId: string): NoteContext {
  return contextFromRecord(recordOf(input, panel), recipientId);
}
