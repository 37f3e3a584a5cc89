// Kysely table types. Column names are snake_case in the database; repositories map rows to
// domain objects with explicit functions. Booleans are 0/1 integers (SQLite has none).
import type { Generated, Kysely, Transaction } from 'kysely';

export interface ProfileTable {
  owner: string;
  name: string;
  email: string;
  phone: string;
  address: string;
  signature: string;
  country: string;
  time_zone: string;
  updated_at: string;
}

export interface OpportunityTable {
  id: string;
  owner: string;
  company: string;
  role: string;
  posting_url: string | null;
  why: string;
  strength: string;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface InterviewTable {
  id: string;
  owner: string;
  opportunity_id: string;
  stage: string;
  starts_at: string;
  time_zone: string;
  starts_at_utc: string;
  country: string;
  format: string;
  location: string;
  created_at: string;
  updated_at: string;
}

export interface ContactTable {
  id: string;
  owner: string;
  name: string;
  title: string;
  /** Lower-cased; unique per owner when present. */
  email: string | null;
  phone: string;
  address: string;
  company: string;
  time_zone: string | null;
  created_at: string;
  updated_at: string;
}

export interface ParticipantTable {
  owner: string;
  interview_id: string;
  contact_id: string;
  role: string;
  position: number;
}

export interface NextStepsTable {
  owner: string;
  interview_id: string;
  timeframe: string;
  contact_id: string | null;
  permission: string;
  channel: string;
  next_step: string;
  /** 0/1: also mail a card. */
  card: number;
  updated_at: string;
}

export interface InterviewerNotesTable {
  owner: string;
  interview_id: string;
  contact_id: string;
  /** JSON array of strings. */
  topics: string;
  /** JSON array of {challenge, idea}. */
  challenges: string;
  article: string | null;
  weak_answer: string;
  updated_at: string;
}

export interface TouchTable {
  id: string;
  owner: string;
  opportunity_id: string;
  interview_id: string;
  /** Stable across recomputation: opportunity, kind, contact, round. Unique per owner. */
  key: string;
  kind: string;
  contact_id: string | null;
  channel: string;
  due_at: string;
  due_local: string;
  time_zone: string;
  reason: string;
  status: string;
  snoozed_until: string | null;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventTable {
  id: string;
  owner: string;
  opportunity_id: string;
  interview_id: string | null;
  kind: string;
  contact_id: string | null;
  at: string;
  timeframe: string | null;
  touch_kind: string | null;
  note: string;
  created_at: string;
}

export interface QuizAttemptTable {
  id: string;
  owner: string;
  /** in-progress | completed */
  status: string;
  seed: number;
  started_at: string;
  /** When it was completed; null while in progress. */
  taken_at: string | null;
  /** Whole percent; null while in progress. */
  score: number | null;
  /** Questions answered fully right; null while in progress. */
  correct: number | null;
  total: number;
  /** JSON array of the per-area breakdown. */
  areas: string;
  /** JSON array of {question, selected}, in the order drawn. */
  answers: string;
  updated_at: string;
}

export interface MessageTable {
  id: string;
  owner: string;
  opportunity_id: string;
  interview_id: string;
  /** The plan's touch it was drafted for; null for a draft made outside the plan. */
  touch_id: string | null;
  contact_id: string | null;
  kind: string;
  format: string;
  tone: string;
  subject: string;
  body: string;
  /** JSON array of the inputs still missing (one per `[add: …]` in the body). */
  gaps: string;
  /** The checker's score, 0–100, for the body as saved. */
  score: number;
  /** 0/1: the checker found it generic. */
  generic: number;
  /** JSON: the checker's full report on the body as saved; null for messages saved before it was kept. */
  report: string | null;
  /** draft | queued | sending | sent | uncertain | failed | cancelled */
  status: string;
  /** UTC ISO: when a queued message is to be sent. */
  scheduled_at: string | null;
  sent_at: string | null;
  /** The address it went to, as sent (the contact may change later). */
  sent_to: string | null;
  /** The RFC 5322 Message-ID we gave it, for threading. */
  header_message_id: string | null;
  in_reply_to: string | null;
  /** The server's reason for the last failure; empty when none. */
  delivery_error: string;
  attempts: number;
  next_attempt_at: string | null;
  created_at: string;
  updated_at: string;
}

/** What the candidate noticed right after an interview (issue 7). */
export interface InterviewCaptureTable {
  interview_id: string;
  owner: string;
  /** JSON array of cue ids noticed (see core/sheet.ts). */
  cues: string;
  captured_at: string;
}

/** The candidate's own points prepared for a role. */
export interface PreparedPointsTable {
  opportunity_id: string;
  owner: string;
  /** JSON array of strings. */
  points: string;
  updated_at: string;
}

/** Each recorded change of an opportunity's outcome, oldest first. */
export interface OutcomeTable {
  id: string;
  owner: string;
  opportunity_id: string;
  from_status: string;
  status: string;
  contact_id: string | null;
  at: string;
  created_at: string;
}

/** Whom the candidate keeps in touch with after a process ended, and how often. */
export interface KeepWarmTable {
  owner: string;
  opportunity_id: string;
  contact_id: string;
  every_months: number;
  created_at: string;
}

export interface SmtpSettingsTable {
  owner: string;
  host: string;
  port: number;
  /** starttls | tls | none (loopback only) */
  security: string;
  username: string;
  from_address: string;
  from_name: string;
  /** 0/1: Bcc every message to from_address. */
  bcc_self: number;
  /** AES-256-GCM ciphertext of the password (key in a separate file); null when none is stored. */
  password_enc: string | null;
  updated_at: string;
}

export interface CalendarFeedTable {
  owner: string;
  /** SHA-256 of the feed token, hex; the token itself is never stored. */
  token_hash: string;
  created_at: string;
}

/** The time frame an opportunity's plan was computed from, kept at each re-plan. */
export interface PlanTimeFrameTable {
  opportunity_id: string;
  owner: string;
  /** The round the plan followed when it was computed. */
  round_id: string;
  /** JSON: the TimeFrame. */
  time_frame: string;
  updated_at: string;
}

export interface Database {
  profiles: ProfileTable;
  opportunities: OpportunityTable;
  interviews: InterviewTable;
  contacts: ContactTable;
  participants: ParticipantTable;
  next_steps: NextStepsTable;
  interviewer_notes: InterviewerNotesTable;
  touches: TouchTable;
  events: EventTable;
  quiz_attempts: QuizAttemptTable;
  messages: MessageTable;
  interview_captures: InterviewCaptureTable;
  prepared_points: PreparedPointsTable;
  outcomes: OutcomeTable;
  keep_warm: KeepWarmTable;
  smtp_settings: SmtpSettingsTable;
  calendar_feeds: CalendarFeedTable;
  plan_time_frames: PlanTimeFrameTable;
}

/** Anything that can run queries: the database or a transaction on it. */
export type Executor = Kysely<Database> | Transaction<Database>;
// Generated is re-exported so later migrations can add serial columns without another import path.
export type { Generated };
