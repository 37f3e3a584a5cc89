// Sends a JSX page with its doctype. JSX escapes every value, so user text never becomes markup.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export async function render(c: Context, page: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  const html = await (page as { toString(): string | Promise<string> }).toString();
  // Encoded here in one native pass: a string body makes the fetch Response scan every character
  // (toUSVString), which cost more than 5 ms on a 300 KB dashboard (bench/RESULTS.md).
  return c.body(Buffer.from(`<!DOCTYPE html>${html}`) as Uint8Array<ArrayBuffer>, status, {
    'Content-Type': 'text/html; charset=UTF-8',
  });
}
