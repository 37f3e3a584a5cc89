// Issue 7 in the browser: the interview sheet (page and PDF), the quick capture, outcomes, the
// contacts view and the follow-up record. Each route validates what it is sent; a refused form
// comes back with its values and what to fix.
import { type Context, Hono } from 'hono';
import type { CaptureInput, FollowThrough, OutcomeInput } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import type { Contact } from '../../core/model.js';
import { OPEN_STATUSES } from '../../core/model.js';
import { isOutcome } from '../../core/outcomes.js';
import { statusOf } from '../errors.js';
import { render } from '../render.js';
import { type CaptureFormValues, CapturePage } from '../views/capture-page.js';
import { ContactsPage, StatsPage } from '../views/insight-pages.js';
import { ErrorPage } from '../views/layout.js';
import { OutcomeFormPage, OutcomeResultPage } from '../views/outcome-pages.js';
import { SheetPage } from '../views/sheet-page.js';

type Body = Record<string, string | File | (string | File)[]>;
const one = (b: Body, k: string): string => {
  const v = b[k];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : '';
};
const many = (b: Body, k: string): string[] => {
  const v = b[k];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
};
const messagesOf = (err: unknown): string[] | null =>
  err instanceof AppError && (err.code === 'bad-input' || err.code === 'conflict')
    ? err.problems.length > 0
      ? err.problems.map((p) => `${p.field}: ${p.message}${p.example ? ` (for example: ${p.example})` : ''}`)
      : [err.message]
    : null;

