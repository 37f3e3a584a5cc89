// End to end in real Chromium: a keyboard-only user on a phone-sized screen adds an interview with
// two interviewers and finds it on the dashboard; both pages pass axe and never scroll sideways.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { chromiumRequirement } from '../helpers/browser.js';
import { type E2EApp, startE2EApp } from '../helpers/e2e-app.js';
import { seriousViolations } from './pages/axe.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { scrollsSideways } from './pages/keyboard.js';
import { NewInterviewPage } from './pages/new-interview-page.js';

const available = chromiumRequirement.check();

describe('adding an interview with the keyboard at 375px', {
  skip: !available && 'needs Chromium (CHROMIUM_PATH or /usr/bin/chromium)',
}, () => {
  let app: E2EApp;
  let opened: E2EApp['opened'];
  let server: E2EApp['server'];
  let page: Page;

  before(async () => {
    app = await startE2EApp();
    ({ opened, server, page } = app);
  });

  after(async () => {
    await app?.close();
  });

  const shoot = (name: string) => app.shoot(name);

  it('shows an accessible empty dashboard that fits the screen', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.open();
    assert.equal(await scrollsSideways(page), false, 'empty dashboard scrolls sideways');
    assert.deepEqual(await seriousViolations(page), []);
    await shoot('dashboard-empty');
  });

  it('adds an interview with two interviewers using only the keyboard', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.startAddingInterview();
    const form = new NewInterviewPage(page, server.url);
    assert.equal(await scrollsSideways(page), false, 'the form scrolls sideways');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the form');
    await shoot('form');

    await form.typeInto('company', 'Acme Corp');
    await form.typeInto('role', 'Product Manager');
    await form.enterDateTime('03032026', '1000', 'A');
    await form.typeInto('tz', 'America/New_York');
    await form.typeInto('country', 'US');
    await form.typeInto('stage', 'First round');
    await form.chooseOption('format', 'Video call');
    await form.addInterviewer(0, {
      name: 'Dana Reyes',
      email: 'dana@acme.example',
      title: 'Head of Product',
      role: 'Hiring manager',
    });
    await form.addInterviewer(1, { name: 'Sam Lee', email: 'sam@acme.example', title: 'Engineering Lead' });
    await form.typeInto('timeframe', 'we hope to decide by the end of next week');
    await form.typeInto('contact', 'Dana Reyes');
    await form.choosePermission('yes');
    await form.typeInto('why', 'I have wanted to work on this product for years');
    assert.equal(await scrollsSideways(page), false, 'the filled form scrolls sideways');
    const detailUrl = await form.save();
    assert.match(detailUrl, /\/interviews\/iv_/);

    const saved = await opened.api.interviews.list();
    assert.equal(saved.length, 1);
    assert.deepEqual(
      saved[0]?.participants.map((p) => [p.contact.name, p.contact.email, p.role]),
      [
        ['Dana Reyes', 'dana@acme.example', 'hiring-manager'],
        ['Sam Lee', 'sam@acme.example', 'interviewer'],
      ],
    );
    assert.equal(saved[0]?.startsAt, '2026-03-03T10:00');
    assert.equal(saved[0]?.timeZone, 'America/New_York');
    assert.equal(saved[0]?.nextSteps.permission, 'yes');
  });

  it('shows the interview on the dashboard, accessible and without sideways scrolling', async () => {
    // A long unbroken word and URL must wrap, not widen the page.
    await opened.api.interviews.add({
      company: 'Supercalifragilisticexpialidocious-Consolidated-Holdings-International',
      role: 'Chief Everything Officer',
      at: '2026-03-05T14:30',
      tz: 'Europe/Berlin',
      interviewers: [{ name: 'Kim Park', email: 'kim.park.with.a.very.long.address@subdomain.example.com' }],
      contact: 'kim.park.with.a.very.long.address@subdomain.example.com',
    });
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.openFromNavigation();
    const card = await dashboard.opportunityText('Acme Corp');
    assert.match(card, /Product Manager/);
    assert.match(card, /Tue 3 Mar 2026, 10:00 America\/New_York/);
    assert.match(card, /Dana Reyes, Sam Lee/);
    assert.match(card, /we hope to decide by the end of next week/);
    assert.match(card, /Dana Reyes <dana@acme\.example>/);
    assert.equal(await scrollsSideways(page), false, 'the dashboard scrolls sideways');
    assert.deepEqual(await seriousViolations(page), []);
    await shoot('dashboard');
  });
});
