// Interview pages: add, show, edit, delete (after a confirmation page). Thin callers of the app API.
import { type Context, Hono } from 'hono';
import type { Clock, FollowThrough } from '../../app/index.js';
import { addInterviewInput, editInterviewInput } from '../../app/interviews/inputs.js';
import { type FieldProblem, isBadInput } from '../../core/errors.js';
import { PageCache } from '../dashboard/page-cache.js';
import { statusOf } from '../errors.js';
import { PLAN_NOTICES } from '../follow-ups/plan-section.js';
import { understandValues } from '../follow-ups/timeframe-preview.js';
import { addProblems, emptyForm, formValues, problemsOf, zodProblems } from '../form-state.js';
import { render, renderBytes, sendHtml } from '../render.js';
import { DeletePage } from './delete-page.js';
import { InterviewPage } from './interview-detail.js';
import { AddRowButton, InterviewerRow, InterviewFormPage } from './interview-form.js';
import { formField, newFormValues, recordToValues, rowCount, toAddInput, toEditInput } from './interview-input.js';
import { loadInterviewPage } from './interview-page-data.js';

type Values = Record<string, string>;

/** Re-renders a rejected form with the values kept and each problem beside its field. */
async function rejected(
  api: FollowThrough,
  c: Context,
  values: Values,
  problems: FieldProblem[],
  rowIndex: number[],
  id?: string,
  title?: string,
) {
  // Messages are plain; the form has no opportunity-id field, so the "or an existing opportunity" hint stays unshown.
  const state = addProblems(emptyForm(values), problems, (f) => formField(f, rowIndex, values));
  // The fields' own errors already say what is wrong with the date or zone; show only an understanding.
  const result = await understandValues(api, values);
  const understanding = result && 'frame' in result ? result : null;
  return render(
    c,
    <InterviewFormPage id={id} title={title} state={state} rows={rowCount(values)} understanding={understanding} />,
    statusOf('bad-input'),
  );
}

/** Runs a use case; a bad-input AppError becomes field problems, anything else propagates to onError. */
async function attempt<T>(run: () => Promise<T>): Promise<{ ok: T } | { problems: FieldProblem[] }> {
  try {
    return { ok: await run() };
  } catch (err) {
    if (isBadInput(err)) return { problems: problemsOf(err) };
    throw err;
  }
}

export function interviewRoutes(api: FollowThrough, clock: Clock): Hono {
  const app = new Hono();
  const path = (id: string) => `/interviews/${encodeURIComponent(id)}`;

  app.get('/interviews/new', async (c) => {
    const values = newFormValues(await api.profile.get());
    return render(c, <InterviewFormPage state={emptyForm(values)} rows={3} />);
  });

  // htmx asks for one more interviewer row; without JavaScript the addRow button posts the form instead.
  app.get('/interviews/interviewer-row', (c) => {
    const index = Math.min(Math.max(Number.parseInt(c.req.query('index') ?? '0', 10) || 0, 0), 19);
    return render(
      c,
      <>
        <InterviewerRow index={index} state={emptyForm({ [`interviewers.${index}.role`]: 'interviewer' })} autofocus />
        <AddRowButton next={index + 1} oob />
      </>,
    );
  });

  app.post('/interviews', async (c) => {
    const values = formValues(await c.req.parseBody());
    if (values.addRow) return render(c, <InterviewFormPage state={emptyForm(values)} rows={rowCount(values) + 1} />);
    const { input, rowIndex } = toAddInput(values);
    // The app's own schema, run here too so problems keep their row index ("interviewers.1.email").
    const checked = addInterviewInput.safeParse(input);
    if (!checked.success) return rejected(api, c, values, zodProblems(checked.error), rowIndex);
    const result = await attempt(() => api.interviews.add(input));
    if ('problems' in result) return rejected(api, c, values, result.problems, rowIndex);
    return c.redirect(path(result.ok.id), 303);
  });

  // Kept until the data changes, as the dashboard is (src/web/dashboard/page-cache.ts): the key names
  // the data version, the minute (for "overdue" and the log form's "now"), the interview and notice.
  const pages = new PageCache();
  app.get('/interviews/:id', async (c) => {
    const id = c.req.param('id');
    const now = clock.now();
    const updated = c.req.query('updated');
    const version = api.dataVersion();
    const keep = version !== null && (updated === undefined || PLAN_NOTICES.has(updated));
    const key = keep ? [version, Math.floor(now.getTime() / 60_000), id, updated ?? ''].join('|') : '';
    const cached = keep ? pages.get(key) : undefined;
    if (cached) return sendHtml(c, cached);
    const data = await loadInterviewPage(api, id, now);
    const page = await renderBytes(<InterviewPage {...data} updated={updated} />);
    if (keep) pages.set(key, page);
    return sendHtml(c, page);
  });

  app.get('/interviews/:id/edit', async (c) => {
    const { record, contact } = await api.interviews.form(c.req.param('id'));
    const values = recordToValues(record, contact);
    const title = `${record.opportunity.company}: ${record.opportunity.role}`;
    const rows = Math.max(record.participants.length + 1, 2);
    const understanding = await understandValues(api, values);
    return render(
      c,
      <InterviewFormPage
        id={record.id}
        title={title}
        state={emptyForm(values)}
        rows={rows}
        understanding={understanding}
      />,
    );
  });

  app.post('/interviews/:id/edit', async (c) => {
    const id = c.req.param('id');
    const record = await api.interviews.show(id);
    const title = `${record.opportunity.company}: ${record.opportunity.role}`;
    const values = formValues(await c.req.parseBody());
    if (values.addRow) {
      return render(
        c,
        <InterviewFormPage id={id} title={title} state={emptyForm(values)} rows={rowCount(values) + 1} />,
      );
    }
    const { input, rowIndex } = toEditInput(values);
    const checked = editInterviewInput.safeParse(input);
    if (!checked.success) return rejected(api, c, values, zodProblems(checked.error), rowIndex, id, title);
    const result = await attempt(() => api.interviews.edit(id, input));
    if ('problems' in result) return rejected(api, c, values, result.problems, rowIndex, id, title);
    return c.redirect(path(id), 303);
  });

  app.get('/interviews/:id/delete', async (c) => {
    const record = await api.interviews.show(c.req.param('id'));
    return render(c, <DeletePage record={record} />);
  });

  app.post('/interviews/:id/delete', async (c) => {
    await api.interviews.delete(c.req.param('id'));
    return c.redirect('/', 303);
  });

  return app;
}
