// "Log what happened": a reply, a call, a message sent outside the app, or a new date they gave.
// The plan moves with it. A new date shows what it is understood as while it is typed.
import type { Participant } from '../../core/model.js';
import { formatPerson } from '../../core/person.js';
import { type FormState, fieldId } from '../form-state.js';
import { ErrorSummary, RadioGroup, Select, TextArea, TextField } from '../ui/fields.js';
import type { Understanding } from './timeframe-preview.js';
import { previewAttributes, UnderstandingRegion } from './understanding.js';

export const LOG_PREFIX = 'l-';

export const LOG_KINDS: Record<string, string> = {
  reply: 'They replied',
  call: 'We spoke on the phone',
  sent: 'I sent something outside the app',
  'new-date': 'They gave a new date',
};

export const LOG_LABELS: [string, string][] = [
  ['kind', 'What happened'],
  ['fromContact', 'Who'],
  ['from', 'Someone else'],
  ['at', 'When'],
  ['timeframe', 'What they said now'],
  ['note', 'Note'],
];

export interface LogFormProps {
  action: string;
  participants: Participant[];
  state: FormState;
  /** The interview's zone and country: "when" is read in that zone, a new date with those holidays. */
  timeZone: string;
  country: string;
  understanding?: Understanding | null;
}

export function LogForm(props: LogFormProps) {
  const { state } = props;
  const label = (name: string) => LOG_LABELS.find(([n]) => n === name)?.[1] ?? name;
  const items = LOG_LABELS.filter(([n]) => state.errors[n]).map(([n, l]) => ({
    href: `#${fieldId(n, LOG_PREFIX)}`,
    text: `${l} ${state.errors[n]}`,
  }));
  const failed = items.length > 0 || state.general.length > 0;
  const panel: Record<string, string> = { '': 'Nobody in particular' };
  for (const p of props.participants) panel[formatPerson(p.contact)] = p.contact.name || p.contact.email || '';
  const regionId = 'log-understanding';
  return (
    <details class="log" open={failed}>
      <summary>Log what happened</summary>
      <ErrorSummary items={items} general={state.general} />
      <form method="post" action={props.action} novalidate>
        <RadioGroup name="kind" label={label('kind')} state={state} options={LOG_KINDS} idPrefix={LOG_PREFIX} />
        <Select name="fromContact" label="Who (from the panel)" state={state} options={panel} idPrefix={LOG_PREFIX} />
        <TextField
          name="from"
          label="Or someone else"
          state={state}
          idPrefix={LOG_PREFIX}
          autocomplete="off"
          hint="A name or email of a contact you recorded. When filled, it is used instead of the list."
        />
        <TextField
          name="at"
          label={label('at')}
          type="datetime-local"
          state={state}
          idPrefix={LOG_PREFIX}
          hint={`In ${props.timeZone} time, the interview's zone. Already filled in with now.`}
        />
        <TextArea
          name="timeframe"
          label="What they said now (for a new date)"
          state={state}
          idPrefix={LOG_PREFIX}
          rows={2}
          hint='Their words, e.g. "we will decide by Friday the 20th".'
          attrs={previewAttributes(regionId, [`#${fieldId('at', LOG_PREFIX)}`], {
            tz: props.timeZone,
            country: props.country,
          })}
          after={<UnderstandingRegion id={regionId} result={props.understanding ?? null} />}
        />
        <TextArea name="note" label={label('note')} state={state} idPrefix={LOG_PREFIX} rows={2} />
        <button type="submit">Save what happened</button>
      </form>
    </details>
  );
}
