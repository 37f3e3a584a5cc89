// Sends a JSX page with its doctype. JSX escapes every value, so user text never becomes markup.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export async function render(c: Context, page: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  const html = await (page as { toString(): string | Promise<string> }).toString();
  return c.html(`<!DOCTYPE html>${html}`, status);
}
