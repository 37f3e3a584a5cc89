// The thank-you note editor for one interviewer on the interview page. Each editor sends the notes
// typed to the other interviewers along, so near-copies across the panel are caught.
import type { InterviewRecord, Participant } from '../../core/model.js';
import { emptyForm, type FormState } from '../form-state.js';
import { CHECK_FIELD_LABELS, type CheckOutcome, defaultChannel, noteFieldName } from '../messages/check-form.js';
import { NoteEditor } from '../messages/note-editor.js';

export interface NoteCheckState {
  contactId: string;
  state: FormState;
  outcome: CheckOutcome;
}

export function InterviewNoteEditor(props: {
  record: InterviewRecord;
  participant: Participant;
  index: number;
  check?: NoteCheckState;
}) {
  const r = props.record;
  const contact = props.participant.contact;
  const who = contact.name || contact.email || 'this interviewer';
  const textName = noteFieldName(contact.id);
  const mine = props.check?.contactId === contact.id ? props.check : undefined;
  const state = mine?.state ?? emptyForm({ channel: defaultChannel(r.nextSteps.channel) });
  return (
    <details class="note-check" open={mine !== undefined}>
      <summary>Write and check a thank-you note to {who}</summary>
      <NoteEditor
        id={`note-n${props.index}`}
        action={`/interviews/${encodeURIComponent(r.id)}/check`}
        textName={textName}
        textLabel={`Your note to ${who}`}
        state={state}
        outcome={mine?.outcome ?? null}
        hidden={{ contact: contact.id }}
        include=".note-check textarea"
        labels={{ ...CHECK_FIELD_LABELS, [textName]: 'The note' }}
        sentAtHint={`Your local time in ${r.timeZone}, like ${r.startsAt.slice(0, 10)}T17:30. Leave it empty to skip the timing check.`}
      />
    </details>
  );
}
