// The web app over a throwaway SQLite store, called with app.request() (no socket), for the
// src/web suites. Hosts allowed are the local ones on port 4100, as the tests' ORIGIN uses.
import type { Hono } from 'hono';
import type { Clock } from '../../src/app/context.js';
import { type OpenedApp, openApp } from '../../src/app/open.js';
import { localHosts } from '../../src/web/security.js';
import { createWebApp } from '../../src/web/server.js';
import { sqliteDatabase } from './databases.js';

export interface WebTestApp {
  opened: OpenedApp;
  app: Hono;
  close(): Promise<void>;
}

export async function startWebApp(options: { clock?: Clock; quizFile?: string } = {}): Promise<WebTestApp> {
  const db = sqliteDatabase();
  const opened = await openApp({ target: db.target, log: () => {}, ...options });
  const app = createWebApp(opened.api, {
    allowedHosts: localHosts('127.0.0.1', 4100),
    log: () => {},
    ...(options.clock && { clock: options.clock }),
  });
  return {
    opened,
    app,
    close: async () => {
      await opened.close();
      await db.drop();
    },
  };
}
