// A small form to add notes about one interviewer: one topic, one challenge with my idea, an
// article, an answer that fell flat. Each post adds to what is recorded.
import type { Participant } from '../../core/model.js';
import { emptyForm, type FormState, fieldId } from '../form-state.js';
import { ErrorSummary, TextArea, TextField } from '../ui/fields.js';

const LABELS: [string, string][] = [
  ['topic', 'Topic discussed'],
  ['challenge', 'A challenge they mentioned'],
  ['idea', 'My idea for that challenge'],
  ['article', 'Article link'],
  ['weakAnswer', 'An answer that fell flat'],
];

export function NotesForm(props: { action: string; participant: Participant; prefix: string; state?: FormState }) {
  const state = props.state ?? emptyForm();
  const who = props.participant.contact.name || props.participant.contact.email || 'this interviewer';
  const label = (name: string) => LABELS.find(([n]) => n === name)?.[1] ?? name;
  const items = LABELS.filter(([n]) => state.errors[n]).map(([n, l]) => ({
    href: `#${fieldId(n, props.prefix)}`,
    text: `${l} ${state.errors[n]}`,
  }));
  return (
    <details open={props.state !== undefined}>
      <summary>Add notes about {who}</summary>
      <ErrorSummary items={items} general={state.general} />
      <form method="post" action={props.action} novalidate>
        {/* By id: a name such as "Dana <Reyes" would not read back as the same person. */}
        <input type="hidden" name="interviewer" value={props.participant.contact.id} />
        <TextField name="topic" label={label('topic')} state={state} idPrefix={props.prefix} />
        <TextArea name="challenge" label={label('challenge')} state={state} idPrefix={props.prefix} rows={2} />
        <TextArea name="idea" label={label('idea')} state={state} idPrefix={props.prefix} rows={2} />
        <TextField
          name="article"
          label={label('article')}
          type="url"
          state={state}
          idPrefix={props.prefix}
          hint="An article showing how someone solved that challenge (https://...)"
        />
        <TextArea name="weakAnswer" label={label('weakAnswer')} state={state} idPrefix={props.prefix} rows={2} />
        <button type="submit">Save notes about {who}</button>
      </form>
    </details>
  );
}
