// What is due: the touches of every opportunity due in the next days, most urgent (overdue) first,
// each with why, a link to its interview and Done / Skip / Snooze.
import type { DueTouch } from '../../app/index.js';
import { DUE_DAYS } from '../dashboard/dashboard-data.js';
import { formatInstant } from '../format.js';
import { CHANNEL_WORDS, effectiveDue, isOverdue, touchTitle } from './plan-words.js';
import { TouchActions, type TouchError } from './touch-actions.js';

const UPDATED: Record<string, string> = {
  done: 'Marked as done. Later touches were re-planned from it.',
  skipped: 'Skipped.',
  snoozed: 'Snoozed.',
};

/** Due items listed before "Show all": the most urgent fit on a phone, and the page stays light. */
export const DUE_SHOWN = 25;

export function DueSection(props: {
  due: DueTouch[];
  now: Date;
  touchError?: TouchError;
  updated?: string;
  showAll?: boolean;
}) {
  const notice = props.updated ? UPDATED[props.updated] : undefined;
  const overdue = props.due.filter((t) => isOverdue(t, props.now)).length;
  // A refused snooze must stay in view with its message, wherever it is in the list.
  const errorAt = props.touchError ? props.due.findIndex((t) => t.id === props.touchError?.touchId) : -1;
  const shown = props.showAll || errorAt >= DUE_SHOWN ? props.due : props.due.slice(0, DUE_SHOWN);
  return (
    <section aria-labelledby="due" class="due">
      <h2 id="due">Due in the next {DUE_DAYS} days</h2>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {props.due.length === 0 ? (
        <p class="empty">Nothing due in the next {DUE_DAYS} days.</p>
      ) : (
        <>
          <p>
            {props.due.length} to do{overdue > 0 ? `, ${overdue} of them overdue` : ''}.
          </p>
          <ol class="due-list">
            {shown.map((t) => (
              <DueItem touch={t} now={props.now} error={props.touchError} />
            ))}
          </ol>
          {shown.length < props.due.length && (
            <p>
              Showing the {shown.length} most urgent. <a href="/?due=all#due">Show all {props.due.length}</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function DueItem(props: { touch: DueTouch; now: Date; error?: TouchError }) {
  const t = props.touch;
  const title = touchTitle(t.kind, t.contactName);
  const overdue = isOverdue(t, props.now);
  const when = effectiveDue(t);
  return (
    <li class={overdue ? 'due-item overdue' : 'due-item'} id={`due-${t.id}`}>
      <h3>{title}</h3>
      <p class="muted">
        {t.company} · {t.role}
      </p>
      <dl class="facts compact">
        <dt>When</dt>
        <dd>
          <time datetime={when}>{formatInstant(when, t.timeZone)}</time>
          {t.status === 'snoozed' && ' (snoozed)'}
          {overdue && <strong class="badge overdue-badge"> Overdue</strong>}
        </dd>
        {t.channel !== 'task' && (
          <>
            <dt>To</dt>
            <dd>
              {t.contactName || t.contactEmail || 'Nobody recorded yet'}
              {t.contactName && t.contactEmail && <span class="contact-email">{t.contactEmail}</span>}
            </dd>
          </>
        )}
        <dt>How</dt>
        <dd>{CHANNEL_WORDS[t.channel]}</dd>
      </dl>
      <p class="reason">{t.reason}</p>
      <p>
        <a href={`/interviews/${encodeURIComponent(t.interviewId)}#plan`}>
          Open the interview<span class="visually-hidden"> ({`${t.company}, ${t.role}`})</span>
        </a>
      </p>
      <TouchActions touch={t} title={`${title}, ${t.company}`} returnTo="/#due" error={props.error} />
    </li>
  );
}
