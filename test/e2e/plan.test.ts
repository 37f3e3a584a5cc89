// End to end in real Chromium at 375px: typing the interviewer's words shows, live, what they were
// understood as; after saving, the interview page shows the plan as a timeline and the dashboard
// leads with what is due. The server runs on the real clock, so the interview is put yesterday.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { formatDate, localDateTime } from '../../src/web/format.js';
import { chromiumRequirement } from '../helpers/browser.js';
import { type E2EApp, startE2EApp } from '../helpers/e2e-app.js';
import { seriousViolations } from './pages/axe.js';
import { DashboardPage, DueList } from './pages/dashboard-page.js';
import { InterviewPage } from './pages/interview-page.js';
import { scrollsSideways } from './pages/keyboard.js';
import { NewInterviewPage } from './pages/new-interview-page.js';

const available = chromiumRequirement.check();
const ZONE = 'America/New_York';
const PHRASE = 'we hope to decide by the end of next week';

describe('the follow-up plan in the browser at 375px', {
  skip: !available && 'needs Chromium (CHROMIUM_PATH or /usr/bin/chromium)',
}, () => {
  let app: E2EApp;
  let opened: E2EApp['opened'];
  let server: E2EApp['server'];
  let page: Page;
  // Yesterday in New York, so the same-day thank-you (due at 17:00) is overdue whenever this runs.
  const day = localDateTime(new Date(Date.now() - 86_400_000), ZONE).slice(0, 10);
  const [year, month, date] = day.split('-');

  before(async () => {
    app = await startE2EApp();
    ({ opened, server, page } = app);
  });

  after(async () => {
    await app?.close();
  });

  const shoot = (name: string) => app.shoot(name);

  it('shows what the time frame is understood as while it is typed, then saves', async () => {
    const form = new NewInterviewPage(page, server.url);
    await form.open();
    await form.typeInto('company', 'Acme Corp');
    await form.typeInto('role', 'Product Manager');
    await form.enterDateTime(`${month}${date}${year}`, '1000', 'A');
    await form.typeInto('tz', ZONE);
    await form.typeInto('country', 'US');
    await form.addInterviewer(0, { name: 'Dana Reyes', email: 'dana@acme.example', role: 'Hiring manager' });
    await form.typeInto('timeframe', PHRASE);

    const expected = await opened.api.followUps.understand({ phrase: PHRASE, from: day, tz: ZONE, country: 'US' });
    const checkIn = formatDate(expected.checkInOn);
    const live = await form.understandingOnceItSays(checkIn);
    assert.match(live, /How this is understood/);
    assert.match(live, /the end of next week/);
    assert.match(live, new RegExp(`Check in on ${checkIn}`));
    assert.match(live, /Soft: a hope or an estimate/);
    assert.equal(await page.locator('#timeframe-understanding').getAttribute('aria-live'), 'polite');
    assert.equal(await scrollsSideways(page), false, 'the form with its understanding scrolls sideways');
    await shoot('form-understanding');

    await form.typeInto('contact', 'Dana Reyes');
    await form.choosePermission('yes');
    await form.tick('card');
    const url = await form.save();
    assert.match(url, /\/interviews\/iv_/);
  });

  it('shows the plan as an accessible timeline on the interview page', async () => {
    const interview = new InterviewPage(page);
    const expected = await opened.api.followUps.understand({ phrase: PHRASE, from: day, tz: ZONE, country: 'US' });
    assert.equal(await interview.timeFrameText(), expected.explanation);
    const entries = await interview.timelineEntries();
    const kinds = entries.map(
      (e) => /^(Thank-you (?:email|card)|Check in|Second check-in|Close the loop)/.exec(e)?.[1],
    );
    assert.deepEqual(kinds, ['Thank-you email', 'Thank-you card', 'Check in', 'Second check-in', 'Close the loop']);
    assert.match(entries[0] ?? '', new RegExp(`${formatDate(day)}, 17:00 ${ZONE}`));
    assert.match(entries[0] ?? '', /Overdue/);
    assert.match(entries[2] ?? '', new RegExp(`${formatDate(expected.checkInOn)}, 10:00 ${ZONE}`));
    assert.match(entries[2] ?? '', /To Dana Reyes/);
    assert.equal(await scrollsSideways(page), false, 'the interview page scrolls sideways');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the interview page');
    await shoot('interview-plan');
  });

  it('leads the dashboard with what is due, and Done takes an item off it', async () => {
    const dashboard = new DashboardPage(page, server.url);
    await dashboard.openFromNavigation();
    const due = new DueList(page);
    const items = await due.items();
    assert.match(items[0] ?? '', /^Thank-you email to Dana Reyes Acme Corp · Product Manager/);
    assert.match(items[0] ?? '', /Overdue/);
    assert.ok(
      items.some((i) => i.startsWith('Thank-you card to Dana Reyes')),
      'the card is due within the week',
    );
    assert.equal(await scrollsSideways(page), false, 'the dashboard scrolls sideways');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the dashboard with due items');
    await shoot('dashboard-due');

    await due.press('Done', 'Thank-you email to Dana Reyes');
    assert.match((await page.getByRole('status').textContent()) ?? '', /Marked as done/);
    const left = await due.items();
    assert.ok(!left.some((i) => i.startsWith('Thank-you email to Dana Reyes')), 'done is no longer due');
    assert.equal(left.length, items.length - 1);
  });
});
