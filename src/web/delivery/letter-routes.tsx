// Printing a message (issue 6): a page with the mail-by date and warnings, and the PDF itself.
import { Hono } from 'hono';
import type { FollowThrough } from '../../app/index.js';
import { render } from '../render.js';
import { LetterPage } from './letter-page.js';

const paperOf = (q: string | undefined) => (q === undefined || q === '' ? {} : { paper: q });

export function letterRoutes(api: FollowThrough): Hono {
  const app = new Hono();
  app.get('/messages/:id/letter', async (c) => {
    const id = c.req.param('id');
    const letter = await api.letters.pdf(id, paperOf(c.req.query('paper')));
    return render(c, <LetterPage messageId={id} letter={letter} />);
  });
  app.get('/messages/:id/letter.pdf', async (c) => {
    const letter = await api.letters.pdf(c.req.param('id'), paperOf(c.req.query('paper')));
    // The file name is ASCII letters, digits and dashes only, so it needs no quoting rules beyond these.
    return c.body(new Uint8Array(letter.pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${letter.filename}"`,
      'Cache-Control': 'private, no-store',
      // Warnings for a script or test that fetched the PDF directly; the page above shows them to people.
      'X-Letter-Warnings': String(letter.warnings.length),
    });
  });
  return app;
}
