// Checking a note from a form: the form's values in, the report or the problems (each under the
// form field it names) out, and the short status line the live region announces.
import type { CheckNoteTextInput, FollowThrough } from '../../app/index.js';
import { isBadInput } from '../../core/errors.js';
import { NOTE_CHANNELS, type NoteChannel, type NoteKind, type NoteReport } from '../../core/notes/types.js';
import { addProblems, emptyForm, type FormState, problemsOf } from '../form-state.js';

export type CheckOutcome = { report: NoteReport; text: string } | { problems: FormState };

export interface CheckRequest {
  /** The form as posted, for showing it again. */
  values: Record<string, string>;
  /** The textarea's name: "text" on /check, one per interviewer on the interview page. */
  textName: string;
  input: CheckNoteTextInput;
}

const optional = (s: string | undefined) => {
  const t = (s ?? '').trim();
  return t === '' ? undefined : t;
};

/** The app's input from a form's values; empty optional fields are left out. */
export function checkInput(
  values: Record<string, string>,
  textName: string,
  extra: Partial<CheckNoteTextInput> = {},
): CheckNoteTextInput {
  const channel = optional(values.channel);
  const kind = optional(values.kind);
  const sentAt = optional(values.sentAt);
  const to = optional(values.to);
  const interviewId = optional(values.interviewId);
  return {
    text: values[textName] ?? '',
    ...(channel !== undefined && { channel: channel as NoteChannel }),
    ...(kind !== undefined && { kind: kind as NoteKind }),
    ...(sentAt !== undefined && { sentAt }),
    ...(to !== undefined && { to }),
    ...(interviewId !== undefined && { interviewId }),
    ...extra,
  };
}

/** Runs the check; bad input becomes field problems, anything else (an unknown interview) propagates. */
export async function runCheck(api: FollowThrough, request: CheckRequest): Promise<CheckOutcome> {
  try {
    const report = await api.notes.check(request.input);
    return { report, text: request.input.text };
  } catch (err) {
    if (!isBadInput(err)) throw err;
    const toField = (f: string) =>
      f === 'text'
        ? request.textName
        : f === 'messageKind'
          ? 'kind'
          : ['channel', 'sentAt', 'to', 'interviewId'].includes(f)
            ? f
            : undefined;
    return { problems: addProblems(emptyForm(request.values), problemsOf(err), toField) };
  }
}

/** The kinds of note /check scores, each on its own checklist. */
export const KIND_OPTIONS: Record<NoteKind, string> = {
  'thank-you': 'A thank-you after an interview',
  'check-in': 'A check-in on their decision',
  clarification: 'A thank-you that clarifies an answer',
  'rejection-reply': 'A reply to a rejection',
  'keep-warm': 'Keeping in touch',
  withdrawal: 'Withdrawing from a process',
};

export const CHANNEL_OPTIONS: Record<NoteChannel, string> = { email: 'Email', card: 'Card', letter: 'Letter' };

/** The channel a form starts with: the interview's preferred one when it is a note channel. */
export const defaultChannel = (preferred: string | undefined): NoteChannel =>
  NOTE_CHANNELS.find((c) => c === preferred) ?? 'email';

/** One short sentence for the live region: the score, or why there is none. Not the whole report. */
export function statusLine(outcome: CheckOutcome | null): string {
  if (!outcome) return '';
  if ('problems' in outcome) return 'Not checked yet: fix the problem shown below the form.';
  const { score, generic, checks } = outcome.report;
  const applicable = checks.filter((c) => c.passed !== null);
  const passed = applicable.filter((c) => c.passed).length;
  return `Score ${score} of 100${generic ? ', a generic note' : ''}: ${passed} of ${applicable.length} checks passed.`;
}

/** The textarea name of the note to one interviewer: unique on the interview page, so each
 * editor can send the others' notes along for the uniqueness check. */
export const noteFieldName = (contactId: string) => `note-${contactId}`;

/** Field labels, to name each problem ("The note is empty: …"). */
export const CHECK_FIELD_LABELS: Record<string, string> = {
  text: 'The note',
  kind: 'What it is',
  channel: 'Sent as',
  sentAt: 'When you send it',
  to: 'To',
  interviewId: 'Interview',
};
