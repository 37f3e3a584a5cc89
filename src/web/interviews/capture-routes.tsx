// The quick capture right after an interview: what they said about next steps, whom to contact,
// the cues noticed and an answer that fell flat. A refused form comes back with its values.
import { Hono } from 'hono';
import type { CaptureInput, FollowThrough } from '../../app/index.js';
import { statusOf } from '../errors.js';
import { type FormBody, fixableMessages, many, one } from '../form-body.js';
import { render } from '../render.js';
import { type CaptureFormValues, CapturePage } from './capture-page.js';

export function captureRoutes(api: FollowThrough): Hono {
  const app = new Hono();

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
    const b = (await c.req.parseBody({ all: true })) as FormBody;
    const values: CaptureFormValues = {
      gotTimeframe: one(b, 'gotTimeframe'),
      timeframe: one(b, 'timeframe'),
      gotContact: one(b, 'gotContact'),
      contact: one(b, 'contact'),
      cues: many(b, 'cues'),
      weakAnswer: one(b, 'weakAnswer'),
      weakWith: one(b, 'weakWith'),
    };
    // What the user chose goes to the app as it is; the app refuses "none" together with an answer.
    const input: CaptureInput = { cues: values.cues };
    if (values.gotTimeframe === 'no') input.noTimeframe = true;
    if (values.timeframe) input.timeframe = values.timeframe;
    if (values.gotContact === 'no') input.noContact = true;
    if (values.contact) input.contact = values.contact;
    if (values.weakAnswer) {
      input.weakAnswer = values.weakAnswer;
      if (values.weakWith) input.weakWith = values.weakWith;
    }
    const errors: string[] = [];
    try {
      await api.capture.save(id, input);
      return c.redirect(`/interviews/${encodeURIComponent(id)}/capture?saved=1`, 303);
    } catch (err) {
      const m = fixableMessages(err);
      if (!m) throw err;
      errors.push(...m);
    }
    const r = await api.capture.show(id);
    return render(c, <CapturePage result={r} values={values} errors={errors} />, statusOf('bad-input'));
  });
  return app;
}
