import { Hono } from 'hono';
import type { Clock, FollowThrough } from '../../app/index.js';
import { loadDashboard } from '../dashboard-data.js';
import { render } from '../render.js';
import { DashboardPage } from '../views/dashboard.js';

export function dashboardRoutes(api: FollowThrough, clock: Clock): Hono {
  return new Hono().get('/', async (c) => {
    const data = await loadDashboard(api, clock.now(), c.req.query('all') === '1');
    return render(
      c,
      <DashboardPage {...data} updated={c.req.query('updated')} showAllDue={c.req.query('due') === 'all'} />,
    );
  });
}
