// The add/edit interview form. Works without JavaScript: "Add another interviewer" is a submit
// button that re-renders the form with one more row; with htmx it fetches just the new row.
import { CHANNELS, INTERVIEW_FORMATS, OPPORTUNITY_STATUSES, PARTICIPANT_ROLES, PERMISSIONS } from '../../core/model.js';
import type { Understanding } from '../follow-ups/timeframe-preview.js';
import { previewAttributes, UnderstandingRegion } from '../follow-ups/understanding.js';
import { type FormState, fieldId } from '../form-state.js';
import { CHANNEL_LABELS, FORMAT_LABELS, PERMISSION_LABELS, ROLE_LABELS, STATUS_LABELS, timeZones } from '../format.js';
import { Checkbox, ErrorSummary, RadioGroup, Select, TextArea, TextField } from '../ui/fields.js';
import { Layout } from '../ui/layout.js';

const pick = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  Object.fromEntries(keys.map((k) => [k, labels[k]])) as Record<string, string>;

const UNDERSTANDING_ID = 'timeframe-understanding';

export const ROW_FIELDS = [
  ['name', 'name'],
  ['email', 'email'],
  ['title', 'job title'],
  ['role', 'role'],
] as const;

/** Every field in page order with its label, so the error summary lists problems top to bottom. */
function fieldLabels(rows: number, edit: boolean): [string, string][] {
  const out: [string, string][] = [
    ['company', 'Company'],
    ['role', 'Role'],
  ];
  if (edit) out.push(['status', 'Status']);
  out.push(['postingUrl', 'Job posting link']);
  out.push(['at', 'Date and time'], ['tz', 'Time zone'], ['country', 'Country'], ['stage', 'Stage']);
  out.push(['format', 'Format'], ['location', 'Location']);
  for (let r = 0; r < rows; r++) {
    for (const [key, label] of ROW_FIELDS) out.push([`interviewers.${r}.${key}`, `Interviewer ${r + 1} ${label}`]);
  }
  out.push(['timeframe', 'Time frame'], ['contact', 'Follow-up contact'], ['permission', 'Permission to follow up']);
  out.push(['channel', 'Preferred channel'], ['nextStep', 'Next step'], ['card', 'Thank-you card']);
  out.push(['why', 'Why I want this job']);
  out.push(['strength', 'How I would succeed']);
  return out;
}

export function InterviewerRow(props: { index: number; state: FormState; autofocus?: boolean }) {
  const n = props.index;
  const name = (key: string) => `interviewers.${n}.${key}`;
  return (
    <fieldset class="row" id={`interviewer-${n}`}>
      <legend>Interviewer {n + 1}</legend>
      <TextField name={name('name')} label="Name" state={props.state} autocomplete="off" autofocus={props.autofocus} />
      <TextField name={name('email')} label="Email" type="email" state={props.state} autocomplete="off" />
      <TextField name={name('title')} label="Job title" state={props.state} autocomplete="off" />
      <Select name={name('role')} label="Role" state={props.state} options={pick(PARTICIPANT_ROLES, ROLE_LABELS)} />
    </fieldset>
  );
}

export function AddRowButton(props: { next: number; oob?: boolean }) {
  return (
    <button
      type="submit"
      name="addRow"
      value="1"
      formnovalidate
      class="secondary"
      id="add-row"
      hx-get={`/interviews/interviewer-row?index=${props.next}`}
      hx-target="#interviewer-rows"
      hx-swap="beforeend"
      hx-swap-oob={props.oob ? 'true' : undefined}
    >
      Add another interviewer
    </button>
  );
}

