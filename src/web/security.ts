// The local server is not an open door: a Host allow-list stops DNS rebinding (a hostile page whose
// domain resolves to 127.0.0.1), an Origin / Sec-Fetch-Site check stops cross-site form posts, and
// the headers keep pages from being framed, sniffed or leaking their URLs.
import type { MiddlewareHandler } from 'hono';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The Host values a local server on `host:port` answers to. */
export function localHosts(host: string, port: number): string[] {
  const configured = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return [...new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${configured}:${port}`])].map((h) =>
    h.toLowerCase(),
  );
}

function requestHost(url: string, header: string | undefined): string {
  return (header ?? new URL(url).host).trim().toLowerCase();
}

export function hostAllowList(allowed: string[]): MiddlewareHandler {
  const set = new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (!set.has(requestHost(c.req.url, c.req.header('host')))) {
      return c.text('This server only answers requests addressed to it by its local address.', 421);
    }
    await next();
  };
}

/**
 * Refuses state-changing requests that do not come from our own pages. Browsers send
 * Sec-Fetch-Site on every request; with `Referrer-Policy: no-referrer` they send `Origin: null`
 * on same-origin form posts, so Sec-Fetch-Site decides when present and Origin otherwise.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const ours = `${new URL(c.req.url).protocol}//${requestHost(c.req.url, c.req.header('host'))}`;
    const originOk = origin !== undefined && origin.toLowerCase() === ours;
    const allowed =
      site !== undefined ? site === 'same-origin' && (originOk || origin === undefined || origin === 'null') : originOk;
    if (!allowed) return c.text('Refused: this change did not come from a Follow-Through page.', 403);
    await next();
  };
}

const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Set on the response's own headers: `c.header()` after the response is made reads its body,
    // which turns the Node adapter's light response into a full fetch Response on every request
    // (bench/RESULTS.md). A response whose headers are immutable takes the copying way.
    try {
      for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value);
    } catch {
      for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    }
  };
}
