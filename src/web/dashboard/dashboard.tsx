// The dashboard: each opportunity with its interview rounds and what the user learned about next steps.
import type { InterviewRecord } from '../../core/model.js';
import { formatPerson } from '../../core/person.js';
import { DueSection } from '../follow-ups/due-list.js';
import { snoozeFieldId, type TouchError } from '../follow-ups/touch-actions.js';
import { FORMAT_LABELS, formatLocal, PERMISSION_LABELS, STATUS_LABELS } from '../format.js';
import type { ContactLookup } from '../interviews/contacts.js';
import { ErrorSummary } from '../ui/fields.js';
import { Layout } from '../ui/layout.js';
import type { DashboardData } from './dashboard-data.js';

export function DashboardPage(
  props: DashboardData & { touchError?: TouchError; updated?: string; showAllDue?: boolean },
) {
  const error = props.touchError;
  return (
    <Layout title={error ? 'Error: Dashboard' : 'Dashboard'} section="dashboard">
      <h1>Dashboard</h1>
      {error && (
        <ErrorSummary
          items={[{ href: `#${snoozeFieldId(error.touchId)}`, text: `Snooze until: ${error.message}` }]}
          general={[]}
        />
      )}
      {(props.ghosted ?? []).map((h) => (
        <p class="warning-block ghosted-hint">
          No reply from {h.company} ({h.role}) since the close-the-loop date. If it is over,{' '}
          <a href={`/interviews/${encodeURIComponent(h.interviewId)}#outcome`}>mark it as ghosted</a>.
        </p>
      ))}
      <DueSection
        due={props.due}
        now={props.now}
        touchError={error}
        updated={props.updated}
        showAll={props.showAllDue}
      />
      <h2>Your interviews</h2>
      {props.opportunities.length === 0 ? (
        <div class="empty">
          <p>
            Nothing recorded yet. Right after an interview, write down when they expect to decide and whom to contact.
          </p>
          <p>
            <a class="button" href="/interviews/new">
              Add an interview
            </a>
          </p>
        </div>
      ) : (
        <>
          <p>
            <a class="button" href="/interviews/new">
              Add an interview
            </a>
          </p>
          {props.opportunities.map((o) => (
            <section class="card" aria-labelledby={`op-${o.id}`}>
              <h3 id={`op-${o.id}`}>
                {o.company} <span class="muted">· {o.role}</span>
              </h3>
              <p>
                Status: <strong>{STATUS_LABELS[o.status]}</strong>
              </p>
              <ul class="rounds">
                {o.interviews.map((i) => (
                  <Round interview={i} contactOf={props.contactOf} />
                ))}
              </ul>
            </section>
          ))}
          {props.total > props.opportunities.length && (
            <p>
              Showing {props.opportunities.length} of {props.total}, open ones first.{' '}
              <a href="/?all=1">Show all {props.total}</a>
            </p>
          )}
        </>
      )}
      <p>
        Your name, signature and time zone are in your <a href="/profile">profile</a>.
      </p>
    </Layout>
  );
}

function Round(props: { interview: InterviewRecord; contactOf: ContactLookup }) {
  const i = props.interview;
  const contact = props.contactOf(i);
  const panel = i.participants.map((p) => p.contact.name || p.contact.email || '(unnamed)').join(', ');
  return (
    <li class="round">
      <h4>
        <a href={`/interviews/${encodeURIComponent(i.id)}`}>{formatLocal(i.startsAt, i.timeZone)}</a>
      </h4>
      <dl class="facts">
        <dt>Stage</dt>
        <dd>{i.stage || 'Not recorded'}</dd>
        <dt>Format</dt>
        <dd>{FORMAT_LABELS[i.format]}</dd>
        <dt>Panel</dt>
        <dd>{panel || 'No interviewers recorded'}</dd>
        <dt>Time frame</dt>
        <dd>
          {i.nextSteps.timeframe ? (
            <q>{i.nextSteps.timeframe}</q>
          ) : (
            <span class="warning">No time frame recorded: ask for one</span>
          )}
        </dd>
        <dt>Follow up with</dt>
        <dd>{contact ? formatPerson(contact) : 'No contact recorded'}</dd>
        <dt>Permission to follow up</dt>
        <dd>{PERMISSION_LABELS[i.nextSteps.permission]}</dd>
      </dl>
    </li>
  );
}
