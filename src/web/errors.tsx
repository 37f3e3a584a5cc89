// The one place errors become responses: AppError codes map to HTTP statuses through HTTP_STATUS,
// hints become links; anything unexpected is logged for the operator and shown without details.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, busyError, type ErrorCode, isBusyDatabase } from '../core/errors.js';
import { redactPath } from './calendar/redact.js';
import { render } from './render.js';
import { ErrorPage } from './ui/layout.js';

const HTTP_STATUS: Record<ErrorCode, number> = {
  'bad-input': 400,
  'not-found': 404,
  conflict: 409,
  busy: 503,
  failure: 500,
};

/** A busy database frees up within seconds (writes are short); ask clients to wait this long. */
const RETRY_AFTER_SECONDS = 2;

export const statusOf = (code: ErrorCode) => HTTP_STATUS[code] as ContentfulStatusCode;

export const notFoundPage = (c: Context) =>
  render(
    c,
    <ErrorPage
      status={404}
      title="Page not found"
      message="There is nothing here. The interview may have been deleted, or the address is mistyped."
    />,
    404,
  );

export function errorHandler(log: (line: string) => void) {
  return (err: Error, c: Context) => {
    if (isBusyDatabase(err)) {
      // Retryable: say so to people and to programs (Retry-After), and log nothing personal.
      log(`web: ${c.req.method} ${redactPath(c.req.path)}: database busy, answered 503`);
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      const busy = busyError();
      return render(c, <ErrorPage status={503} title="Try again in a moment" message={busy.message} />, 503);
    }
    if (err instanceof AppError) {
      const status = statusOf(err.code);
      if (err.code === 'not-found') return notFoundPage(c);
      if (status < 500)
        return render(
          c,
          <ErrorPage status={status} title="That did not work" message={err.message} hint={err.hint} />,
          status,
        );
    }
    if (err instanceof HTTPException && err.status < 500) {
      return render(c, <ErrorPage status={err.status} title="That did not work" message={err.message} />, err.status);
    }
    log(`web: ${c.req.method} ${redactPath(c.req.path)} failed: ${err.stack ?? err.message}`);
    return render(
      c,
      <ErrorPage
        status={500}
        title="Something went wrong"
        message="Something went wrong on our side. Please try again; if it keeps happening, the server log says more."
      />,
      500,
    );
  };
}
