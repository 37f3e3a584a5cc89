// Two rules every route keeps without repeating them: a form body that cannot be read is the
// sender's mistake (400), never a 500 from deep inside a route; and nothing but the static assets
// may be cached, since every page, PDF and download holds the user's own data.
import type { MiddlewareHandler } from 'hono';
import { statusOf } from './errors.js';
import { render } from './render.js';
import { ErrorPage } from './ui/layout.js';

const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

/** Reads a posted form once, before any route: a malformed one is answered 400 here. */
export function readableForms(): MiddlewareHandler {
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (c.req.raw.body && FORM_TYPES.has(type)) {
      try {
        // Hono keeps the parsed form, so a route's own parseBody() reads it from here.
        await c.req.parseBody();
      } catch {
        return render(
          c,
          <ErrorPage
            status={400}
            title="That did not work"
            message="The form could not be read (its encoding is broken). Reload the page and try again."
          />,
          statusOf('bad-input'),
        );
      }
    }
    await next();
  };
}

/** `Cache-Control: no-store` on every response that does not set its own caching (static assets do). */
export function privateByDefault(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}
