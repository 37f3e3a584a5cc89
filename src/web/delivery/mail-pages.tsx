// Pages of email delivery: the message's delivery page (the panel on its own), the confirmation
// before anything is sent, the outbox, and the email settings (the password field is write-only).
import type { DeliveryView, OutboxItem, SmtpSettingsView } from '../../app/index.js';
import { type FormState, fieldId } from '../form-state.js';
import { formatInstant } from '../format.js';
import { Checkbox, ErrorSummary, Select, TextField } from '../ui/fields.js';
import { Layout } from '../ui/layout.js';
import { type DeliveryPanelOptions, deliveryPanel } from './delivery-panel.js';

const messagePath = (id: string) => `/messages/${encodeURIComponent(id)}`;

export function DeliveryPage(props: { view: DeliveryView } & DeliveryPanelOptions) {
  const { view, ...options } = props;
  const m = view.message;
  return (
    <Layout title={options.error ? `Error: ${m.subject}` : m.subject}>
      <h1>{m.subject || '(no subject)'}</h1>
      <p>
        To {view.recipient ? `${view.recipient.name} <${view.recipient.email ?? 'no email address'}>` : 'nobody yet'} ·{' '}
        <a href={messagePath(m.id)}>Edit the message</a> · <a href="/outbox">Outbox</a>
      </p>
      {deliveryPanel(view, options)}
      <h2>The message</h2>
      <p class="prose">{m.body}</p>
    </Layout>
  );
}

/** "Send this now?": nothing leaves without the user confirming it. */
export function ConfirmSendPage(props: {
  view: DeliveryView;
  verb: string;
  returnTo: string;
  extra?: Record<string, string>;
}) {
  const { view } = props;
  const m = view.message;
  return (
    <Layout title="Send this email?">
      <h1>Send this email now?</h1>
      <dl class="facts">
        <dt>To</dt>
        <dd>
          {view.recipient?.name} &lt;{view.recipient?.email}&gt;
        </dd>
        <dt>From</dt>
        <dd>
          {view.smtp.fromName} &lt;{view.smtp.fromAddress}&gt;
          {view.smtp.bccSelf && ' (a copy to you)'}
        </dd>
        <dt>Subject</dt>
        <dd>{m.subject}</dd>
      </dl>
      <p class="prose">{m.body}</p>
      <form method="post" action={`${messagePath(m.id)}/${props.verb}`}>
        <input type="hidden" name="return" value={props.returnTo} />
        <input type="hidden" name="confirm" value="1" />
        {Object.entries(props.extra ?? {}).map(([k, v]) => (
          <input type="hidden" name={k} value={v} />
        ))}
        <div class="actions">
          <button type="submit" autofocus>
            Send now
          </button>
          <a href={props.returnTo}>Cancel</a>
        </div>
      </form>
    </Layout>
  );
}

const STATE_LABELS: Record<OutboxItem['state'], string> = {
  uncertain: 'May or may not have been sent',
  overdue: 'Overdue: waiting for you',
  failed: 'Not sent',
  sending: 'Being sent',
  queued: 'Scheduled',
};

export function OutboxPage(props: { items: OutboxItem[]; timeZone: string }) {
  return (
    <Layout title="Outbox" section="outbox">
      <h1>Outbox</h1>
      <p>
        Email scheduled to go out, and email that needs you. Scheduled email is sent while Follow-Through runs (
        <code>followthrough serve</code>, or <code>followthrough send --due</code> from cron).{' '}
        <a href="/settings/email">Email settings</a>
      </p>
      {props.items.length === 0 ? (
        <p>Nothing scheduled, nothing waiting for you.</p>
      ) : (
        <ul class="outbox">
          {props.items.map((i) => (
            <li>
              <h2>
                <a href={`${messagePath(i.message.id)}/delivery`}>{i.message.subject || '(no subject)'}</a>
              </h2>
              <p>
                <strong>{STATE_LABELS[i.state]}</strong>
                {i.message.scheduledAt && ` · ${formatInstant(i.message.scheduledAt, props.timeZone)}`} · to{' '}
                {i.recipient ? `${i.recipient.name} <${i.recipient.email ?? 'no email'}>` : 'nobody'} · {i.company}
              </p>
              {i.message.deliveryError && <p class="hint">{i.message.deliveryError}</p>}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

const SECURITY_OPTIONS = {
  starttls: 'STARTTLS (usually port 587)',
  tls: 'TLS from the start (usually port 465)',
  none: 'None (only for a server on this computer)',
};

export function EmailSettingsPage(props: { state: FormState; settings: SmtpSettingsView; saved?: boolean }) {
  const { state, settings } = props;
  const LABELS: Record<string, string> = {
    host: 'SMTP server',
    port: 'Port',
    security: 'Security',
    user: 'Login name',
    password: 'Password',
    from: 'From address',
    fromName: 'From name',
  };
  const items = Object.keys(state.errors).map((n) => ({
    href: `#${fieldId(n)}`,
    text: `${LABELS[n] ?? n} ${state.errors[n]}`,
  }));
  return (
    <Layout title={items.length || state.general.length ? 'Error: Email settings' : 'Email settings'}>
      <h1>Email settings</h1>
      {props.saved && (
        <p class="notice" role="status">
          Email settings saved.
        </p>
      )}
      <ErrorSummary items={items} general={state.general} />
      <p>
        Follow-Through sends through your own email account. For Gmail use smtp.gmail.com, STARTTLS, port 587 and an{' '}
        <a href="https://myaccount.google.com/apppasswords">app password</a> (it needs 2-Step Verification). Some
        providers (Microsoft 365, Outlook.com) have turned password sign-in for SMTP off: then download the .eml or use
        your mail app from each message instead.
      </p>
      <form method="post" action="/settings/email" novalidate>
        <TextField name="host" label={LABELS.host ?? ''} state={state} hint="e.g. smtp.gmail.com" autocomplete="off" />
        <Select name="security" label={LABELS.security ?? ''} state={state} options={SECURITY_OPTIONS} />
        <TextField
          name="port"
          label={LABELS.port ?? ''}
          state={state}
          type="number"
          hint="Empty: the usual port for the security chosen"
        />
        <TextField
          name="user"
          label={LABELS.user ?? ''}
          state={state}
          autocomplete="username"
          hint="Usually your email address"
        />
        <div class={state.errors.password ? 'field invalid' : 'field'}>
          <label for={fieldId('password')}>{LABELS.password}</label>
          <p class="hint" id={`${fieldId('password')}-hint`}>
            {settings.passwordSet
              ? 'A password is stored (encrypted). Leave this empty to keep it; type a new one to replace it.'
              : 'No password stored yet.'}
          </p>
          {state.errors.password && (
            <p class="field-error" id={`${fieldId('password')}-error`}>
              <span class="visually-hidden">Error: </span>
              {state.errors.password}
            </p>
          )}
          {/* Write-only: the stored password is never put back into the page. */}
          <input
            type="password"
            id={fieldId('password')}
            name="password"
            value=""
            autocomplete="new-password"
            aria-describedby={`${fieldId('password')}-hint`}
          />
        </div>
        <TextField name="from" label={LABELS.from ?? ''} state={state} type="email" autocomplete="email" />
        <TextField name="fromName" label={LABELS.fromName ?? ''} state={state} autocomplete="name" />
        <Checkbox name="bccSelf" label="Send me a copy (Bcc) of every message" state={state} />
        <div class="actions">
          <button type="submit">Save email settings</button>
        </div>
      </form>
    </Layout>
  );
}
