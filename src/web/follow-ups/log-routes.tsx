// "Log what happened" on the interview page: a reply, a call, something sent outside the app or a
// new date. The app re-plans; a rejected form comes back with its values and a message per field.
import { Hono } from 'hono';
import type { Clock, FollowThrough, LogInput } from '../../app/index.js';
import { type FieldProblem, isBadInput } from '../../core/errors.js';
import { statusOf } from '../errors.js';
import { addProblems, emptyForm, formValues, problemsOf } from '../form-state.js';
import { InterviewPage } from '../interviews/interview-detail.js';
import { loadInterviewPage } from '../interviews/interview-page-data.js';
import { render } from '../render.js';
import { LOG_KINDS, LOG_LABELS } from './log-form.js';
import { understandValues } from './timeframe-preview.js';

const optional = (s: string | undefined) => {
  const t = (s ?? '').trim();
  return t === '' ? undefined : t;
};
const KNOWN = new Set(LOG_LABELS.map(([name]) => name));

export function logRoutes(api: FollowThrough, clock: Clock): Hono {
  return new Hono().post('/interviews/:id/log', async (c) => {
    const id = c.req.param('id');
    const path = `/interviews/${encodeURIComponent(id)}`;
    const v = formValues(await c.req.parseBody());
    const kind = optional(v.kind);
    const timeframe = optional(v.timeframe);
    const problems: FieldProblem[] = [];
    if (!kind) problems.push({ field: 'kind', message: 'is required: choose what happened' });
    else if (!Object.hasOwn(LOG_KINDS, kind)) problems.push({ field: 'kind', message: 'is not one of the choices' });
    const input: LogInput = {
      kind: kind as LogInput['kind'],
      // Someone typed wins over the list: it is the more deliberate choice.
      from: optional(v.from) ?? optional(v.fromContact),
      at: optional(v.at),
      timeframe,
      note: optional(v.note),
    };
    if (problems.length === 0) {
      try {
        await api.followUps.log(id, input);
        return c.redirect(`${path}?updated=logged#plan`, 303);
      } catch (err) {
        if (!isBadInput(err)) throw err;
        problems.push(...problemsOf(err));
      }
    }
    const data = await loadInterviewPage(api, id, clock.now());
    // "from" names whichever field the user filled: the free text, else the list.
    const toField = (f: string) => (f === 'from' && !optional(v.from) ? 'fromContact' : KNOWN.has(f) ? f : undefined);
    const state = addProblems(emptyForm(v), problems, toField);
    const understanding = await understandValues(api, {
      timeframe: v.timeframe,
      at: v.at,
      tz: data.record.timeZone,
      country: data.record.country,
    });
    return render(c, <InterviewPage {...data} logForm={{ state, understanding }} />, statusOf('bad-input'));
  });
}
