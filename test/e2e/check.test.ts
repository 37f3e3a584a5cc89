// End to end in real Chromium at 375px: on the interview page a generic thank-you note, typed,
// gets a low score with advice; improved with a topic from the interview, a reason, a plan and an
// idea, its score rises and the sentences that earned it are highlighted. /check works without
// JavaScript. axe finds nothing serious; nothing scrolls sideways.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { chromiumRequirement } from '../helpers/browser.js';
import { type E2EApp, startE2EApp } from '../helpers/e2e-app.js';
import { seriousViolations } from './pages/axe.js';
import { scrollsSideways } from './pages/keyboard.js';
import { NoteEditor } from './pages/note-check-page.js';

const available = chromiumRequirement.check();
const SHOTS = process.env.FT_E2E_SCREENSHOTS;
const GENERIC = 'Thank you for your time. I am excited about the opportunity and look forward to hearing from you.';
const BETTER = [
  '\nI enjoyed walking through the Q3 roadmap with you today.',
  ' I want this role because I used Acme dashboards every day to plan stock for forty stores.',
  '\nAt Brightpath I led the onboarding redesign that cut churn by 40%, and I would bring that approach to your enterprise accounts.',
  '\nFor the churn in enterprise accounts you mentioned, one idea is a quarterly health review with each sponsor.',
].join('');

describe('checking a thank-you note in the browser at 375px', {
  skip: !available && 'needs Chromium (CHROMIUM_PATH or /usr/bin/chromium)',
  timeout: 120_000,
}, () => {
  let app: E2EApp;
  let server: E2EApp['server'];
  let browser: E2EApp['browser'];
  let page: Page;
  let interviewId = '';

  before(async () => {
    app = await startE2EApp(async (api) => {
      const iv = await api.interviews.add({
        company: 'Acme Analytics',
        role: 'Senior Product Manager',
        at: '2026-03-03T10:00',
        tz: 'America/New_York',
        interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }, { name: 'Sam Lee' }],
      });
      await api.interviews.recordNotes(iv.id, {
        interviewer: 'Dana',
        topics: ['Q3 roadmap'],
        challenges: [{ challenge: 'churn in enterprise accounts', idea: 'a quarterly health review' }],
      });
      interviewId = iv.id;
    });
    ({ server, browser, page } = app);
  });

  after(async () => {
    await app?.close();
  });

  const shoot = async (p: Page, name: string, selector = 'main') => {
    if (SHOTS) await p.locator(selector).screenshot({ path: `${SHOTS}/ft-${name}.png` });
  };

  it('scores a generic note low with advice, then higher as it is improved', async () => {
    await page.goto(`${server.url}/interviews/${interviewId}`);
    const editor = new NoteEditor(page, 'note-n0');
    await editor.open('Write and check a thank-you note to Dana Reyes');
    assert.equal(await editor.status.getAttribute('aria-live'), 'polite');
    assert.equal(await editor.report.getAttribute('aria-live'), null, 'the details are not read on every keystroke');

    await editor.typeNote(GENERIC);
    const first = await editor.statusOnceScored();
    const low = await editor.score();
    assert.ok(low <= 40, `a generic note scored ${low}`);
    assert.match(first, /a generic note/);
    assert.match(text(await editor.report.locator('.check-generic').textContent()), /could follow any interview/);
    const interest = await editor.check('interest');
    assert.equal(interest.mark, '✗');
    assert.match(interest.advice, /Give a reason you want this job/);
    assert.match((await editor.check('specific-detail')).advice, /Dana talked about Q3 roadmap/);
    await shoot(page, 'check-generic', '#note-n0');

    await editor.append(BETTER);
    const second = await editor.statusOnceScored(first);
    const high = await editor.score();
    assert.ok(high > low + 30, `the improved note scored ${high}, the generic one ${low}`);
    assert.doesNotMatch(second, /generic/);
    assert.equal((await editor.check('interest')).mark, '✓');
    assert.equal((await editor.check('challenge')).mark, '✓');
    assert.equal((await editor.check('names')).mark, '✓');
    const marks = await editor.highlighted();
    assert.ok(
      marks.some((m) => m.startsWith('I want this role because')),
      `highlighted: ${marks.join(' | ')}`,
    );
    assert.equal(await scrollsSideways(page), false, 'the interview page with a report scrolls sideways');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the interview page with a report');
    await shoot(page, 'check-improved', '#note-n0');
  });

  it('/check works without htmx: the Check button shows the same report', async () => {
    // htmx never loads, as when scripts are blocked; JavaScript itself stays on so axe can run.
    const plain = await browser.newContext({ viewport: { width: 375, height: 740 } });
    try {
      const p = await plain.newPage();
      await p.route('**/htmx.min.js*', (route) => route.abort());
      await p.goto(`${server.url}/check`);
      assert.deepEqual(await seriousViolations(p), [], 'axe on /check');
      const editor = new NoteEditor(p, 'check');
      await editor.typeNote(GENERIC);
      await editor.pressCheck();
      assert.equal(await p.evaluate(() => location.hash), '#check-result', 'the page opens at the report');
      assert.ok((await editor.score()) <= 40);
      assert.equal((await editor.check('interest')).mark, '✗');
      assert.equal(await p.locator('#check-text').inputValue(), GENERIC, 'the note is kept');
      assert.equal(await scrollsSideways(p), false, '/check with a report scrolls sideways');
      assert.deepEqual(await seriousViolations(p), [], 'axe on /check with a report');
      await shoot(p, 'check-page');
    } finally {
      await plain.close();
    }
  });
});

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
