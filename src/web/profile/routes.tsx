import { Hono } from 'hono';
import type { FollowThrough } from '../../app/index.js';
import { isBadInput } from '../../core/errors.js';
import { statusOf } from '../errors.js';
import { addProblems, emptyForm, formValues, problemsOf } from '../form-state.js';
import { render } from '../render.js';
import { ProfilePage } from './profile-page.js';

const FIELDS = ['name', 'email', 'phone', 'address', 'signature', 'country', 'timeZone'] as const;

export function profileRoutes(api: FollowThrough): Hono {
  const app = new Hono();
  app.get('/profile', async (c) => {
    const profile = await api.profile.get();
    return render(c, <ProfilePage state={emptyForm({ ...profile })} saved={c.req.query('saved') === '1'} />);
  });
  app.post('/profile', async (c) => {
    const values = formValues(await c.req.parseBody());
    const input = Object.fromEntries(FIELDS.map((f) => [f, (values[f] ?? '').trim()]));
    try {
      await api.profile.update(input);
    } catch (err) {
      if (!isBadInput(err)) throw err;
      const known = (f: string) => ((FIELDS as readonly string[]).includes(f) ? f : undefined);
      const state = addProblems(emptyForm(values), problemsOf(err), known);
      return render(c, <ProfilePage state={state} />, statusOf('bad-input'));
    }
    return c.redirect('/profile?saved=1', 303);
  });
  return app;
}
