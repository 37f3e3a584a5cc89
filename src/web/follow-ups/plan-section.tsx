// The follow-up plan on the interview page: what their time frame was understood as, then each
// touch on a timeline with its date, recipient, channel, status and reason, then what happened.
import type { PlanView, StoredEvent, StoredTouch } from '../../app/index.js';
import type { Id } from '../../core/model.js';
import { formatInstant, formatLocal } from '../format.js';
import { LogForm, type LogFormProps } from './log-form.js';
import {
  CHANNEL_WORDS,
  effectiveDue,
  HISTORY_WORDS,
  isOpen,
  isOverdue,
  STATUS_WORDS,
  touchTitle,
} from './plan-words.js';
import { TouchActions, type TouchError } from './touch-actions.js';
import { TimeFrameSummary } from './understanding.js';

export interface PlanSectionProps {
  plan: PlanView;
  /** Display names of the contacts the plan's touches and events name. */
  names: Record<Id, string>;
  now: Date;
  /** The interview's own zone, for events. */
  timeZone: string;
  /** When this round is not the latest, the plan follows the latest: its page and date. */
  latestRound?: { href: string; label: string };
  touchError?: TouchError;
  /** "done", "skipped", "snoozed" or "logged": what the last action on this page did. */
  updated?: string;
  log: LogFormProps;
}

const UPDATED: Record<string, string> = {
  done: 'Marked as done. Later touches were re-planned from it.',
  skipped: 'Skipped.',
  snoozed: 'Snoozed.',
  logged: 'Recorded. The plan was updated.',
};

/** The notices a redirect back to the plan may ask for (`?updated=`). */
export const PLAN_NOTICES: ReadonlySet<string> = new Set(Object.keys(UPDATED));

export function PlanSection(props: PlanSectionProps) {
  const { plan } = props;
  const returnTo = `/interviews/${encodeURIComponent(plan.interviewId)}#plan`;
  const notice = props.updated ? UPDATED[props.updated] : undefined;
  return (
    <section aria-labelledby="plan" class="plan">
      <h2 id="plan">Follow-up plan</h2>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {props.latestRound && (
        <p class="warning-block">
          This opportunity has a later round, so its plan follows that one:{' '}
          <a href={props.latestRound.href}>{props.latestRound.label}</a>.
        </p>
      )}
      <h3>Their time frame</h3>
      <TimeFrameSummary frame={plan.timeFrame} />
      <h3>Timeline</h3>
      {plan.touches.length === 0 ? (
        <p>Nothing planned: follow-ups stop once a process has ended or an offer is in.</p>
      ) : (
        <ol class="timeline">
          {plan.touches.map((t) => (
            <TouchItem
              touch={t}
              name={t.contactId ? (props.names[t.contactId] ?? null) : null}
              now={props.now}
              returnTo={returnTo}
              error={props.touchError}
            />
          ))}
        </ol>
      )}
      <h3>What happened</h3>
      <History events={plan.events} names={props.names} timeZone={props.timeZone} />
      <LogForm {...props.log} />
    </section>
  );
}

function TouchItem(props: {
  touch: StoredTouch;
  name: string | null;
  now: Date;
  returnTo: string;
  error?: TouchError;
}) {
  const t = props.touch;
  const title = touchTitle(t.kind, props.name);
  const overdue = isOverdue(t, props.now);
  const classes = ['touch', `touch-${t.status}`, overdue ? 'overdue' : ''].filter(Boolean).join(' ');
  return (
    <li class={classes} id={`touch-${t.id}`}>
      <h4>{title}</h4>
      <dl class="facts compact">
        <dt>When</dt>
        <dd>
          <time datetime={t.dueAt}>{formatLocal(t.dueLocal, t.timeZone)}</time>
          {overdue && t.status === 'pending' && <strong class="badge overdue-badge"> Overdue</strong>}
        </dd>
        {t.channel !== 'task' && (
          <>
            <dt>To</dt>
            <dd>{props.name ?? 'Nobody recorded yet: add a follow-up contact'}</dd>
          </>
        )}
        <dt>How</dt>
        <dd>{CHANNEL_WORDS[t.channel]}</dd>
        <dt>Status</dt>
        <dd>
          {STATUS_WORDS[t.status]}
          {t.completedAt && !isOpen(t) && ` on ${formatInstant(t.completedAt, t.timeZone)}`}
          {t.status === 'snoozed' && (
            <>
              {' until '}
              <time datetime={effectiveDue(t)}>{formatInstant(effectiveDue(t), t.timeZone)}</time>
              {overdue && <strong class="badge overdue-badge"> Overdue</strong>}
            </>
          )}
        </dd>
      </dl>
      <p class="reason">{t.reason}</p>
      {isOpen(t) && <TouchActions touch={t} title={title} returnTo={props.returnTo} error={props.error} />}
    </li>
  );
}

const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

function History(props: { events: StoredEvent[]; names: Record<Id, string>; timeZone: string }) {
  if (props.events.length === 0) {
    return <p class="muted">Nothing recorded yet. Log replies, calls and new dates below so the plan can follow.</p>;
  }
  return (
    <ul class="history">
      {props.events.map((e) => {
        const who = e.contactId ? props.names[e.contactId] : undefined;
        return (
          <li>
            <strong>{HISTORY_WORDS[e.kind]}</strong>
            {e.touchKind && `: ${lowerFirst(touchTitle(e.touchKind, who ?? null))}`}
            {who && !e.touchKind && `, ${e.kind === 'sent' ? 'to' : 'from'} ${who}`}
            {', '}
            <time datetime={e.at}>{formatInstant(e.at, props.timeZone)}</time>
            {e.timeframe && (
              <>
                {': '}
                <q>{e.timeframe}</q>
              </>
            )}
            {e.note && <span class="prose note">{e.note}</span>}
          </li>
        );
      })}
    </ul>
  );
}
