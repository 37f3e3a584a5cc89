// Email delivery on the web: the delivery panel's POSTs (send, schedule, unschedule, resolve,
// confirm an overdue message), the .eml download, the outbox and the email settings. Sending
// always asks first; each action comes back (303) to the page named by `return`.
import { type Context, Hono } from 'hono';
import { deliveryProblemText } from '../../app/delivery/delivery.js';
import type { Clock, DeliveryOutcome, FollowThrough } from '../../app/index.js';
import { AppError, isBadInput } from '../../core/errors.js';
import { statusOf } from '../errors.js';
import { addProblems, emptyForm, formValues, problemsOf } from '../form-state.js';
import { render } from '../render.js';
import { localReturn, withQuery } from '../return-path.js';
import { ConfirmSendPage, DeliveryPage, EmailSettingsPage, OutboxPage } from './mail-pages.js';

const NOTICES: Record<string, string> = {
  sent: 'Sent.',
  scheduled: 'Scheduled. It goes out while Follow-Through is running.',
  unscheduled: 'Unscheduled: it is a draft again.',
  resolved: 'Marked as sent.',
  retrying: 'Not sent yet: the server asked to try again later. It will be retried automatically.',
};

/** The line to show for `?delivery=...` after a delivery action (for the message page too). */
export const deliveryNotice = (value: string | undefined): string | undefined => (value ? NOTICES[value] : undefined);

const SETTINGS_FIELDS = ['host', 'port', 'security', 'user', 'from', 'fromName'] as const;

export function mailRoutes(api: FollowThrough, _clock: Clock): Hono {
  const app = new Hono();
  const messagePage = (id: string) => `/messages/${encodeURIComponent(id)}`;

  const back = (c: Context, id: string, ret: string | undefined, what: string) =>
    c.redirect(withQuery(localReturn(ret, messagePage(id)), 'delivery', what), 303);

  /** Runs a delivery action; a refusal is shown on the delivery page with the reason. */
  async function act(
    c: Context,
    id: string,
    ret: string | undefined,
    run: () => Promise<string>,
    scheduleValue?: string,
  ) {
    try {
      return back(c, id, ret, await run());
    } catch (err) {
      if (!(err instanceof AppError) || err.code === 'not-found') throw err;
      const error = err.problems.length > 0 ? err.problems.map(deliveryProblemText).join(' ') : err.message;
      const view = await api.delivery.view(id);
      // A mail server's refusal is not our server failing: 502, not 500.
      const status = err.code === 'failure' ? 502 : statusOf(err.code);
      return render(
        c,
        <DeliveryPage
          view={view}
          returnTo={localReturn(ret, messagePage(id))}
          error={error}
          scheduleValue={scheduleValue}
        />,
        status,
      );
    }
  }

  const outcomeWord = (o: DeliveryOutcome) => (o.status === 'retrying' ? 'retrying' : 'sent');

  app.get('/messages/:id/delivery', async (c) => {
    const id = c.req.param('id');
    const view = await api.delivery.view(id);
    return render(
      c,
      <DeliveryPage
        view={view}
        returnTo={`${messagePage(id)}/delivery`}
        notice={deliveryNotice(c.req.query('delivery'))}
      />,
    );
  });

  app.get('/messages/:id/eml', async (c) => {
    const file = await api.delivery.eml(c.req.param('id'));
    return c.body(new Uint8Array(file.content), 200, {
      'Content-Type': 'message/rfc822',
      // The name is made of [a-z0-9-] only, so it needs no further quoting.
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
    });
  });

  app.post('/messages/:id/send', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    if (values.confirm !== '1') {
      const view = await api.delivery.view(id);
      return render(
        c,
        <ConfirmSendPage view={view} verb="send" returnTo={localReturn(values.return, messagePage(id))} />,
      );
    }
    return act(c, id, values.return, async () => outcomeWord(await api.delivery.send(id)));
  });

  app.post('/messages/:id/schedule', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    // datetime-local may carry seconds; the app takes "YYYY-MM-DDTHH:MM" on the recipient's clock.
    const at = (values.at ?? '').trim().replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):\d{2}(\.\d+)?$/, '$1');
    return act(
      c,
      id,
      values.return,
      async () => {
        await api.delivery.schedule(id, at ? { at } : {});
        return 'scheduled';
      },
      at,
    );
  });

  app.post('/messages/:id/unschedule', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    return act(c, id, values.return, async () => {
      await api.delivery.unschedule(id);
      return 'unscheduled';
    });
  });

  app.post('/messages/:id/resolve', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    const answer = values.answer === 'again' ? 'again' : values.answer === 'sent' ? 'sent' : null;
    if (!answer) return c.text('answer must be "sent" or "again"', 400);
    if (answer === 'again' && values.confirm !== '1') {
      const view = await api.delivery.view(id);
      const ret = localReturn(values.return, messagePage(id));
      return render(c, <ConfirmSendPage view={view} verb="resolve" returnTo={ret} extra={{ answer: 'again' }} />);
    }
    return act(c, id, values.return, async () => {
      const outcome = await api.delivery.resolve(id, answer);
      return answer === 'sent' ? 'resolved' : outcomeWord(outcome);
    });
  });

  app.post('/messages/:id/confirm-overdue', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    if (values.confirm !== '1') {
      const view = await api.delivery.view(id);
      const ret = localReturn(values.return, messagePage(id));
      return render(c, <ConfirmSendPage view={view} verb="confirm-overdue" returnTo={ret} />);
    }
    return act(c, id, values.return, async () => outcomeWord(await api.delivery.confirmOverdue(id)));
  });

  app.get('/outbox', async (c) => {
    const [items, profile] = [await api.delivery.outbox(), await api.profile.get()];
    return render(c, <OutboxPage items={items} timeZone={profile.timeZone || 'UTC'} />);
  });

  app.get('/settings/email', async (c) => {
    const s = await api.smtp.get();
    const values: Record<string, string> = {
      host: s.host,
      port: s.configured ? String(s.port) : '',
      security: s.security,
      user: s.username,
      from: s.fromAddress,
      fromName: s.fromName,
      bccSelf: s.bccSelf ? '1' : '',
    };
    return render(c, <EmailSettingsPage state={emptyForm(values)} settings={s} saved={c.req.query('saved') === '1'} />);
  });

  app.post('/settings/email', async (c) => {
    const values = formValues(await c.req.parseBody());
    const input = {
      ...Object.fromEntries(
        SETTINGS_FIELDS.map((f) => [f, (values[f] ?? '').trim()]).filter(([f, v]) => f !== 'port' || v !== ''),
      ),
      bccSelf: values.bccSelf === '1',
      // Write-only: empty keeps the stored password.
      ...(values.password ? { password: values.password } : {}),
    };
    try {
      await api.smtp.update(input);
    } catch (err) {
      if (!isBadInput(err)) throw err;
      const known = (f: string) =>
        (SETTINGS_FIELDS as readonly string[]).includes(f) || f === 'password' ? f : undefined;
      // The typed password is never sent back into the page.
      const state = addProblems(emptyForm({ ...values, password: '' }), problemsOf(err), known);
      return render(c, <EmailSettingsPage state={state} settings={await api.smtp.get()} />, statusOf('bad-input'));
    }
    return c.redirect('/settings/email?saved=1', 303);
  });

  return app;
}
