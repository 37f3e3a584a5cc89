// Sends a JSX page with its doctype. JSX escapes every value, so user text never becomes markup.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A page as the bytes of an HTML document. */
export async function renderBytes(page: Child): Promise<Uint8Array<ArrayBuffer>> {
  const html = await (page as { toString(): string | Promise<string> }).toString();
  // Encoded here in one native pass: a string body makes the fetch Response scan every character
  // (toUSVString), which cost more than 5 ms on a 300 KB dashboard (bench/RESULTS.md).
  return Buffer.from(`<!DOCTYPE html>${html}`) as Uint8Array<ArrayBuffer>;
}

export function sendHtml(c: Context, bytes: Uint8Array<ArrayBuffer>, status: ContentfulStatusCode = 200): Response {
  return c.body(bytes, status, { 'Content-Type': 'text/html; charset=UTF-8' });
}

export async function render(c: Context, page: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  return sendHtml(c, await renderBytes(page), status);
}
