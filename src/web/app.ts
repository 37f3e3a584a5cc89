// The web front end as a Hono app: security first, then static assets, then the pages.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type Clock, type FollowThrough, systemClock } from '../app/index.js';
import { calendarRoutes } from './calendar/routes.js';
import { compression } from './compression.js';
import { dashboardRoutes } from './dashboard/routes.js';
import { letterRoutes } from './delivery/letter-routes.js';
import { mailRoutes } from './delivery/mail-routes.js';
import { errorHandler, notFoundPage } from './errors.js';
import { logRoutes } from './follow-ups/log-routes.js';
import { timeframeRoutes } from './follow-ups/timeframe-routes.js';
import { touchRoutes } from './follow-ups/touch-routes.js';
import { insightRoutes } from './insight/routes.js';
import { captureRoutes } from './interviews/capture-routes.js';
import { notesRoutes } from './interviews/notes-routes.js';
import { interviewRoutes } from './interviews/routes.js';
import { sheetRoutes } from './interviews/sheet-routes.js';
import { checkRoutes } from './messages/check-routes.js';
import { messageRoutes } from './messages/routes.js';
import { outcomeRoutes } from './outcomes/routes.js';
import { privateByDefault, readableForms } from './private-responses.js';
import { profileRoutes } from './profile/routes.js';
import { quizRoutes } from './quiz/routes.js';
import { hostAllowList, sameOriginWrites, securityHeaders } from './security.js';
import { serveAsset } from './static.js';

export interface WebAppOptions {
  /** Host header values ("127.0.0.1:4100") this app answers; anything else is refused. */
  allowedHosts: string[];
  log?: (line: string) => void;
  /** The app's clock, so "overdue" and "now" on a page agree with what the app counts as due. */
  clock?: Clock;
}

export function createWebApp(api: FollowThrough, options: WebAppOptions): Hono {
  const app = new Hono();
  app.use(securityHeaders());
  // Outermost but one: it marks every answer, refusals and error pages included.
  app.use(privateByDefault());
  app.use(hostAllowList(options.allowedHosts));
  app.use(sameOriginWrites());
  const limit = bodyLimit({ maxSize: 256 * 1024, onError: (c) => c.text('The form is too large.', 413) });
  // A GET or HEAD has no body, and asking for one makes the Node adapter build a full fetch Request
  // (with an AbortController) for every page view: most of a kept page's cost (bench/RESULTS.md).
  app.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next)));
  // brotli or gzip for text bodies of 1 KiB or more (src/web/compression.ts).
  app.use(compression());
  app.use(readableForms());
  app.get('/static/*', serveAsset);
  const clock = options.clock ?? systemClock;
  app.route('/', dashboardRoutes(api, clock));
  app.route('/', timeframeRoutes(api));
  app.route('/', interviewRoutes(api, clock));
  app.route('/', notesRoutes(api, clock));
  app.route('/', checkRoutes(api, clock));
  app.route('/', logRoutes(api, clock));
  app.route('/', touchRoutes(api, clock));
  app.route('/', messageRoutes(api));
  app.route('/', profileRoutes(api));
  app.route('/', quizRoutes(api));
  app.route('/', sheetRoutes(api));
  app.route('/', captureRoutes(api));
  app.route('/', outcomeRoutes(api));
  app.route('/', insightRoutes(api));
  app.route('/', mailRoutes(api, clock));
  app.route('/', letterRoutes(api));
  app.route('/', calendarRoutes(api));
  app.notFound(notFoundPage);
  app.onError(errorHandler(options.log ?? ((line) => process.stderr.write(`${line}\n`))));
  return app;
}
