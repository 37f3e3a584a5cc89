// Checking a note of any kind (issue 4; a checklist per kind, issue 14): validates the text, loads the interview it was written for
// (owner-scoped) and the spelling dictionaries (lazily, once per process), and runs the pure checker.
import { AppError, badInput, type FieldProblem } from '../../core/errors.js';
import type { Id, InterviewRecord } from '../../core/model.js';
import { checkNote, contextFromRecord, interviewEndsAt } from '../../core/notes/index.js';
import {
  NOTE_CHANNELS,
  NOTE_KINDS,
  type NoteChannel,
  type NoteContext,
  type NoteKind,
  type NoteReport,
  type SpellChecker,
} from '../../core/notes/types.js';
import { formatPerson } from '../../core/person.js';
import { isLocalDateTime, localToUtc } from '../../core/time.js';
import type { AppContext } from '../context.js';
import { matchParticipant } from '../interviews/people.js';
import { loadRecord } from '../interviews/records.js';

export interface CheckNoteTextInput {
  /** The note, as pasted, piped or typed. */
  text: string;
  /** The interview it thanks for: names, topics, challenges and dates come from there. */
  interviewId?: Id;
  /** The recipient: a participant's name, first name or email. Needs `interviewId`. */
  to?: string;
  channel?: NoteChannel;
  /** What kind of message it is: each kind is scored on its own checklist (default thank-you). */
  kind?: NoteKind;
  /** When it was (or will be) sent: ISO 8601 with an offset, or local "YYYY-MM-DDTHH:MM" in the interview's zone. */
  sentAt?: string;
  /** The notes to the other interviewers of the same interview, for the uniqueness check. */
  otherNotes?: string[];
}

export const MAX_NOTE_CHARACTERS = 20_000;

// Control characters other than tab, line feed and carriage return (CRLF text is fine): a sign of binary input.
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** What is wrong with a note's text, or null when it can be checked. */
export function textProblem(field: string, text: unknown): FieldProblem | null {
  const example = 'Dear Dana, thank you for walking me through the Q3 roadmap today…';
  if (typeof text !== 'string') return { field, message: 'must be text', example };
  if (text.trim() === '') return { field, message: 'is empty: paste or type the note to check', example };
  if (BINARY.test(text)) {
    return { field, message: 'looks like binary data, not text (it contains control characters)' };
  }
  const length = [...text].length;
  if (length > MAX_NOTE_CHARACTERS) {
    return {
      field,
      message: `is ${length.toLocaleString('en-US')} characters long; a note can be at most ${MAX_NOTE_CHARACTERS.toLocaleString('en-US')}`,
    };
  }
  return null;
}

let spellerLoading: Promise<SpellChecker> | null = null;
/** The dictionaries cost a few hundred milliseconds: imported on first use only, then shared. */
export function spellChecker(): Promise<SpellChecker> {
  spellerLoading ??= import('../../channels/dictionaries.js').then((m) => m.loadSpellChecker());
  return spellerLoading;
}

/** `ctx` may be null for a note checked on its own (no `interviewId`): then no store is needed. */
export async function checkNoteText(ctx: AppContext | null, input: CheckNoteTextInput): Promise<NoteReport> {
  const problems: FieldProblem[] = [];
  const textIssue = textProblem('text', input?.text);
  if (textIssue) problems.push(textIssue);
  const channel = input.channel ?? 'email';
  if (!NOTE_CHANNELS.includes(channel)) {
    problems.push({ field: 'channel', message: `must be one of ${NOTE_CHANNELS.join(', ')}`, example: 'email' });
  }
  const kind = input.kind ?? 'thank-you';
  if (!NOTE_KINDS.includes(kind)) {
    problems.push({ field: 'messageKind', message: `must be one of ${NOTE_KINDS.join(', ')}`, example: 'check-in' });
  }
  const others = input.otherNotes ?? [];
  others.forEach((n, i) => {
    const issue = textProblem(`otherNotes.${i}`, n);
    if (issue && n.trim() !== '') problems.push(issue);
  });
  if (input.to !== undefined && input.to.trim() !== '' && !input.interviewId) {
    problems.push({
      field: 'to',
      message: 'needs an interview to look the person up in',
      example: '--interview iv_abc --to Dana',
    });
  }
  if (
    input.sentAt !== undefined &&
    !INSTANT.test(input.sentAt) &&
    !(input.interviewId && isLocalDateTime(input.sentAt))
  ) {
    problems.push({
      field: 'sentAt',
      message: input.interviewId
        ? 'is not a date and time'
        : 'is not a date and time with an offset (without an interview there is no time zone to read it in)',
      example: '2026-03-03T18:30:00Z',
    });
  }
  if (problems.length > 0) throw badInput(problems);

  let record: InterviewRecord | null = null;
  let context: NoteContext | null = null;
  if (input.interviewId) {
    if (!ctx) throw new AppError('failure', 'Checking a note for an interview needs the store');
    record = await loadRecord(ctx.repos, input.interviewId);
    context = contextFromRecord(record, recipientOf(record, input.to));
  }
  const sentAt =
    input.sentAt && record && !INSTANT.test(input.sentAt) ? localToUtc(input.sentAt, record.timeZone) : input.sentAt;
  return checkNote({
    text: input.text,
    kind,
    context,
    channel,
    sentAt: sentAt ?? null,
    interviewEndsAt: record ? interviewEndsAt(record) : null,
    otherNotes: others,
    speller: await spellChecker(),
  });
}

/** The participant the note is for: the one named, or the only interviewer when there is one. */
function recipientOf(record: InterviewRecord, to: string | undefined): Id | null {
  if (to !== undefined && to.trim() !== '') {
    const match = matchParticipant(record.participants, to);
    if (!match) {
      const panel = record.participants.map((p) => formatPerson(p.contact)).join('; ') || 'none recorded yet';
      throw badInput([{ field: 'to', message: `"${to}" is not on this interview's panel (panel: ${panel})` }]);
    }
    return match.contact.id;
  }
  return record.participants.length === 1 ? (record.participants[0]?.contact.id ?? null) : null;
}
