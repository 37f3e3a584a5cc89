// The paste-any-note page: a note written anywhere, checked on its own or against one of the
// interviews recorded here (then names, the interviewer's notes and the timing count too).
import type { InterviewRecord } from '../../core/model.js';
import type { FormState } from '../form-state.js';
import { formatLocal } from '../format.js';
import { Select, TextField } from '../ui/fields.js';
import { Layout } from '../ui/layout.js';
import { CHECK_FIELD_LABELS, type CheckOutcome, KIND_OPTIONS } from './check-form.js';
import { NoteEditor } from './note-editor.js';

export function CheckPage(props: { state: FormState; outcome: CheckOutcome | null; interviews: InterviewRecord[] }) {
  const failed = props.outcome !== null && 'problems' in props.outcome;
  const title = 'Check a note';
  const interviews: Record<string, string> = { '': 'None: check the note on its own' };
  for (const r of props.interviews) {
    interviews[r.id] = `${r.opportunity.company}: ${r.opportunity.role}, ${formatLocal(r.startsAt, r.timeZone)}`;
  }
  return (
    <Layout title={failed ? `Error: ${title}` : title} section="check">
      <h1>{title}</h1>
      <p class="lead">
        Paste a note written anywhere. A thank-you is scored on what makes it stand out: a detail from the interview,
        why you want the job, how you would help, and an idea for a challenge they mentioned. Other kinds of note have
        their own checklist: a reply to a rejection is gracious and asks for feedback, and pitches nothing.
      </p>
      <NoteEditor
        id="check"
        action="/check"
        textName="text"
        textLabel="Your note"
        state={props.state}
        outcome={props.outcome}
        labels={CHECK_FIELD_LABELS}
        sentAtHint="With an interview: your local time there, like 2026-03-03T17:30. Without one: with an offset, like 2026-03-03T17:30-05:00."
      >
        <Select
          name="kind"
          label="What it is"
          state={props.state}
          idPrefix="check-"
          options={KIND_OPTIONS}
          hint="Each kind of note is scored on its own checklist."
        />
        {props.interviews.length > 0 && (
          <>
            <Select
              name="interviewId"
              label="For the interview (optional)"
              state={props.state}
              idPrefix="check-"
              options={interviews}
              hint="Checks names, company and role, and uses your notes from it in the advice."
            />
            <TextField
              name="to"
              label="To (optional)"
              state={props.state}
              idPrefix="check-"
              hint="A panel member's name, first name or email; needs the interview."
            />
          </>
        )}
      </NoteEditor>
    </Layout>
  );
}
