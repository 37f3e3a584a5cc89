// The delivery panel of one message: where it stands (scheduled, sent when and to whom, uncertain,
// failed with the server's reason) and what can be done (Send, Schedule, Download .eml, mailto).
// Plain POST forms that work without JavaScript; each comes back to `returnTo`.
import type { Child } from 'hono/jsx';
import type { DeliveryView } from '../../app/index.js';
import { formatInstant } from '../format.js';

export interface DeliveryPanelOptions {
  /** Where each form comes back to after it is done: a path on this server, e.g. "/messages/msg_x". */
  returnTo: string;
  /** A problem from the last action (shown as an alert at the top of the panel). */
  error?: string;
  /** What the last action did, e.g. "Sent." (shown as a status line). */
  notice?: string;
  /** The value typed into the schedule field, kept after a refused schedule. */
  scheduleValue?: string;
}

const action = (id: string, verb: string) => `/messages/${encodeURIComponent(id)}/${verb}`;

function Post(props: {
  id: string;
  verb: string;
  returnTo: string;
  label: string;
  secondary?: boolean;
  extra?: Child;
}) {
  return (
    <form method="post" action={action(props.id, props.verb)}>
      <input type="hidden" name="return" value={props.returnTo} />
      {props.extra}
      <button type="submit" class={props.secondary ? 'secondary' : undefined}>
        {props.label}
      </button>
    </form>
  );
}

function Status(props: { view: DeliveryView }) {
  const { message: m, recipient } = props.view;
  const zone = props.view.suggested.timeZone;
  const when = (iso: string | null) => (iso ? formatInstant(iso, zone) : '');
  switch (m.status) {
    case 'sent':
      return (
        <p class="notice">
          Sent {when(m.sentAt)} to {m.sentTo}.
        </p>
      );
    case 'queued':
      return props.view.overdue ? (
        <div class="warning-block" role="alert">
          <p>
            This was scheduled for {when(m.scheduledAt)}, while Follow-Through was not running, and has not been sent.
            Send it now, or unschedule it.
          </p>
        </div>
      ) : (
        <p>
          Scheduled for {when(m.scheduledAt)} ({zone}), to {recipient?.email}.
          {m.deliveryError && <span class="hint"> Last try: {m.deliveryError}</span>}
        </p>
      );
    case 'sending':
      return <p>Being sent (since {when(m.updatedAt)}).</p>;
    case 'uncertain':
      return (
        <div class="warning-block" role="alert">
          <p>
            May or may not have been sent to {m.sentTo}: Follow-Through stopped while handing it to the mail server (
            {when(m.updatedAt)}). Look in your Sent folder, then tell us what you found.
          </p>
        </div>
      );
    case 'failed':
      return (
        <div class="warning-block" role="alert">
          <p>Not sent: {m.deliveryError}</p>
          <p>The message is unchanged: edit it, check your email settings, or try again.</p>
        </div>
      );
    case 'cancelled':
      return <p class="warning-block">{m.deliveryError || 'Cancelled.'}</p>;
    default:
      return <p>Not sent yet.</p>;
  }
}

/** The panel for one message; `view` is `api.delivery.view(messageId)`. */
export function deliveryPanel(view: DeliveryView, options: DeliveryPanelOptions) {
  const { message: m } = view;
  const id = m.id;
  const ret = options.returnTo;
  const editable = view.editable;
  const ready = editable && view.problems.length === 0;
  const fieldId = `schedule-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const zone = view.suggested.timeZone;
  return (
    <section class="delivery-panel" aria-labelledby={`${fieldId}-h`}>
      <h2 id={`${fieldId}-h`}>Send</h2>
      {options.error && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{options.error}</p>
        </div>
      )}
      {options.notice && (
        <p class="notice" role="status">
          {options.notice}
        </p>
      )}
      <Status view={view} />
      {editable && view.problems.length > 0 && (
        <div class="warning-block">
          <p>Before this can be sent:</p>
          <ul>
            {view.problems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {ready && !view.smtp.configured && (
        <p>
          To send from here, <a href="/settings/email">set up your email account</a>. Or download the .eml or use your
          mail app below.
        </p>
      )}
      <div class="actions">
        {ready && view.smtp.configured && (
          <Post id={id} verb="send" returnTo={ret} label={`Send now to ${view.recipient?.email ?? ''}`} />
        )}
        {m.status === 'queued' && view.overdue && (
          <Post id={id} verb="confirm-overdue" returnTo={ret} label="Send it now" />
        )}
        {m.status === 'queued' && <Post id={id} verb="unschedule" returnTo={ret} label="Unschedule" secondary />}
        {m.status === 'uncertain' && (
          <>
            <Post
              id={id}
              verb="resolve"
              returnTo={ret}
              label="It arrived: mark as sent"
              extra={<input type="hidden" name="answer" value="sent" />}
            />
            <Post
              id={id}
              verb="resolve"
              returnTo={ret}
              label="Send it again"
              secondary
              extra={<input type="hidden" name="answer" value="again" />}
            />
          </>
        )}
      </div>
      {ready && view.smtp.configured && (
        <form method="post" action={action(id, 'schedule')} class="schedule" novalidate>
          <input type="hidden" name="return" value={ret} />
          <label for={fieldId}>
            Schedule for <span class="muted">(their time, {zone})</span>
          </label>
          <p class="hint" id={`${fieldId}-hint`}>
            Suggested: {formatInstant(view.suggested.at, zone)}, inside their business hours. It is sent while
            Follow-Through is running.
          </p>
          <div class="inline">
            <input
              type="datetime-local"
              id={fieldId}
              name="at"
              value={options.scheduleValue ?? view.suggested.local}
              aria-describedby={`${fieldId}-hint`}
            />
            <button type="submit" class="secondary">
              Schedule
            </button>
          </div>
        </form>
      )}
      <p class="actions">
        <a href={action(id, 'eml')} download>
          Download .eml
        </a>
        {view.recipient?.email && <a href={view.mailto}>Open in your mail app</a>}
      </p>
      {view.gaps.length > 0 && (
        <p class="hint">The .eml and mail-app copies still contain the [add: …] gaps: fill them in before sending.</p>
      )}
    </section>
  );
}
