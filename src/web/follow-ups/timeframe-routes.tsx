// The live preview of a time-frame phrase, asked for by htmx as the user types. A GET: it only
// reads. The answer is the inside of the live region; a bad date, zone or country is answered
// with 400 and its message, which htmx is configured to show in place (views/layout.tsx).
import { Hono } from 'hono';
import type { FollowThrough } from '../../app/index.js';
import { understandValues } from './timeframe-preview.js';
import { UnderstandingContent } from './understanding.js';

export function timeframeRoutes(api: FollowThrough): Hono {
  return new Hono().get('/timeframe/preview', async (c) => {
    const q = c.req.query();
    const result = await understandValues(api, {
      timeframe: q.timeframe,
      at: q.at,
      tz: q.tz,
      country: q.country,
    });
    const html = await (<UnderstandingContent result={result} />).toString();
    c.header('Cache-Control', 'no-store');
    return c.html(html, result && 'problems' in result ? 400 : 200);
  });
}
