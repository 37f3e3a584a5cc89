// The draft editor: who the message is for, what is still to add (each gap with where to record
// it), the text with a live score, Save, and Regenerate in another tone or format. The live score
// posts to /messages/:id/check without saving; only Save writes.
import type { Child } from 'hono/jsx';
import type { DraftView } from '../../app/index.js';
import { DRAFT_FORMATS, DRAFT_TONES } from '../../core/notes/compose/types.js';
import { emptyForm, type FormState } from '../form-state.js';
import { ErrorSummary, Select, TextArea, TextField } from '../ui/fields.js';
import { Layout } from '../ui/layout.js';
import { type CheckOutcome, statusLine } from './check-form.js';
import { CheckDetails } from './check-report.js';

export const KIND_LABELS: Record<DraftView['kind'], string> = {
  'thank-you': 'Thank-you',
  clarification: 'Thank-you with a clarification',
  'check-in': 'Check-in',
  'rejection-reply': 'Reply to a rejection',
  'keep-warm': 'Keep-warm note',
  withdrawal: 'Withdrawal',
};
const FORMAT_LABELS: Record<DraftView['format'], string> = { email: 'Email', letter: 'Letter', card: 'Card' };
const TONE_LABELS: Record<DraftView['tone'], string> = { warm: 'Warm', formal: 'Formal' };
const FIELD_LABELS = { body: 'The message', subject: 'Subject' };

export interface MessagePageProps {
  draft: DraftView;
  /** The interview's company and role, for the heading. */
  about: string;
  outcome: CheckOutcome | null;
  /** The form as posted when a save was refused; the saved draft otherwise. */
  state?: FormState;
  flash?: string;
  /** Delivery controls (issue 6), placed under the editor. */
  delivery?: Child;
}

const messagePath = (d: DraftView) => `/messages/${encodeURIComponent(d.id)}`;

export function MessagePage(props: MessagePageProps) {
  const d = props.draft;
  const path = messagePath(d);
  const state = props.state ?? emptyForm({ subject: d.subject, body: d.body });
  const editable = d.editable;
  const who = d.to.email ? `${d.to.name} <${d.to.email}>` : d.to.name || 'no recipient';
  const status = statusLine(props.outcome);
  const summary = Object.entries(state.errors).map(([name, message]) => ({
    href: `#m-${name}`,
    text: `${FIELD_LABELS[name as keyof typeof FIELD_LABELS] ?? name} ${message}`,
  }));
  return (
    <Layout title={`${KIND_LABELS[d.kind]} to ${d.to.name || 'a contact'}`}>
      <p class="breadcrumb">
        <a href={`/interviews/${encodeURIComponent(d.interviewId)}#messages`}>Back to the interview</a>
      </p>
      <h1>
        {KIND_LABELS[d.kind]} to {d.to.name || 'a contact'}
      </h1>
      <p class="muted">
        {props.about} · {FORMAT_LABELS[d.format]}, {TONE_LABELS[d.tone].toLowerCase()} tone · to {who}
      </p>
      {props.flash && (
        <p class="flash" role="status">
          {props.flash}
        </p>
      )}
      <Gaps draft={d} />
      {(summary.length > 0 || state.general.length > 0) && <ErrorSummary items={summary} general={state.general} />}
      <form
        method="post"
        action={path}
        novalidate
        class="draft-editor"
        hx-post={`${path}/check`}
        hx-target="#draft-report"
        hx-swap="innerHTML"
        hx-trigger="input changed delay:400ms"
        hx-sync="this:replace"
      >
        {d.format === 'email' && <TextField name="subject" label="Subject" state={state} idPrefix="m-" />}
        <TextArea
          name="body"
          label="The message"
          state={state}
          idPrefix="m-"
          rows={d.format === 'card' ? 8 : 18}
          hint="Edit freely: it is scored as you type. Replace every [add: …] with your own words before sending."
        />
        {editable ? (
          <button type="submit">Save</button>
        ) : (
          <p class="muted">This message is {d.status} and can no longer be edited.</p>
        )}
      </form>
      <div class="check-result">
        <p id="draft-status" class="check-status" role="status" aria-live="polite" aria-atomic="true">
          {status || `Score ${d.score} of 100${d.generic ? ', a generic note' : ''}.`}
        </p>
        <div id="draft-report" class="check-report">
          <CheckDetails outcome={props.outcome} labels={FIELD_LABELS} />
        </div>
      </div>
      {props.delivery}
      {/* Issue 6: the print page shows the mail-by date and any warnings, then the PDF. */}
      <p>
        <a class="button secondary" href={`${path}/letter`}>
          {d.format === 'card' ? 'Print card' : 'Print letter'}
        </a>
      </p>
      {editable && <Regenerate draft={d} />}
      {editable && (
        <form method="post" action={`${path}/delete`} class="inline-form">
          <button type="submit" class="danger">
            Delete this draft
          </button>
        </form>
      )}
    </Layout>
  );
}

function Gaps(props: { draft: DraftView }) {
  const d = props.draft;
  if (d.gaps.length === 0) {
    return <p class="ok-note">Nothing missing: every sentence comes from what you recorded.</p>;
  }
  const notes = `/interviews/${encodeURIComponent(d.interviewId)}#panel`;
  return (
    <section class="card warning-card" aria-labelledby="gaps-title">
      <h2 id="gaps-title">Still to add before sending ({d.gaps.length})</h2>
      <p>
        Nothing is sent or scheduled while an <code>[add: …]</code> remains. Write it into the text, or{' '}
        <a href={notes}>record it in your notes</a> and regenerate.
      </p>
      <ul>
        {d.gaps.map((g) => (
          <li>{g}</li>
        ))}
      </ul>
    </section>
  );
}

function Regenerate(props: { draft: DraftView }) {
  const d = props.draft;
  const state = emptyForm({ tone: d.tone, format: d.format });
  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
    Object.fromEntries(values.map((v) => [v, labels[v]]));
  return (
    <section aria-labelledby="regenerate-title">
      <h2 id="regenerate-title">Write it again</h2>
      <form method="post" action={`${messagePath(d)}/regenerate`} novalidate>
        <p class="hint">Drafts it afresh from your notes; your edits to the text are replaced.</p>
        <Select name="tone" label="Tone" state={state} idPrefix="r-" options={options(DRAFT_TONES, TONE_LABELS)} />
        <Select
          name="format"
          label="Format"
          state={state}
          idPrefix="r-"
          options={options(DRAFT_FORMATS, FORMAT_LABELS)}
        />
        <button type="submit" class="secondary">
          Regenerate
        </button>
      </form>
    </section>
  );
}

/** What the live score swaps in: the report, with the status line updated out of band. */
export function DraftCheckFragment(props: { outcome: CheckOutcome }) {
  return (
    <>
      <p id="draft-status" hx-swap-oob="innerHTML">
        {statusLine(props.outcome)}
      </p>
      <CheckDetails outcome={props.outcome} labels={FIELD_LABELS} />
    </>
  );
}
