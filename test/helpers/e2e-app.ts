// One real app for an end-to-end suite: a throwaway SQLite store, the web server on a free port,
// and Chromium at a phone-sized 375px viewport. Every e2e suite starts and stops it the same way.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FollowThrough } from '../../src/app/index.js';
import { startServer } from '../../src/web/server.js';
import type { TestApp } from './app.js';
import { launchChromium } from './browser.js';
import { openedApp } from './web-app.js';

export interface E2EApp {
  opened: TestApp;
  server: { url: string; close(): Promise<void> };
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Keeps a full-page screenshot when FT_E2E_SCREENSHOTS names a folder, for a human to look at. */
  shoot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the app; `seed` records data through the API before the server starts. */
export async function startE2EApp(seed?: (api: FollowThrough) => Promise<void>): Promise<E2EApp> {
  const opened = await openedApp();
  if (seed) await seed(opened.api);
  const server = await startServer({ api: opened.api, host: '127.0.0.1', port: 0, log: () => {} });
  const browser = await launchChromium();
  // en-US fixes the order of Chromium's date-time fields (month, day, year, hour, minute, AM/PM).
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'en-US' });
  const page = await context.newPage();
  const shots = process.env.FT_E2E_SCREENSHOTS;
  return {
    opened,
    server,
    browser,
    context,
    page,
    shoot: async (name) => {
      if (shots) await page.screenshot({ path: `${shots}/ft-${name}.png`, fullPage: true });
    },
    close: async () => {
      await browser.close();
      await server.close();
      await opened.close();
    },
  };
}
