import { Hono } from 'hono';
import type { Clock, FollowThrough } from '../../app/index.js';
import { renderBytes, sendHtml } from '../render.js';
import { DashboardPage } from './dashboard.js';
import { loadDashboard } from './dashboard-data.js';
import { PageCache } from './page-cache.js';

/** The notices a redirect back to the dashboard may ask for; anything else shows none. */
const NOTICES = new Set(['done', 'skipped', 'snoozed']);

export function dashboardRoutes(api: FollowThrough, clock: Clock): Hono {
  const cache = new PageCache();
  return new Hono().get('/', async (c) => {
    const now = clock.now();
    const showAll = c.req.query('all') === '1';
    const showAllDue = c.req.query('due') === 'all';
    const updated = NOTICES.has(c.req.query('updated') ?? '') ? c.req.query('updated') : undefined;
    // Read before the data, so a page is never cached under a version older than what it shows.
    const version = api.dataVersion();
    const key = version && [version, Math.floor(now.getTime() / 60_000), showAll, showAllDue, updated].join('|');
    const cached = key ? cache.get(key) : undefined;
    if (cached) return sendHtml(c, cached);
    const data = await loadDashboard(api, now, showAll);
    const page = await renderBytes(<DashboardPage {...data} updated={updated} showAllDue={showAllDue} />);
    if (key) cache.set(key, page);
    return sendHtml(c, page);
  });
}
