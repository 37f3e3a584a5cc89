import { Hono } from 'hono';
import type { FollowThrough } from '../../app/index.js';
import { followUpContacts } from '../contacts.js';
import { render } from '../render.js';
import { DashboardPage } from '../views/dashboard.js';

export function dashboardRoutes(api: FollowThrough): Hono {
  return new Hono().get('/', async (c) => {
    const opportunities = await api.overview();
    const contactOf = await followUpContacts(
      api,
      opportunities.flatMap((o) => o.interviews),
    );
    return render(c, <DashboardPage opportunities={opportunities} contactOf={contactOf} />);
  });
}
