// What an employer's email says: its kind, the dates it names and the words that show it (issue 16).
// The contract between the classifier (core/replies), the inbox use cases (app/inbox) and the front ends.
import type { Firmness, HolidayCalendar, IsoDate } from '../timeframe/types.js';

/** In order of how much a wrong reading costs: a rejection read as an invitation is the worst error. */
export const REPLY_KINDS = [
  'rejection',
  'invitation',
  'offer',
  'delay',
  'request',
  'scheduling',
  'acknowledgement',
  'other',
] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export interface ReplyInput {
  subject: string;
  /** The message's plain text, quoted history included: the classifier drops quoted lines itself. */
  text: string;
  /** The local date the message was sent (its Date header), to read "by the end of next week". */
  sentOn: IsoDate;
  calendar: HolidayCalendar;
}

export interface ReplyDate {
  phrase: string;
  earliest: IsoDate | null;
  latest: IsoDate | null;
  firmness: Firmness;
}

export interface ReplyEvidence {
  /** A stable id of the rule that fired, e.g. "rejection.moved-forward-with-others". */
  cue: string;
  /** The words of the message that fired it, as written. */
  text: string;
}

export interface ReplyReading {
  kind: ReplyKind;
  /** 0-1: how sure the rules are; a low value sends the message to the review list. */
  confidence: number;
  dates: ReplyDate[];
  evidence: ReplyEvidence[];
}
