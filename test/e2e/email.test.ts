// End to end in real Chromium at 375px (issue 6): a message is scheduled from its Send panel, the
// scheduler sends it when its time comes (the app's clock moved, no waiting), and the panel then says
// when and to whom it went; another is sent now after the confirmation page. Axe on every page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../src/web/server.js';
import { chromiumRequirement, launchChromium } from '../helpers/browser.js';
import { sqliteDatabase } from '../helpers/databases.js';
import { type MailApp, mailApp } from '../helpers/mail-app.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp-server.js';
import { seriousViolations } from './pages/axe.js';
import { scrollsSideways } from './pages/keyboard.js';

const available = chromiumRequirement.check();

describe('email in the browser at 375px', {
  skip: !available && 'needs Chromium (CHROMIUM_PATH or /usr/bin/chromium)',
  timeout: 180_000,
}, () => {
  let m: MailApp;
  let smtp: TestSmtp;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;

  before(async () => {
    smtp = await startSmtp();
    m = await mailApp(async () => sqliteDatabase());
    await m.api.smtp.update({
      host: '127.0.0.1',
      port: smtp.port,
      security: 'none',
      user: '',
      from: 'alex@home.example',
      fromName: 'Alex Candidate',
    });
    server = await startServer({ api: m.api, host: '127.0.0.1', port: 0, log: () => {}, clock: m.clock });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'en-US' });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await m?.close();
    await smtp?.close();
  });

  const noProblems = async () => {
    assert.deepEqual(await seriousViolations(page), []);
    assert.equal(await scrollsSideways(page), false);
  };

  it('schedules from the panel; the scheduler sends it when due; the panel shows when and to whom', async () => {
    const id = await m.message();
    await page.goto(`${server.url}/messages/${id}/delivery`);
    await noProblems();
    const field = page.getByLabel(/Schedule for/);
    assert.equal(await field.inputValue(), '2026-03-03T17:00', 'suggested: the thank-you time, in business hours');
    await Promise.all([page.waitForURL(/delivery=scheduled/), page.getByRole('button', { name: 'Schedule' }).click()]);
    await page.getByText(/Scheduled for Tue 3 Mar 2026, 17:00/).waitFor();
    await page.goto(`${server.url}/outbox`);
    await page.getByText('Scheduled').first().waitFor();
    await noProblems();
    m.setNow('2026-03-03T21:59:00.000Z');
    await m.api.delivery.runDue();
    assert.equal(smtp.received.length, 0, 'not before its time');
    m.setNow('2026-03-03T22:00:30.000Z');
    await m.api.delivery.runDue();
    assert.equal(smtp.received.length, 1);
    await page.goto(`${server.url}/messages/${id}/delivery`);
    await page.getByText('Sent Tue 3 Mar 2026, 17:00 America/New_York to dana@acme.example.').waitFor();
    await noProblems();
  });

  it('Send now asks first, then sends', async () => {
    const id = await m.message({ to: 'Sam' });
    await page.goto(`${server.url}/messages/${id}/delivery`);
    await page.getByRole('button', { name: 'Send now to sam@acme.example' }).click();
    await page.getByRole('heading', { name: 'Send this email now?' }).waitFor();
    await noProblems();
    assert.equal(smtp.received.length, 1, 'nothing sent before confirming');
    await Promise.all([page.waitForURL(/delivery=sent/), page.getByRole('button', { name: 'Send now' }).click()]);
    await page.getByText(/Sent .* to sam@acme\.example\./).waitFor();
    assert.equal(smtp.received.length, 2);
  });

  it('email settings: labelled fields, the password never shown', async () => {
    await page.goto(`${server.url}/settings/email`);
    await noProblems();
    assert.equal(await page.getByLabel('Password').inputValue(), '');
  });
});
