// The calendar (issue 6): the plan as .ics, the page with the feed URL and its Rotate button, and
// the feed itself. The feed needs no session (calendar apps cannot log in): the token is the key,
// and without the right one the answer is the same 404 as for any unknown page.
import { type Context, Hono } from 'hono';
import type { FollowThrough } from '../../app/index.js';
import type { Hint } from '../../core/hints.js';
import { pathFor } from '../hints.js';
import { render } from '../render.js';
import { CalendarPage } from './calendar-page.js';

const ICS_TYPE = 'text/calendar; charset=utf-8';

// Each event links to its touch's page on the server the calendar was fetched from.
const pagesOf = (c: Context) => {
  const origin = new URL(c.req.url).origin;
  return (hint: Hint) => `${origin}${pathFor(hint)}`;
};

export function calendarRoutes(api: FollowThrough): Hono {
  const app = new Hono();
  app.get('/calendar', async (c) => render(c, <CalendarPage status={await api.calendar.feedStatus()} />));
  app.get('/calendar.ics', async (c) => {
    const file = await api.calendar.file(pagesOf(c));
    return c.body(file.ics, 200, {
      'Content-Type': ICS_TYPE,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    });
  });
  // A POST (with the Origin check every write gets): the new URL is shown in this response only.
  app.post('/calendar/feed', async (c) => {
    const before = await api.calendar.feedStatus();
    const feed = await api.calendar.rotateFeed();
    const url = `${new URL(c.req.url).origin}${feed.path}`;
    c.header('Cache-Control', 'no-store');
    return render(
      c,
      <CalendarPage status={{ active: true, createdAt: feed.createdAt }} newUrl={url} rotated={before.active} />,
    );
  });
  app.get('/calendar/feed/:file', async (c) => {
    const file = c.req.param('file');
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    const cal = await api.calendar.feed(token, pagesOf(c));
    return c.body(cal.ics, 200, { 'Content-Type': ICS_TYPE, 'Cache-Control': 'private, no-store' });
  });
  return app;
}
