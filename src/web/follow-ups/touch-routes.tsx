// Done, Skip and Snooze on one touch, from the dashboard or the interview page. Each goes back
// (303) to the page it came from, named by `return`, which must be a path on this server.
import { type Context, Hono } from 'hono';
import type { Clock, FollowThrough, StoredTouch } from '../../app/index.js';
import { isBadInput } from '../../core/errors.js';
import { DashboardPage } from '../dashboard/dashboard.js';
import { loadDashboard } from '../dashboard/dashboard-data.js';
import { statusOf } from '../errors.js';
import { formValues } from '../form-state.js';
import { InterviewPage } from '../interviews/interview-detail.js';
import { loadInterviewPage } from '../interviews/interview-page-data.js';
import { render } from '../render.js';
import { localReturn, withQuery } from '../return-path.js';
import { ErrorPage } from '../ui/layout.js';
import type { TouchError } from './touch-actions.js';

const INTERVIEW_PATH = /^\/interviews\/([^/]+)$/;

export function touchRoutes(api: FollowThrough, clock: Clock): Hono {
  const app = new Hono();

  const back = (c: Context, touch: StoredTouch, value: string | undefined, updated: string) => {
    const fallback = `/interviews/${encodeURIComponent(touch.interviewId)}#plan`;
    return c.redirect(withQuery(localReturn(value, fallback), 'updated', updated), 303);
  };

  app.post('/touches/:id/done', async (c) => {
    const values = formValues(await c.req.parseBody());
    return back(c, await api.followUps.done(c.req.param('id')), values.return, 'done');
  });

  app.post('/touches/:id/skip', async (c) => {
    const values = formValues(await c.req.parseBody());
    return back(c, await api.followUps.skip(c.req.param('id')), values.return, 'skipped');
  });

  app.post('/touches/:id/snooze', async (c) => {
    const id = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    const until = (values.until ?? '').trim();
    try {
      return back(c, await api.followUps.snooze(id, { until: until || undefined }), values.return, 'snoozed');
    } catch (err) {
      if (!isBadInput(err)) throw err;
      const message = err.problems.map((p) => p.message).join('; ') || err.message;
      return refusedSnooze(c, { touchId: id, message, value: until }, localReturn(values.return, '/'));
    }
  });

  /** Shows the page the snooze came from again, with the problem beside the snooze field. */
  async function refusedSnooze(c: Context, error: TouchError, returnTo: string) {
    const path = new URL(returnTo, 'http://local.invalid').pathname;
    const interview = INTERVIEW_PATH.exec(path);
    const now = clock.now();
    if (path === '/') {
      const data = await loadDashboard(api, now);
      return render(c, <DashboardPage {...data} touchError={error} />, statusOf('bad-input'));
    }
    if (interview?.[1]) {
      const data = await loadInterviewPage(api, decodeURIComponent(interview[1]), now);
      return render(c, <InterviewPage {...data} touchError={error} />, statusOf('bad-input'));
    }
    return render(
      c,
      <ErrorPage status={400} title="That did not work" message={`Snooze until: ${error.message}`} />,
      statusOf('bad-input'),
    );
  }

  return app;
}
