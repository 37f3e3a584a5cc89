// Shapes of the note checker: what it is given and what it returns. The check ids are a stable
// contract (CLI --json, web highlighting), so they are listed once here.

export const CHECK_IDS = [
  'specific-detail',
  'interest',
  'plan',
  'challenge',
  'resource',
  'names',
  'spelling',
  'length',
  'timeliness',
  'uniqueness',
  'tone',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** The checks about what the note says, as opposed to how it is written or sent. */
export const CONTENT_CHECKS: readonly CheckId[] = ['specific-detail', 'interest', 'plan', 'challenge', 'resource'];

export const NOTE_CHANNELS = ['email', 'card', 'letter'] as const;
export type NoteChannel = (typeof NOTE_CHANNELS)[number];

/** A character range of the original text: `text === original.slice(start, end)`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface Check {
  id: CheckId;
  /** `null` when the check does not apply (no interview, no dates, a single note); left out of the score. */
  passed: boolean | null;
  weight: number;
  evidence: Evidence[];
  /** What to add or change, in one or two sentences; empty when the check passed or does not apply. */
  advice: string;
}

export interface NoteReport {
  score: number;
  generic: boolean;
  checks: Check[];
}

/** What the candidate recorded about one interviewer. */
export interface PersonNotes {
  name: string;
  title?: string;
  topics: string[];
  challenges: { challenge: string; idea: string }[];
  article: string | null;
}

/** The interview a note was written for, flattened from an InterviewRecord. */
export interface NoteContext {
  company: string;
  role: string;
  /** The person the note is addressed to, when known. */
  recipient: { name: string; email?: string | null } | null;
  /** Everyone on the panel, the recipient included, with what was noted about each. */
  people: PersonNotes[];
  /** The candidate's own "why I want it" and "how I would succeed", for advice. */
  why?: string;
  strength?: string;
}

export interface SpellChecker {
  correct(word: string): boolean;
}

export interface CheckNoteInput {
  text: string;
  context?: NoteContext | null;
  channel?: NoteChannel;
  /** ISO instants; timeliness applies only when both are given. */
  sentAt?: string | null;
  interviewEndsAt?: string | null;
  /** Notes to the other interviewers of the same interview. */
  otherNotes?: readonly string[];
  /** `null` or absent: the spelling check does not apply. */
  speller?: SpellChecker | null;
}
