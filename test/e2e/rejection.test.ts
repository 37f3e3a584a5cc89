// End to end in Chromium at 375px: record a rejection from the interview page; the pending check-ins
// are replaced by a reply to their decision (drafted) and keep-warm touches; the draft opens in the
// editor; the contacts view shows the person with the next date. The server runs on the real clock,
// so the interview is put yesterday.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CHECKLISTS } from '../../src/core/notes/types.js';
import { formatLocal, localDateTime } from '../../src/web/format.js';
import { chromiumRequirement } from '../helpers/browser.js';
import { type E2EApp, startE2EApp } from '../helpers/e2e-app.js';
import { seriousViolations } from './pages/axe.js';
import { InterviewPage } from './pages/interview-page.js';
import { scrollsSideways } from './pages/keyboard.js';
import { MessageEditor } from './pages/message-page.js';
import { ContactsPage, OutcomeFlow } from './pages/outcome-pages.js';

const available = chromiumRequirement.check();
const ZONE = 'America/New_York';

describe('recording a rejection in the browser at 375px', {
  skip: !available && 'needs Chromium (CHROMIUM_PATH or /usr/bin/chromium)',
}, () => {
  let app: E2EApp;
  let page: Page;
  let interviewId = '';
  const day = localDateTime(new Date(Date.now() - 86_400_000), ZONE).slice(0, 10);

  before(async () => {
    app = await startE2EApp(async (api) => {
      const iv = await api.interviews.add({
        company: 'Acme Corp',
        role: 'Product Manager',
        at: `${day}T10:00`,
        tz: ZONE,
        country: 'US',
        interviewers: [
          { name: 'Dana Reyes', email: 'dana@acme.example', role: 'hiring-manager' },
          { name: 'Sam Lee', email: 'sam@acme.example' },
        ],
        contact: 'Dana',
        timeframe: 'we hope to decide by the end of next week',
        permission: 'yes',
      });
      interviewId = iv.id;
      await api.interviews.recordNotes(iv.id, { interviewer: 'Dana', topics: ['the pricing page redesign'] });
    });
    page = app.page;
  });
  after(async () => app?.close());

  it('shows the pending check-ins before the decision', async () => {
    await page.goto(`${app.server.url}/interviews/${interviewId}`);
    const entries = await new InterviewPage(page).timelineEntries();
    assert.ok(
      entries.some((e) => e.startsWith('Check in with Dana Reyes')),
      entries.join('\n'),
    );
    assert.ok(entries.some((e) => e.startsWith('Second check-in with Dana Reyes')));
  });

  it('records "They said no", choosing whom to keep in touch with', async () => {
    const flow = new OutcomeFlow(page);
    await flow.choose('They said no');
    assert.deepEqual(await flow.keepWarmChoices(), [
      { name: 'Dana Reyes', checked: true },
      { name: 'Sam Lee', checked: true },
    ]);
    await page.getByLabel('Sam Lee').uncheck();
    await flow.setEveryMonths(6);
    assert.equal(await scrollsSideways(page), false, 'the rejection form scrolls sideways');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the rejection form');
    await app.shoot('rejection-form');
    await flow.submit(/Record the rejection/);

    assert.match((await page.getByRole('status').textContent()) ?? '', /Recorded: Rejected/);
    const drafts = await flow.drafts();
    assert.deepEqual(drafts, ['Thank you, and a request: Product Manager at Acme Corp']);
    const planned = await flow.plannedNow();
    assert.equal(planned.length, 2, planned.join('\n'));
    assert.match(planned[0] ?? '', /^Reply to Dana Reyes's decision/);
    assert.match(planned[1] ?? '', /^Keep in touch with Dana Reyes/);
    assert.deepEqual(await seriousViolations(page), [], 'axe on the result page');
    await app.shoot('rejection-result');
  });

  it('the plan now holds the reply and the keep-warm touch instead of the check-ins', async () => {
    await page.getByRole('link', { name: 'Back to the interview' }).click();
    const entries = await new InterviewPage(page).timelineEntries();
    assert.ok(!entries.some((e) => /^(Check in|Second check-in|Close the loop)/.test(e)), entries.join('\n'));
    assert.ok(entries.some((e) => e.startsWith("Reply to Dana Reyes's decision")));
    assert.ok(entries.some((e) => e.startsWith('Keep in touch with Dana Reyes')));
    assert.ok(!entries.some((e) => e.includes('Sam Lee') && e.startsWith('Keep in touch')));
  });

  it('the reply draft opens in the editor, asking for feedback', async () => {
    // Not Back to the result page: it answered a POST and, like every private page, is no-store, so
    // the browser would ask to send the form again. The interview page lists the draft too.
    await page.getByRole('link', { name: 'Reply to a rejection to Dana Reyes' }).click();
    await page.waitForURL(/\/messages\/msg_/);
    const body = await page.locator('textarea[name="body"]').inputValue();
    assert.match(body, /^Dear Dana,/);
    assert.match(body, /specific feedback/);
    assert.match(body, /pricing page redesign/);
    // Scored on the reply's own checklist: gracious, asks for feedback, keeps the door open, no pitch.
    const editor = new MessageEditor(page);
    assert.deepEqual(await editor.checkIds(), [...CHECKLISTS['rejection-reply']]);
    assert.ok((await editor.score()) >= 85, `the reply scored ${await editor.score()}`);
  });

  it('the contacts view shows Dana with what is next and its date', async () => {
    const contacts = new ContactsPage(page, app.server.url);
    await contacts.open();
    const plan = await app.opened.api.followUps.plan(interviewId);
    const reply = plan.touches.find((t) => t.kind === 'rejection-reply');
    assert.ok(reply);
    const dana = await contacts.person('Dana Reyes');
    assert.match(dana.next, /^Reply to Dana Reyes's decision/);
    assert.equal(dana.nextDate, formatLocal(reply.dueLocal, reply.timeZone));
    assert.match(dana.last, /the interview/);
    const sam = await contacts.person('Sam Lee');
    assert.equal(sam.next, 'Nothing planned');
    assert.equal(await scrollsSideways(page), false, 'the contacts view scrolls sideways');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the contacts view');
    await app.shoot('contacts');
  });
});
