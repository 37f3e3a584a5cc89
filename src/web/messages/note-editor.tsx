// A thank-you note editor with its report: a plain form (the Check button posts it and the page
// shows the report) that htmx enhances to re-check 400 ms after typing stops. Only the one-line
// status is a live region, so a screen reader hears the score change, not the whole report.
import type { Child } from 'hono/jsx';
import { type FormState, fieldId } from '../form-state.js';
import { ErrorSummary, Select, TextArea, TextField } from '../ui/fields.js';
import { CHANNEL_OPTIONS, type CheckOutcome, statusLine } from './check-form.js';
import { CheckDetails } from './check-report.js';

export interface NoteEditorProps {
  /** Prefix of every id in the editor; unique on the page. */
  id: string;
  /** Where the form posts. */
  action: string;
  textName: string;
  textLabel: string;
  state: FormState;
  outcome: CheckOutcome | null;
  hidden?: Record<string, string>;
  /** Other fields to send along with the note (the notes to the other interviewers). */
  include?: string;
  sentAtHint: string;
  /** Labels of the fields, for the problems list. */
  labels: Record<string, string>;
  /** Fields shown between the note and the channel. */
  children?: Child;
}

export const reportId = (id: string) => `${id}-report`;
export const statusId = (id: string) => `${id}-status`;
export const announcedId = (id: string) => `${id}-announced`;

export function NoteEditor(props: NoteEditorProps) {
  const prefix = `${props.id}-`;
  const status = statusLine(props.outcome);
  const problems = props.outcome && 'problems' in props.outcome ? props.outcome.problems : null;
  const summary = problems
    ? Object.entries(problems.errors).map(([name, message]) => ({
        href: `#${fieldId(name, prefix)}`,
        text: `${props.labels[name] ?? name} ${message}`,
      }))
    : [];
  return (
    <div class="note-editor" id={props.id}>
      {problems && <ErrorSummary items={summary} general={problems.general} />}
      <form
        method="post"
        action={`${props.action}#${props.id}-result`}
        novalidate
        hx-post={props.action}
        hx-target={`#${reportId(props.id)}`}
        hx-swap="innerHTML"
        hx-trigger="submit, input changed delay:400ms, change from:find select"
        hx-sync="this:replace"
        hx-include={props.include}
      >
        {Object.entries(props.hidden ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" id={announcedId(props.id)} name="announced" value={status} />
        <TextArea
          name={props.textName}
          label={props.textLabel}
          state={props.state}
          idPrefix={prefix}
          rows={8}
          hint="Paste or write the note; it is checked as you type. Nothing is saved or sent."
        />
        {props.children}
        <Select name="channel" label="Sent as" state={props.state} idPrefix={prefix} options={CHANNEL_OPTIONS} />
        <TextField
          name="sentAt"
          label="When you send it (optional)"
          state={props.state}
          idPrefix={prefix}
          hint={props.sentAtHint}
        />
        <button type="submit">Check</button>
      </form>
      <div id={`${props.id}-result`} class="check-result">
        <p id={statusId(props.id)} class="check-status" role="status" aria-live="polite" aria-atomic="true">
          {status}
        </p>
        <div id={reportId(props.id)} class="check-report">
          <CheckDetails outcome={props.outcome} labels={props.labels} />
        </div>
      </div>
    </div>
  );
}

/**
 * What htmx swaps into the report region. The status line and the form's memory of it are updated
 * out of band, and the status only when its words change, so unchanged scores are not re-announced.
 */
export function NoteCheckFragment(props: {
  id: string;
  outcome: CheckOutcome;
  announced: string;
  labels: Record<string, string>;
}) {
  const status = statusLine(props.outcome);
  return (
    <>
      {status !== props.announced && (
        <>
          <p id={statusId(props.id)} hx-swap-oob="innerHTML">
            {status}
          </p>
          <input type="hidden" id={announcedId(props.id)} name="announced" value={status} hx-swap-oob="true" />
        </>
      )}
      <CheckDetails outcome={props.outcome} labels={props.labels} />
    </>
  );
}
