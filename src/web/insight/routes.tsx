// Views across every process: the people met and the candidate's own follow-up record.
import { Hono } from 'hono';
import type { FollowThrough } from '../../app/index.js';
import { render } from '../render.js';
import { ContactsPage, StatsPage } from './insight-pages.js';

export function insightRoutes(api: FollowThrough): Hono {
  const app = new Hono();
  app.get('/contacts', async (c) => render(c, <ContactsPage people={await api.contacts()} />));
  app.get('/stats', async (c) => render(c, <StatsPage stats={await api.stats()} />));
  return app;
}
