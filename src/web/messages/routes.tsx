// Drafts in the browser (issue 5): "Draft" on a touch or a panel member creates (or reopens) the
// draft and shows the editor; Save re-scores and stores; the live score checks without saving.
import { type Context, Hono } from 'hono';
import type { FollowThrough, MessagePageView } from '../../app/index.js';
import { badInput, isBadInput } from '../../core/errors.js';
import { deliveryPanel } from '../delivery/delivery-panel.js';
import { deliveryNotice } from '../delivery/mail-routes.js';
import { addProblems, emptyForm, type FormState, formValues, problemsOf } from '../form-state.js';
import { render } from '../render.js';
import { withQuery } from '../return-path.js';
import type { CheckOutcome } from './check-form.js';
import { DraftCheckFragment, MessagePage } from './message-page.js';

const FLASH: Record<string, string> = {
  saved: 'Saved, and scored again.',
  regenerated: 'Written again from your notes.',
  created: 'Drafted from your notes. Read it through, fill any gaps, then save.',
};

const path = (id: string) => `/messages/${encodeURIComponent(id)}`;
const fromHtmx = (c: Context) => c.req.header('hx-request') === 'true';

export function messageRoutes(api: FollowThrough): Hono {
  const app = new Hono();

  async function page(c: Context, data: MessagePageView, extra: { outcome?: CheckOutcome | null; state?: FormState }) {
    const { draft, about } = data;
    const flash = FLASH[c.req.query('updated') ?? ''];
    const status = extra.state && Object.keys(extra.state.errors).length > 0 ? 400 : 200;
    // Send, schedule, .eml and mailto belong to emails; letters and cards are printed instead.
    const notice = deliveryNotice(c.req.query('delivery'));
    const delivery = data.delivery
      ? deliveryPanel(data.delivery, { returnTo: path(draft.id), ...(notice && { notice }) })
      : undefined;
    return render(
      c,
      <MessagePage
        draft={draft}
        about={`${about.company}, ${about.role}`}
        outcome={extra.outcome ?? null}
        {...(extra.state && { state: extra.state })}
        {...(flash && { flash })}
        {...(delivery && { delivery })}
      />,
      status,
    );
  }

  app.post('/touches/:id/draft', async (c) => {
    const draft = await api.drafts.forTouch(c.req.param('id'));
    return c.redirect(withQuery(path(draft.id), 'updated', 'created'), 303);
  });

  app.post('/interviews/:id/drafts', async (c) => {
    const values = formValues(await c.req.parseBody());
    const record = await api.interviews.show(c.req.param('id'));
    const person = record.participants.find((p) => p.contact.id === values.contact)?.contact;
    if (!person) throw badInput([{ field: 'contact', message: "is not on this interview's panel" }]);
    // From the panel a thank-you, or one with a clarification; the plan's touches make the other kinds.
    const kind = values.kind || 'thank-you';
    if (kind !== 'thank-you' && kind !== 'clarification') {
      throw badInput([{ field: 'kind', message: 'must be thank-you or clarification', example: 'thank-you' }]);
    }
    const draft = await api.drafts.create({ interviewId: record.id, kind, to: person.id });
    return c.redirect(withQuery(path(draft.id), 'updated', 'created'), 303);
  });

  app.get('/messages/:id', async (c) => {
    const data = await api.drafts.page(c.req.param('id'));
    return page(c, data, { outcome: { report: data.report, text: data.draft.body } });
  });

  app.post('/messages/:id', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    try {
      await api.drafts.edit(id, {
        body: values.body ?? '',
        ...(values.subject !== undefined && { subject: values.subject }),
      });
    } catch (err) {
      if (!isBadInput(err)) throw err;
      const state = addProblems(emptyForm(values), problemsOf(err), (f) =>
        f === 'body' || f === 'subject' ? f : undefined,
      );
      return page(c, await api.drafts.page(id), { state });
    }
    return c.redirect(withQuery(path(id), 'updated', 'saved'), 303);
  });

  app.post('/messages/:id/check', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    const text = values.body ?? '';
    let outcome: CheckOutcome;
    try {
      outcome = { report: await api.drafts.check(id, text), text };
    } catch (err) {
      if (!isBadInput(err)) throw err;
      outcome = { problems: addProblems(emptyForm(values), problemsOf(err), () => 'body') };
    }
    if (fromHtmx(c)) {
      c.header('Cache-Control', 'no-store');
      return c.html(await (<DraftCheckFragment outcome={outcome} />).toString(), 'problems' in outcome ? 400 : 200);
    }
    return page(c, await api.drafts.page(id), { outcome, state: emptyForm(values) });
  });

  app.post('/messages/:id/regenerate', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    await api.drafts.regenerate(id, {
      ...(values.tone && { tone: values.tone as 'warm' }),
      ...(values.format && { format: values.format as 'email' }),
    });
    return c.redirect(withQuery(path(id), 'updated', 'regenerated'), 303);
  });

  app.post('/messages/:id/delete', async (c) => {
    const draft = await api.drafts.get(c.req.param('id'));
    await api.drafts.delete(draft.id);
    return c.redirect(`/interviews/${encodeURIComponent(draft.interviewId)}#messages`, 303);
  });

  return app;
}
