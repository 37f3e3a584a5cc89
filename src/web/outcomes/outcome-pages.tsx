// Outcomes in the browser: the buttons on the interview page (only what the transitions table
// allows), the form a rejection or an acceptance needs, and what the change did.
import type { OutcomeResult } from '../../app/index.js';
import type { Contact, Opportunity } from '../../core/model.js';
import type { Outcome } from '../../core/outcomes.js';
import { touchTitle } from '../follow-ups/plan-words.js';
import { formatLocal, STATUS_LABELS } from '../format.js';
import { Layout } from '../ui/layout.js';

export const OUTCOME_BUTTONS: Record<Outcome, string> = {
  offer: 'They made an offer',
  accepted: 'I accepted the offer',
  declined: 'I declined the offer',
  rejected: 'They said no',
  withdrawn: 'I withdrew',
  ghosted: 'Mark as ghosted',
};

/** Rejections and acceptances ask a question first; the others are one press. */
const NEEDS_FORM = new Set<Outcome>(['rejected', 'accepted']);

export function OutcomeSection(props: { opportunity: Opportunity; next: readonly Outcome[]; ghosted: boolean }) {
  const base = `/opportunities/${encodeURIComponent(props.opportunity.id)}/outcome`;
  return (
    <section aria-labelledby="outcome" class="outcome">
      <h2 id="outcome">Outcome</h2>
      <p>
        Status: <strong>{STATUS_LABELS[props.opportunity.status]}</strong>
      </p>
      {props.ghosted && (
        <p class="warning-block" role="status">
          The close-the-loop date has passed with no reply. If it is over, mark it as ghosted: the plan stops, and you
          can still keep in touch.
        </p>
      )}
      {props.next.length === 0 ? (
        <p class="muted">This process is over: nothing can follow.</p>
      ) : (
        <ul class="outcome-buttons">
          {props.next.map((o) => (
            <li>
              {NEEDS_FORM.has(o) ? (
                <a class="button secondary" href={`${base}/${o}`}>
                  {OUTCOME_BUTTONS[o]}
                </a>
              ) : (
                <form method="post" action={base}>
                  <input type="hidden" name="outcome" value={o} />
                  <button type="submit" class="secondary">
                    {OUTCOME_BUTTONS[o]}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OutcomeFormPage(props: {
  opportunity: Opportunity;
  outcome: 'rejected' | 'accepted';
  people: Contact[];
  others: Opportunity[];
  errors?: string[];
}) {
  const o = props.opportunity;
  const title = `${OUTCOME_BUTTONS[props.outcome]}: ${o.company}`;
  return (
    <Layout title={props.errors ? `Error: ${title}` : title}>
      <h1>
        {OUTCOME_BUTTONS[props.outcome]} <span class="muted">· {o.company}</span>
      </h1>
      {props.errors && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>That was not saved</h2>
          <ul>
            {props.errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={`/opportunities/${encodeURIComponent(o.id)}/outcome`}>
        <input type="hidden" name="outcome" value={props.outcome} />
        {props.outcome === 'rejected' ? (
          <>
            <p>
              The pending check-ins give way to a reply to their decision (drafted for you: thank them, ask for feedback
              and to be considered for future roles) and light keep-warm notes for the people you choose.
            </p>
            <fieldset>
              <legend>Keep in touch with</legend>
              {props.people.map((c) => (
                <div class="checkbox">
                  <input type="checkbox" id={`f-warm-${c.id}`} name="keepWarm" value={c.id} checked />
                  <label for={`f-warm-${c.id}`}>{c.name || c.email}</label>
                </div>
              ))}
            </fieldset>
            <div class="field">
              <label for="f-everyMonths">After the first note (about three months on), every how many months?</label>
              <input
                id="f-everyMonths"
                name="everyMonths"
                type="number"
                min={1}
                max={24}
                value="4"
                inputmode="numeric"
              />
            </div>
          </>
        ) : (
          <>
            <p>
              Congratulations. Your other open processes are withdrawn from: their plans stop, and a short, courteous
              withdrawal note is drafted for each, for you to review before sending.
            </p>
            {props.others.length > 0 && (
              <fieldset>
                <legend>Keep open instead (no withdrawal)</legend>
                {props.others.map((x) => (
                  <div class="checkbox">
                    <input type="checkbox" id={`f-open-${x.id}`} name="keepOpen" value={x.id} />
                    <label for={`f-open-${x.id}`}>
                      {x.company} · {x.role}
                    </label>
                  </div>
                ))}
              </fieldset>
            )}
          </>
        )}
        <p class="actions">
          <button type="submit">
            {props.outcome === 'rejected' ? 'Record the rejection' : 'Record the acceptance'}
          </button>
          <a class="button secondary" href="/">
            Cancel
          </a>
        </p>
      </form>
    </Layout>
  );
}

export function OutcomeResultPage(props: { result: OutcomeResult; interviewPath: string }) {
  const r = props.result;
  const o = r.opportunity;
  return (
    <Layout title={`${o.company}: ${STATUS_LABELS[o.status]}`}>
      <h1>
        {o.company} <span class="muted">· {o.role}</span>
      </h1>
      <p class="notice" role="status">
        Recorded: {STATUS_LABELS[o.status]}.
      </p>
      {r.withdrawn.length > 0 && (
        <>
          <h2>Withdrawn from</h2>
          <ul>
            {r.withdrawn.map((w) => (
              <li>
                {w.company} · {w.role}: its plan is stopped.
              </li>
            ))}
          </ul>
        </>
      )}
      {r.drafts.length > 0 && (
        <>
          <h2>Drafts to review before sending</h2>
          <ul class="drafts">
            {r.drafts.map((d) => (
              <li>
                <a href={`/messages/${encodeURIComponent(d.id)}`}>{d.subject}</a>{' '}
                <span class="muted">to {d.to.name}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Planned now</h2>
      {r.touches.length === 0 ? (
        <p class="muted">Nothing: the plan has stopped.</p>
      ) : (
        <ul class="planned-now">
          {r.touches.map((t) => (
            <li>
              <strong>{touchTitle(t.kind, t.contactId ? (r.names[t.contactId] ?? null) : null)}</strong>:{' '}
              <time datetime={t.dueAt}>{formatLocal(t.dueLocal, t.timeZone)}</time>
              <br />
              <span class="reason">{t.reason}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="actions">
        <a class="button" href={props.interviewPath}>
          Back to the interview
        </a>
        <a class="button secondary" href="/contacts">
          Contacts
        </a>
      </p>
    </Layout>
  );
}
