// Shapes of the note checker: what it is given and what it returns. The check ids are a stable
// contract (CLI --json, web highlighting), so they are listed once here.

import { DRAFT_KINDS } from './compose/types.js';

/** The kinds of message the checker knows, each with its own checklist: the composer's draft kinds. */
export const NOTE_KINDS = DRAFT_KINDS;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The thank-you checklist, in its contract order (the default kind). */
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
  'writing',
] as const;

/** Checks only other kinds of message use. */
export const KIND_CHECK_IDS = [
  'refers-to-date',
  'one-question',
  'brief',
  'names-answer',
  'better-answer',
  'thanks',
  'gracious',
  'asks-feedback',
  'door-open',
  'no-pitch',
  'reason-to-write',
  'no-job-ask',
  'says-withdrawal',
  'courteous',
] as const;

export const ALL_CHECK_IDS = [...CHECK_IDS, ...KIND_CHECK_IDS] as const;
export type CheckId = (typeof ALL_CHECK_IDS)[number];

/** Each kind's checks, in the order a report lists them. Ids are stable: the CLI's --json and the web use them. */
export const CHECKLISTS: Record<NoteKind, readonly CheckId[]> = {
  'thank-you': CHECK_IDS,
  'check-in': ['refers-to-date', 'one-question', 'brief', 'names', 'tone', 'writing', 'spelling'],
  clarification: ['names-answer', 'better-answer', 'thanks', 'names', 'tone', 'writing', 'spelling', 'length'],
  'rejection-reply': ['gracious', 'asks-feedback', 'door-open', 'no-pitch', 'names', 'tone', 'writing', 'spelling'],
  'keep-warm': ['reason-to-write', 'no-job-ask', 'brief', 'names', 'tone', 'writing', 'spelling'],
  withdrawal: ['says-withdrawal', 'thanks', 'brief', 'courteous', 'names', 'writing', 'spelling'],
};

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
  /** The checklist the note was scored on. */
  kind: NoteKind;
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
  /** Which checklist to score on; 'thank-you' when absent. */
  kind?: NoteKind;
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
