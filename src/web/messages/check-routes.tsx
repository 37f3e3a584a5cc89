// Checking thank-you notes: the paste-any-note page (/check) and the editor on each interview page.
// POSTs, not GETs: the note's text stays out of URLs and logs (and passes the origin check).
// htmx asks with HX-Request and gets only the report region; a plain form post gets the whole page.
import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Clock, FollowThrough } from '../../app/index.js';
import { badInput } from '../../core/errors.js';
import { emptyForm, formValues } from '../form-state.js';
import { InterviewPage } from '../interviews/interview-detail.js';
import { loadInterviewPage } from '../interviews/interview-page-data.js';
import { render } from '../render.js';
import { CHECK_FIELD_LABELS, type CheckOutcome, checkInput, noteFieldName, runCheck } from './check-form.js';
import { CheckPage } from './check-page.js';
import { NoteCheckFragment } from './note-editor.js';

const statusOf = (o: CheckOutcome): ContentfulStatusCode => ('problems' in o ? 400 : 200);

async function fragment(
  c: Context,
  id: string,
  outcome: CheckOutcome,
  announced: string | undefined,
  labels: Record<string, string>,
) {
  const html = await (
    <NoteCheckFragment id={id} outcome={outcome} announced={announced ?? ''} labels={labels} />
  ).toString();
  c.header('Cache-Control', 'no-store');
  return c.html(html, statusOf(outcome));
}

const fromHtmx = (c: Context) => c.req.header('hx-request') === 'true';

export function checkRoutes(api: FollowThrough, clock: Clock): Hono {
  const app = new Hono();

  app.get('/check', async (c) =>
    render(
      c,
      <CheckPage state={emptyForm({ channel: 'email' })} outcome={null} interviews={await api.interviews.list()} />,
    ),
  );

  app.post('/check', async (c) => {
    const values = formValues(await c.req.parseBody());
    const outcome = await runCheck(api, { values, textName: 'text', input: checkInput(values, 'text') });
    if (fromHtmx(c)) return fragment(c, 'check', outcome, values.announced, CHECK_FIELD_LABELS);
    const state = 'problems' in outcome ? outcome.problems : emptyForm(values);
    const interviews = await api.interviews.list();
    return render(c, <CheckPage state={state} outcome={outcome} interviews={interviews} />, statusOf(outcome));
  });

  app.post('/interviews/:id/check', async (c) => {
    const id = c.req.param('id');
    const record = await api.interviews.show(id);
    const values = formValues(await c.req.parseBody());
    const index = record.participants.findIndex((p) => p.contact.id === values.contact);
    const participant = record.participants[index];
    if (!participant) throw badInput([{ field: 'contact', message: "is not on this interview's panel" }]);
    const textName = noteFieldName(participant.contact.id);
    const otherNotes = record.participants
      .filter((p) => p !== participant)
      .map((p) => values[noteFieldName(p.contact.id)] ?? '')
      .filter((t) => t.trim() !== '');
    const to = participant.contact.email || participant.contact.name;
    const input = checkInput({ ...values, to: '', interviewId: '' }, textName, {
      interviewId: id,
      ...(to && { to }),
      otherNotes,
    });
    const outcome = await runCheck(api, { values, textName, input });
    const labels = { ...CHECK_FIELD_LABELS, [textName]: 'The note' };
    if (fromHtmx(c)) return fragment(c, `note-n${index}`, outcome, values.announced, labels);
    const state = 'problems' in outcome ? outcome.problems : emptyForm(values);
    const data = await loadInterviewPage(api, id, clock.now());
    return render(
      c,
      <InterviewPage {...data} noteCheck={{ contactId: participant.contact.id, state, outcome }} />,
      statusOf(outcome),
    );
  });

  return app;
}
