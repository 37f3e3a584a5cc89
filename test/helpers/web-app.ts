// The web app over a throwaway SQLite store, called with app.request() (no socket), for the
// src/web suites. Hosts allowed are the local ones on port 4100, as the tests' ORIGIN uses.
// The app is the one test factory's (testApp), set up as `openApp` sets it up: the system clock
// unless one is given, random ids, email with the key file beside the database.
import type { Hono } from 'hono';
import { type Clock, systemClock } from '../../src/app/context.js';
import { randomId } from '../../src/app/ids.js';
import { localHosts } from '../../src/web/security.js';
import { createWebApp } from '../../src/web/server.js';
import { type TestApp, testApp } from './app.js';

export interface WebTestApp {
  opened: TestApp;
  app: Hono;
  close(): Promise<void>;
}

/** The app as `openApp` would open it, on a throwaway SQLite file. */
export const openedApp = (options: { clock?: Clock; quizFile?: string } = {}): Promise<TestApp> =>
  testApp({ clock: options.clock ?? systemClock, newId: randomId, mail: {}, quizFile: options.quizFile });

export async function startWebApp(options: { clock?: Clock; quizFile?: string } = {}): Promise<WebTestApp> {
  const opened = await openedApp(options);
  const app = createWebApp(opened.api, {
    allowedHosts: localHosts('127.0.0.1', 4100),
    log: () => {},
    ...(options.clock && { clock: options.clock }),
  });
  return { opened, app, close: () => opened.close() };
}