export function afterRoutes(api: FollowThrough): Hono {
  const app = new Hono();

  app.get('/interviews/:id/sheet', async (c) =>
    render(c, <SheetPage view={await api.sheet.show(c.req.param('id'))} />),
  );

  app.get('/interviews/:id/sheet.pdf', async (c) => {
    const pdf = await api.sheet.pdf(c.req.param('id'));
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      // A fixed ASCII name: nothing the user typed reaches the header.
      'Content-Disposition': 'attachment; filename="interview-sheet.pdf"',
    });
  });

  app.post('/interviews/:id/sheet/points', async (c) => {
    const id = c.req.param('id');
    const point = one((await c.req.parseBody()) as Body, 'point');
    try {
      if (point === '') throw new AppError('bad-input', 'Write the point first, e.g. "how I cut churn by 12%".');
      await api.sheet.addPoints(id, [point]);
      return c.redirect(`/interviews/${encodeURIComponent(id)}/sheet#sheet-points`, 303);
    } catch (err) {
      const m = messagesOf(err);
      if (!m) throw err;
      const view = await api.sheet.show(id);
      return render(c, <SheetPage view={view} error={m.join(' ')} value={point} />, statusOf('bad-input'));
    }
  });

  const captureValues = (r: Awaited<ReturnType<FollowThrough['capture']['show']>>): CaptureFormValues => ({
    gotTimeframe: r.record.nextSteps.timeframe ? 'yes' : '',
    timeframe: r.record.nextSteps.timeframe,
    gotContact: r.record.nextSteps.contactId ? 'yes' : '',
    contact:
      r.record.participants.find((p) => p.contact.id === r.record.nextSteps.contactId)?.contact.name ??
      (r.record.nextSteps.contactId ? '' : ''),
    cues: r.cues,
    weakAnswer: '',
    weakWith: '',
  });

  app.get('/interviews/:id/capture', async (c) => {
    const r = await api.capture.show(c.req.param('id'));
    return render(c, <CapturePage result={r} values={captureValues(r)} saved={c.req.query('saved') === '1'} />);
  });

  app.post('/interviews/:id/capture', async (c) => {
    const id = c.req.param('id');
    const b = (await c.req.parseBody({ all: true })) as Body;
    const values: CaptureFormValues = {
      gotTimeframe: one(b, 'gotTimeframe'),
      timeframe: one(b, 'timeframe'),
      gotContact: one(b, 'gotContact'),
      contact: one(b, 'contact'),
      cues: many(b, 'cues'),
      weakAnswer: one(b, 'weakAnswer'),
      weakWith: one(b, 'weakWith'),
    };
    const input: CaptureInput = { cues: values.cues };
    if (values.gotTimeframe === 'no') input.noTimeframe = true;
    else if (values.timeframe) input.timeframe = values.timeframe;
    if (values.gotContact === 'no') input.noContact = true;
    else if (values.contact) input.contact = values.contact;
    if (values.weakAnswer) {
      input.weakAnswer = values.weakAnswer;
      if (values.weakWith) input.weakWith = values.weakWith;
    }
    const errors: string[] = [];
    if (values.gotTimeframe === 'no' && values.timeframe)
      errors.push('Time frame: you said there was none; clear the words or choose Yes.');
    if (values.gotContact === 'no' && values.contact)
      errors.push('Contact: you said there was none; clear the name or choose Yes.');
    if (errors.length === 0) {
      try {
        await api.capture.save(id, input);
        return c.redirect(`/interviews/${encodeURIComponent(id)}/capture?saved=1`, 303);
      } catch (err) {
        const m = messagesOf(err);
        if (!m) throw err;
        errors.push(...m);
      }
    }
    const r = await api.capture.show(id);
    return render(c, <CapturePage result={r} values={values} errors={errors} />, statusOf('bad-input'));
  });

  /** The people met in a process and the other open processes, for the outcome forms. */
  async function formData(opportunityId: string) {
    const view = await api.outcomes.show(opportunityId);
    const all = await api.overview();
    const mine = all.find((o) => o.id === opportunityId);
    const people = new Map<string, Contact>();
    for (const i of mine?.interviews ?? []) for (const p of i.participants) people.set(p.contact.id, p.contact);
    const others = all.filter((o) => o.id !== opportunityId && OPEN_STATUSES.includes(o.status));
    const latest = mine?.interviews.at(-1);
    return { view, people: [...people.values()], others, latest };
  }

  app.get('/opportunities/:id/outcome/:outcome', async (c) => {
    const outcome = c.req.param('outcome');
    if (outcome !== 'rejected' && outcome !== 'accepted') return notThere(c);
    const { view, people, others } = await formData(c.req.param('id'));
    return render(
      c,
      <OutcomeFormPage opportunity={view.opportunity} outcome={outcome} people={people} others={others} />,
    );
  });

  app.post('/opportunities/:id/outcome', async (c) => {
    const id = c.req.param('id');
    const b = (await c.req.parseBody({ all: true })) as Body;
    const outcome = one(b, 'outcome');
    if (!isOutcome(outcome)) {
      return render(
        c,
        <ErrorPage
          status={400}
          title="That did not work"
          message="Choose one of the outcome buttons on the interview page."
        />,
        statusOf('bad-input'),
      );
    }
    const input: OutcomeInput = { outcome, keepWarm: many(b, 'keepWarm'), keepOpen: many(b, 'keepOpen') };
    const every = one(b, 'everyMonths');
    if (every !== '') input.everyMonths = every as unknown as number;
    try {
      const result = await api.outcomes.set(id, input);
      const { latest } = await formData(id);
      const path = latest ? `/interviews/${encodeURIComponent(latest.id)}` : '/';
      return render(c, <OutcomeResultPage result={result} interviewPath={path} />);
    } catch (err) {
      const m = messagesOf(err);
      if (!m) throw err;
      const { view, people, others } = await formData(id);
      if (outcome === 'rejected' || outcome === 'accepted') {
        return render(
          c,
          <OutcomeFormPage
            opportunity={view.opportunity}
            outcome={outcome}
            people={people}
            others={others}
            errors={m}
          />,
          statusOf('bad-input'),
        );
      }
      return render(
        c,
        <ErrorPage status={409} title="That did not work" message={m.join(' ')} />,
        statusOf('conflict'),
      );
    }
  });

  app.get('/contacts', async (c) => render(c, <ContactsPage people={await api.contacts()} />));
  app.get('/stats', async (c) => render(c, <StatsPage stats={await api.stats()} />));
  return app;
}

const notThere = (c: Context) =>
  render(c, <ErrorPage status={404} title="Page not found" message="There is no such page." />, statusOf('not-found'));
