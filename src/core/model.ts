// Domain types shared by every layer. Pure data: no behaviour, no I/O.

export type Id = string;
/** The person whose data a row is. Every owned row carries one; no query crosses owners. */
export type OwnerId = string;

export const OPPORTUNITY_STATUSES = [
  'applied',
  'interviewing',
  'offer',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
  'ghosted',
] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
/** Statuses in which the process is still running, so a new interview may join it. */
export const OPEN_STATUSES: readonly OpportunityStatus[] = ['applied', 'interviewing', 'offer'];

export const INTERVIEW_FORMATS = ['in-person', 'video', 'phone'] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

export const PARTICIPANT_ROLES = ['interviewer', 'hiring-manager', 'recruiter'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const PERMISSIONS = ['yes', 'no', 'unknown'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const CHANNELS = ['email', 'phone', 'letter', 'card', 'any'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Profile {
  name: string;
  email: string;
  phone: string;
  /** Postal address, lines separated by "\n". */
  address: string;
  signature: string;
  /** ISO 3166-1 alpha-2, for holidays and letter layout. */
  country: string;
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
}

export interface Opportunity {
  id: Id;
  company: string;
  role: string;
  postingUrl: string | null;
  why: string;
  strength: string;
  status: OpportunityStatus;
  createdAt: string;
  updatedAt: string;
}

export interface Contact {
  id: Id;
  name: string;
  title: string;
  email: string | null;
  phone: string;
  address: string;
  company: string;
  timeZone: string | null;
}

export interface Participant {
  contact: Contact;
  role: ParticipantRole;
}

/** What the candidate learned about what happens next, in the interviewer's own words. */
export interface NextSteps {
  /** The time frame exactly as said, e.g. "we hope to decide by the end of next week". Empty when none was given. */
  timeframe: string;
  /** The contact to follow up with, one of the interview's participants or another contact. */
  contactId: Id | null;
  permission: Permission;
  channel: Channel;
  /** What the next step is, e.g. "a take-home exercise, then a final round". */
  nextStep: string;
  /** Also mail a thank-you card, as a complement to the same-day email. */
  card: boolean;
}

export interface Challenge {
  challenge: string;
  /** The candidate's own idea for it; empty until they have one. */
  idea: string;
}

/** What was discussed with one interviewer in one interview. */
export interface InterviewerNotes {
  contactId: Id;
  topics: string[];
  challenges: Challenge[];
  article: string | null;
  weakAnswer: string;
}

export interface Interview {
  id: Id;
  opportunityId: Id;
  stage: string;
  /** Local wall-clock start, "YYYY-MM-DDTHH:MM", in `timeZone`. */
  startsAt: string;
  timeZone: string;
  /** The same instant in UTC (ISO 8601), for ordering and due queries. */
  startsAtUtc: string;
  country: string;
  format: InterviewFormat;
  location: string;
  createdAt: string;
  updatedAt: string;
}

/** An interview with everything recorded about it: the shape `interview show --json` prints. */
export interface InterviewRecord extends Interview {
  opportunity: Opportunity;
  participants: Participant[];
  nextSteps: NextSteps;
  notes: InterviewerNotes[];
}

export const EMPTY_NEXT_STEPS: NextSteps = {
  timeframe: '',
  contactId: null,
  permission: 'unknown',
  channel: 'email',
  nextStep: '',
  card: false,
};
