// The interview sheet to take into the room: the page, its PDF, and the points prepared for it.
import { Hono } from 'hono';
import type { FollowThrough } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import { statusOf } from '../errors.js';
import { type FormBody, fixableMessages, one } from '../form-body.js';
import { render } from '../render.js';
import { SheetPage } from './sheet-page.js';

export function sheetRoutes(api: FollowThrough): Hono {
  const app = new Hono();

  app.get('/interviews/:id/sheet', async (c) =>
    render(c, <SheetPage view={await api.sheet.show(c.req.param('id'))} />),
  );

  app.get('/interviews/:id/sheet.pdf', async (c) => {
    const pdf = await api.sheet.pdf(c.req.param('id'));
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      // A fixed ASCII name: nothing the user typed reaches the header.
      'Content-Disposition': 'attachment; filename="interview-sheet.pdf"',
    });
  });

  app.post('/interviews/:id/sheet/points', async (c) => {
    const id = c.req.param('id');
    const point = one((await c.req.parseBody()) as FormBody, 'point');
    try {
      if (point === '') throw new AppError('bad-input', 'Write the point first, e.g. "how I cut churn by 12%".');
      await api.sheet.addPoints(id, [point]);
      return c.redirect(`/interviews/${encodeURIComponent(id)}/sheet#sheet-points`, 303);
    } catch (err) {
      const m = fixableMessages(err);
      if (!m) throw err;
      const view = await api.sheet.show(id);
      return render(c, <SheetPage view={view} error={m.join(' ')} value={point} />, statusOf('bad-input'));
    }
  });
  return app;
}