export function InterviewFormPage(props: {
  id?: string;
  state: FormState;
  rows: number;
  title?: string;
  /** What the time frame typed so far is understood as; htmx refreshes it as the user types. */
  understanding?: Understanding | null;
}) {
  const { state, rows } = props;
  const edit = props.id !== undefined;
  const labels = fieldLabels(rows, edit);
  const items = labels
    .filter(([name]) => state.errors[name])
    .map(([name, label]) => ({ href: `#${fieldId(name)}`, text: `${label} ${state.errors[name]}` }));
  const heading = edit ? `Edit ${props.title ?? 'interview'}` : 'Add an interview';
  return (
    <Layout
      title={items.length || state.general.length ? `Error: ${heading}` : heading}
      section={edit ? undefined : 'new'}
    >
      <h1>{heading}</h1>
      <ErrorSummary items={items} general={state.general} />
      <form
        method="post"
        action={edit ? `/interviews/${encodeURIComponent(props.id ?? '')}/edit` : '/interviews'}
        novalidate
      >
        {/* Enter in a text field submits with the first submit button: make that "save", not "add a row". Hidden buttons still count (HTML implicit submission). */}
        <button type="submit" hidden>
          {edit ? 'Save changes' : 'Save interview'}
        </button>
        <fieldset>
          <legend>The job</legend>
          <TextField name="company" label="Company" state={state} required autocomplete="organization" />
          <TextField name="role" label="Role" state={state} required autocomplete="organization-title" />
          {edit && (
            <Select name="status" label="Status" state={state} options={pick(OPPORTUNITY_STATUSES, STATUS_LABELS)} />
          )}
          <TextField
            name="postingUrl"
            label="Job posting link"
            type="url"
            state={state}
            hint="A web address starting with https://"
          />
        </fieldset>
        <fieldset>
          <legend>The interview</legend>
          <TextField name="at" label="Date and time" type="datetime-local" state={state} required />
          <TextField
            name="tz"
            label="Time zone"
            state={state}
            required
            list="time-zones"
            autocomplete="off"
            hint="Where the interview's clock is, e.g. America/New_York or Europe/Berlin"
          />
          <datalist id="time-zones">
            {timeZones().map((z) => (
              <option value={z} />
            ))}
          </datalist>
          <TextField
            name="country"
            label="Country"
            state={state}
            maxlength={2}
            autocomplete="off"
            hint="Two letters, e.g. US or DE (for public holidays)"
          />
          <TextField name="stage" label="Stage" state={state} hint="e.g. first round, on-site, final" />
          <Select name="format" label="Format" state={state} options={pick(INTERVIEW_FORMATS, FORMAT_LABELS)} />
          <TextField name="location" label="Location" state={state} hint="An address, or the video call link" />
        </fieldset>
        <fieldset>
          <legend>Who interviewed you</legend>
          <p class="hint">Leave rows you do not need empty.</p>
          <div id="interviewer-rows">
            {Array.from({ length: rows }, (_, n) => (
              <InterviewerRow index={n} state={state} />
            ))}
          </div>
          <AddRowButton next={rows} />
        </fieldset>
        <fieldset>
          <legend>Next steps</legend>
          <TextArea
            name="timeframe"
            label="Time frame, in their words"
            state={state}
            hint='What they said about when they will decide, e.g. "we hope to decide by the end of next week". Leave empty if they did not say.'
            attrs={previewAttributes(UNDERSTANDING_ID, ['#f-at', '#f-tz', '#f-country'])}
            after={<UnderstandingRegion id={UNDERSTANDING_ID} result={props.understanding ?? null} />}
          />
          <TextField
            name="contact"
            label="Follow-up contact"
            state={state}
            autocomplete="off"
            hint="A name or email, e.g. Dana Reyes <dana@acme.example>"
          />
          <RadioGroup
            name="permission"
            label="May you follow up with them?"
            state={state}
            options={pick(PERMISSIONS, PERMISSION_LABELS)}
          />
          <Select name="channel" label="Preferred channel" state={state} options={pick(CHANNELS, CHANNEL_LABELS)} />
          <TextArea
            name="nextStep"
            label="The next step"
            state={state}
            hint="e.g. a take-home exercise, then a final round"
          />
          <Checkbox name="card" label="Also mail a thank-you card (a complement to the email)" state={state} />
        </fieldset>
        <fieldset>
          <legend>For your thank-you note</legend>
          <TextArea name="why" label="Why I want this job" state={state} />
          <TextArea name="strength" label="How I would succeed in it" state={state} />
        </fieldset>
        <div class="actions">
          <button type="submit">{edit ? 'Save changes' : 'Save interview'}</button>
          <a href={edit ? `/interviews/${encodeURIComponent(props.id ?? '')}` : '/'}>Cancel</a>
        </div>
      </form>
    </Layout>
  );
}
