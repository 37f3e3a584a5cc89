// The report on a thank-you note: the generic warning, each check with its mark, the sentences
// that earned it and the advice, then the note with those sentences highlighted. Every piece of
// the note is a text node (JSX escapes it); only the <mark> elements around them are ours.
import type { Child } from 'hono/jsx';
import { CHECK_LABELS, GENERIC_WARNING } from '../../core/notes/labels.js';
import type { Check, CheckId, NoteReport } from '../../core/notes/types.js';
import type { FormState } from '../form-state.js';
import type { CheckOutcome } from './check-form.js';
import { highlightSegments } from './highlight.js';

const QUOTES_SHOWN = 2;
const QUOTE_LENGTH = 140;

// Why a check is left out of the score, in terms of what the page can be given.
const NOT_APPLICABLE: Partial<Record<CheckId, string>> = {
  names: 'checked when the note is for an interview and a person on its panel.',
  timeliness: 'checked when the note is for an interview and you say when you send it.',
  uniqueness: 'checked when you write notes to more than one interviewer of the same interview.',
};

const shorten = (s: string) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1)}…` : flat;
};

function CheckItem(props: { check: Check }) {
  const c = props.check;
  const state = c.passed === null ? 'na' : c.passed ? 'pass' : 'fail';
  const mark = { pass: '✓', fail: '✗', na: '–' }[state];
  const word = { pass: 'Passed', fail: 'Not yet', na: 'Does not apply' }[state];
  const more = c.evidence.length - QUOTES_SHOWN;
  return (
    <li class={`check check-${state}`} data-check={c.id}>
      <span class="check-mark" aria-hidden="true">
        {mark}
      </span>
      <div class="check-body">
        <p class="check-title">
          <span class="visually-hidden">{word}: </span>
          {CHECK_LABELS[c.id]}
        </p>
        {c.evidence.length > 0 && (
          <ul class="check-evidence">
            {c.evidence.slice(0, QUOTES_SHOWN).map((e) => (
              <li>
                <q>{shorten(e.text)}</q>
              </li>
            ))}
            {more > 0 && <li class="muted">and {more} more</li>}
          </ul>
        )}
        {c.passed === null ? (
          <p class="muted">Does not apply: {NOT_APPLICABLE[c.id] ?? 'not enough is known to check it.'}</p>
        ) : (
          c.advice && <p class="check-advice">{c.advice}</p>
        )}
      </div>
    </li>
  );
}

/** The note with every evidence range wrapped in <mark>. */
export function HighlightedNote(props: { text: string; report: NoteReport }) {
  const ranges = props.report.checks.flatMap((c) => c.evidence);
  return (
    <div class="check-note">
      {highlightSegments(props.text, ranges).map((s) => (s.marked ? <mark>{s.text}</mark> : s.text))}
    </div>
  );
}

function ReportDetails(props: { report: NoteReport; text: string }) {
  const r = props.report;
  return (
    <>
      {r.generic && (
        <p class="warning-block check-generic">
          <strong>Generic note.</strong> {GENERIC_WARNING}
        </p>
      )}
      <ul class="checks" aria-label="Checks">
        {r.checks.map((c) => (
          <CheckItem check={c} />
        ))}
      </ul>
      <p class="check-note-title">Your note, with the sentences that earned a check highlighted:</p>
      <HighlightedNote text={props.text} report={r} />
    </>
  );
}

/** What stops a check, listed where the report would be. */
export function CheckProblems(props: { state: FormState; labels: Record<string, string> }) {
  const entries = Object.entries(props.state.errors);
  return (
    <div class="field-error check-problems">
      <p>The note cannot be checked until this is fixed:</p>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            {props.labels[field] ?? field} {message}
          </li>
        ))}
        {props.state.general.map((g) => (
          <li>{g}</li>
        ))}
      </ul>
    </div>
  );
}

/** The inside of the report region: the details, or the problems, or a hint before the first check. */
export function CheckDetails(props: { outcome: CheckOutcome | null; labels: Record<string, string> }): Child {
  const o = props.outcome;
  if (!o) return <p class="hint">The report appears here as you type, or when you press Check.</p>;
  if ('problems' in o) return <CheckProblems state={o.problems} labels={props.labels} />;
  return <ReportDetails report={o.report} text={o.text} />;
}
