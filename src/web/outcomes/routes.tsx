// Recording how a process ended from the browser: the rejection and acceptance forms (who to keep
// warm, which other processes to keep open) and the result page with the drafts it made.
import { type Context, Hono } from 'hono';
import type { FollowThrough, OutcomeInput } from '../../app/index.js';
import { isOutcome } from '../../core/outcomes.js';
import { statusOf } from '../errors.js';
import { type FormBody, fixableMessages, many, one } from '../form-body.js';
import { render } from '../render.js';
import { ErrorPage } from '../ui/layout.js';
import { OutcomeFormPage, OutcomeResultPage } from './outcome-pages.js';

export function outcomeRoutes(api: FollowThrough): Hono {
  const app = new Hono();

  /** The people met in a process and the other open processes, for the outcome forms. */
  const formData = (opportunityId: string) => api.opportunities.people(opportunityId);

  app.get('/opportunities/:id/outcome/:outcome', async (c) => {
    const outcome = c.req.param('outcome');
    if (outcome !== 'rejected' && outcome !== 'accepted') return notThere(c);
    const { opportunity, people, others } = await formData(c.req.param('id'));
    return render(c, <OutcomeFormPage opportunity={opportunity} outcome={outcome} people={people} others={others} />);
  });

  app.post('/opportunities/:id/outcome', async (c) => {
    const id = c.req.param('id');
    const b = (await c.req.parseBody({ all: true })) as FormBody;
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
    if (every !== '') input.everyMonths = every;
    try {
      const result = await api.outcomes.set(id, input);
      const { latestInterviewId: latest } = await formData(id);
      const path = latest ? `/interviews/${encodeURIComponent(latest)}` : '/';
      return render(c, <OutcomeResultPage result={result} interviewPath={path} />);
    } catch (err) {
      const m = fixableMessages(err);
      if (!m) throw err;
      const { opportunity, people, others } = await formData(id);
      if (outcome === 'rejected' || outcome === 'accepted') {
        return render(
          c,
          <OutcomeFormPage opportunity={opportunity} outcome={outcome} people={people} others={others} errors={m} />,
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
  return app;
}

const notThere = (c: Context) =>
  render(c, <ErrorPage status={404} title="Page not found" message="There is no such page." />, statusOf('not-found'));
