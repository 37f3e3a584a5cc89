// Everything recorded about one interview, with a notes form per interviewer.
import type { InterviewerNotes, Participant } from '../../core/model.js';
import { formatPerson } from '../../core/person.js';
import { PlanSection } from '../follow-ups/plan-section.js';
import type { Understanding } from '../follow-ups/timeframe-preview.js';
import { snoozeFieldId, type TouchError } from '../follow-ups/touch-actions.js';
import type { FormState } from '../form-state.js';
import {
  CHANNEL_LABELS,
  FORMAT_LABELS,
  formatLocal,
  PERMISSION_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
} from '../format.js';
import { MessageList } from '../messages/message-list.js';
import { OutcomeSection } from '../outcomes/outcome-pages.js';
import { ErrorSummary } from '../ui/fields.js';
import { Layout } from '../ui/layout.js';
import { ExternalLink } from '../ui/link.js';
import { InterviewNoteEditor, type NoteCheckState } from './interview-note-editor.js';
import { emptyLogForm, type InterviewPageData } from './interview-page-data.js';
import { NotesForm } from './notes-form.js';

export interface NotesFormState {
  contactId: string;
  state: FormState;
}

export interface InterviewPageProps extends InterviewPageData {
  notesForm?: NotesFormState;
  /** A rejected "log what happened" form, with the values kept. */
  logForm?: { state: FormState; understanding?: Understanding | null };
  touchError?: TouchError;
  /** A note checked without JavaScript: the editor for that interviewer opens with its report. */
  noteCheck?: NoteCheckState;
  /** What the last action did, from the redirect's query: "done", "skipped", "snoozed", "logged". */
  updated?: string;
}

export function InterviewPage(props: InterviewPageProps) {
  const r = props.record;
  const o = r.opportunity;
  const path = `/interviews/${encodeURIComponent(r.id)}`;
  const title = `${o.company}: ${o.role}`;
  const failed =
    props.notesForm || props.logForm || props.touchError || (props.noteCheck && 'problems' in props.noteCheck.outcome);
  return (
    <Layout title={failed ? `Error: ${title}` : title}>
      <h1>
        {o.company} <span class="muted">· {o.role}</span>
      </h1>
      {props.touchError && (
        <ErrorSummary
          items={[
            { href: `#${snoozeFieldId(props.touchError.touchId)}`, text: `Snooze until: ${props.touchError.message}` },
          ]}
          general={[]}
        />
      )}
      <p class="lead">{formatLocal(r.startsAt, r.timeZone)}</p>
      <p class="actions">
        <a class="button" href={`${path}/edit`}>
          Edit
        </a>
        <a class="button danger" href={`${path}/delete`}>
          Delete
        </a>
        <a class="button secondary" href={`${path}/sheet`}>
          Interview sheet
        </a>
        <a class="button secondary" href={`${path}/capture`}>
          Quick capture
        </a>
      </p>
      <dl class="facts">
        <dt>Status</dt>
        <dd>{STATUS_LABELS[o.status]}</dd>
        <dt>Stage</dt>
        <dd>{r.stage || 'Not recorded'}</dd>
        <dt>Format</dt>
        <dd>{FORMAT_LABELS[r.format]}</dd>
        <dt>Location</dt>
        <dd>{r.location || 'Not recorded'}</dd>
        <dt>Country</dt>
        <dd>{r.country || 'Not recorded'}</dd>
        <dt>Job posting</dt>
        <dd>
          <ExternalLink url={o.postingUrl} empty="Not recorded" />
        </dd>
        <dt>Why I want this job</dt>
        <dd class="prose">{o.why || 'Not written yet'}</dd>
        <dt>How I would succeed</dt>
        <dd class="prose">{o.strength || 'Not written yet'}</dd>
      </dl>

      <h2>Next steps</h2>
      <dl class="facts">
        <dt>Time frame</dt>
        <dd>
          {r.nextSteps.timeframe ? (
            <q>{r.nextSteps.timeframe}</q>
          ) : (
            <span class="warning">No time frame recorded: ask for one</span>
          )}
        </dd>
        <dt>Follow up with</dt>
        <dd>{props.contact ? formatPerson(props.contact) : 'No contact recorded'}</dd>
        <dt>Permission to follow up</dt>
        <dd>{PERMISSION_LABELS[r.nextSteps.permission]}</dd>
        <dt>Preferred channel</dt>
        <dd>{CHANNEL_LABELS[r.nextSteps.channel]}</dd>
        <dt>The next step</dt>
        <dd class="prose">{r.nextSteps.nextStep || 'Not recorded'}</dd>
        <dt>Thank-you card</dt>
        <dd>{r.nextSteps.card ? 'Yes, mail one as well as the email' : 'No, email only'}</dd>
      </dl>

      {props.outcome && <OutcomeSection opportunity={o} next={props.outcome.next} ghosted={props.outcome.ghosted} />}

      <PlanSection
        {...props.plan}
        now={props.now}
        timeZone={r.timeZone}
        touchError={props.touchError}
        updated={props.updated}
        log={{
          action: `${path}/log`,
          participants: r.participants,
          state: props.logForm?.state ?? emptyLogForm(r, props.now),
          understanding: props.logForm?.understanding,
          timeZone: r.timeZone,
          country: r.country,
        }}
      />

      <MessageList record={r} messages={props.messages} />

      <h2 id="panel">Panel and notes</h2>
      {r.participants.length === 0 && (
        <p>
          No interviewers recorded. <a href={`${path}/edit`}>Add them</a> to take notes per interviewer.
        </p>
      )}
      {r.participants.map((p, n) => (
        <section class="card" aria-labelledby={`person-${n}`}>
          <PersonHeading participant={p} id={`person-${n}`} />
          <Notes notes={r.notes.find((x) => x.contactId === p.contact.id)} />
          <NotesForm
            action={`${path}/notes`}
            participant={p}
            prefix={`n${n}-`}
            state={props.notesForm?.contactId === p.contact.id ? props.notesForm.state : undefined}
          />
          <InterviewNoteEditor record={r} participant={p} index={n} check={props.noteCheck} />
        </section>
      ))}
    </Layout>
  );
}

function PersonHeading(props: { participant: Participant; id: string }) {
  const c = props.participant.contact;
  return (
    <>
      <h3 id={props.id}>{c.name || c.email || '(unnamed)'}</h3>
      <p class="muted">{[ROLE_LABELS[props.participant.role], c.title, c.email].filter(Boolean).join(' · ')}</p>
    </>
  );
}

function Notes(props: { notes: InterviewerNotes | undefined }) {
  const n = props.notes;
  if (!n || (n.topics.length === 0 && n.challenges.length === 0 && !n.article && !n.weakAnswer)) {
    return <p class="muted">No notes yet.</p>;
  }
  return (
    <dl class="facts">
      {n.topics.length > 0 && (
        <>
          <dt>Topics</dt>
          <dd>
            <ul>
              {n.topics.map((t) => (
                <li>{t}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {n.challenges.length > 0 && (
        <>
          <dt>Challenges they mentioned</dt>
          <dd>
            <ul>
              {n.challenges.map((c) => (
                <li>
                  {c.challenge}
                  <br />
                  <span class="muted">My idea: </span>
                  {c.idea || 'none yet'}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {n.article && (
        <>
          <dt>Article</dt>
          <dd>
            <ExternalLink url={n.article} empty="" />
          </dd>
        </>
      )}
      {n.weakAnswer && (
        <>
          <dt>An answer that fell flat</dt>
          <dd class="prose">{n.weakAnswer}</dd>
        </>
      )}
    </dl>
  );
}
