// Shapes of the composer: what a draft is built from and what it gives back.
import type { Challenge, Contact, Opportunity, Profile } from '../../model.js';
import type { IsoDate, TimeFrame } from '../../timeframe/types.js';

export const DRAFT_KINDS = [
  'thank-you',
  'check-in',
  'clarification',
  'rejection-reply',
  'keep-warm',
  // Issue 7: a short, courteous note to step out of a process once another offer is accepted.
  'withdrawal',
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_FORMATS = ['email', 'letter', 'card'] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

export const DRAFT_TONES = ['warm', 'formal'] as const;
export type DraftTone = (typeof DRAFT_TONES)[number];

/** What the candidate recorded about the recipient in this interview. */
export interface RecipientNotes {
  topics: string[];
  challenges: Challenge[];
  /** A link the candidate found for the recipient (http or https). */
  article: string | null;
  /** An answer that fell flat: "the SQL question", or "the SQL question: I have written window functions daily for two years". */
  weakAnswer: string;
}

export interface ComposeInput {
  kind: DraftKind;
  format: DraftFormat;
  tone: DraftTone;
  profile: Profile;
  opportunity: Pick<Opportunity, 'company' | 'role' | 'why' | 'strength'>;
  /** The interview's local date and zone. */
  interview: { date: IsoDate; timeZone: string };
  recipient: Pick<Contact, 'name' | 'title' | 'email' | 'address' | 'company'>;
  /** Null when nothing was recorded about this recipient. */
  notes: RecipientNotes | null;
  /** What they said about next steps, understood; null when they gave none. */
  timeFrame: TimeFrame | null;
  /**
   * The next step in the candidate's own notes, e.g. "possibly a final round with the VP". Private:
   * kept for the app's own use, never written into a draft.
   */
  nextStep?: string;
  /**
   * Who gave the time frame: 'recipient' when this recipient said it (the draft says "you
   * mentioned ..."), 'team' when someone else did or it is not known (the default: "I understood
   * the team ...").
   */
  timeFrameSaidBy?: 'recipient' | 'team';
  today: IsoDate;
  /** For check-ins: 1 (first) or 2 (second). */
  round?: 1 | 2;
  /** Bodies of earlier messages to this person: an idea or article already in one is not "new value". */
  earlier?: readonly string[];
  /** The recipient's position on the panel (0, 1, ...): panel notes vary their phrasing too. */
  variant?: number;
}

export interface Draft {
  kind: DraftKind;
  format: DraftFormat;
  tone: DraftTone;
  to: { name: string; email: string | null };
  subject: string;
  body: string;
  /** What the candidate still has to add, one entry per `[add: ...]` in the body; empty for a full draft. */
  gaps: string[];
}
