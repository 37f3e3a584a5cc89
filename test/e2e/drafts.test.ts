// End to end in real Chromium at 375px (issue 5): an interview with two interviewers is recorded in
// the browser with notes on each; both thank-you notes are drafted (one from the plan's Draft
// button, one from the panel), each scores at least 85 and they differ; one is edited and saved.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CHECKLISTS } from '../../src/core/notes/types.js';
import { chromiumRequirement } from '../helpers/browser.js';
import { type E2EApp, startE2EApp } from '../helpers/e2e-app.js';
import { seriousViolations } from './pages/axe.js';
import { scrollsSideways } from './pages/keyboard.js';
import { MessageEditor } from './pages/message-page.js';
import { NewInterviewPage } from './pages/new-interview-page.js';

const available = chromiumRequirement.check();
const EXTRA = '\n\nP.S. I have attached the onboarding checklist I mentioned.';

describe('drafting thank-you notes in the browser at 375px', {
  skip: !available && 'needs Chromium (CHROMIUM_PATH or /usr/bin/chromium)',
  timeout: 180_000,
}, () => {
  let app: E2EApp;
  let page: Page;
  let interviewUrl = '';
  const bodies: string[] = [];

  before(async () => {
    app = await startE2EApp(async (api) => {
      await api.profile.update({ name: 'Jordan Lee', email: 'jordan@example.org' });
    });
    page = app.page;
  });
  after(async () => {
    await app?.close();
  });

  const notesFor = async (person: string, n: number, notes: { topic: string; challenge: string; idea: string }) => {
    await page.getByText(`Add notes about ${person}`).click();
    await page.locator(`#n${n}-topic`).fill(notes.topic);
    await page.locator(`#n${n}-challenge`).fill(notes.challenge);
    await page.locator(`#n${n}-idea`).fill(notes.idea);
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: `Save notes about ${person}` }).click(),
    ]);
  };

  it('records an interview with two interviewers and notes on each', async () => {
    const form = new NewInterviewPage(page, app.server.url);
    await form.open();
    await form.typeInto('company', 'Acme Corp');
    await form.typeInto('role', 'Product Manager');
    await form.enterDateTime('03032026', '1000', 'A');
    await form.typeInto('tz', 'America/New_York');
    await form.addInterviewer(0, { name: 'Dana Reyes', email: 'dana@acme.example' });
    await form.addInterviewer(1, { name: 'Sam Lee', email: 'sam@acme.example' });
    await form.typeInto('timeframe', 'we hope to decide by the end of next week');
    await form.typeInto('contact', 'Dana Reyes');
    await form.typeInto('why', 'your focus on small-business owners');
    await form.typeInto('strength', 'I ran onboarding for 40,000 small businesses at Shopkeep');
    interviewUrl = await form.save();
    await notesFor('Dana Reyes', 0, {
      topic: 'the Q3 onboarding roadmap',
      challenge: 'onboarding churn in the first week',
      idea: 'a three-email welcome series',
    });
    await notesFor('Sam Lee', 1, {
      topic: 'pricing experiments',
      challenge: 'support tickets about invoices',
      idea: 'an invoice FAQ inside the billing page',
    });
    assert.match((await page.locator('main').textContent()) ?? '', /a three-email welcome series/);
  });

  it('drafts both thank-you notes: each at least 85, and different', async () => {
    const editor = new MessageEditor(page);
    await page.goto(interviewUrl);
    // Dana's from the plan: the Draft button on her thank-you touch.
    await Promise.all([
      page.waitForURL(/\/messages\/msg_/),
      page.getByRole('button', { name: /^Draft \(Thank-you email to Dana Reyes/ }).click(),
    ]);
    assert.match(await editor.heading(), /Thank-you to Dana Reyes/);
    assert.ok((await editor.score()) >= 85, `Dana's note scored ${await editor.score()}`);
    assert.deepEqual(await editor.checkIds(), [...CHECKLISTS['thank-you']], 'scored on the thank-you checklist');
    bodies.push(await editor.body().inputValue());
    assert.equal(await scrollsSideways(page), false, 'the editor scrolls sideways');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the draft editor');
    await app.shoot('draft-dana');

    // Sam's from the panel's button on the interview page.
    await page.goto(interviewUrl);
    await Promise.all([
      page.waitForURL(/\/messages\/msg_/),
      page.getByRole('button', { name: 'Draft a thank-you to Sam Lee' }).click(),
    ]);
    assert.match(await editor.heading(), /Thank-you to Sam Lee/);
    assert.ok((await editor.score()) >= 85, `Sam's note scored ${await editor.score()}`);
    assert.deepEqual(await editor.checkIds(), [...CHECKLISTS['thank-you']], 'scored on the thank-you checklist');
    bodies.push(await editor.body().inputValue());
    const [dana, sam] = bodies;
    assert.match(dana ?? '', /welcome series/);
    assert.match(sam ?? '', /invoice FAQ/);
    assert.doesNotMatch(sam ?? '', /welcome series/);
    assert.notEqual(dana, sam);
  });

  it('edits one, saves it, and finds it saved after a reload', async () => {
    const editor = new MessageEditor(page);
    await editor.appendAndSave(EXTRA);
    assert.match((await page.getByRole('status').first().textContent()) ?? '', /Saved/);
    await page.reload();
    assert.ok((await editor.body().inputValue()).endsWith(EXTRA.trim()), 'the edit is kept');
    await page.goto(interviewUrl);
    const list = (await page.locator('#messages').textContent()) ?? '';
    assert.match(list, /Thank-you to Dana Reyes/);
    assert.match(list, /Thank-you to Sam Lee/);
    await app.shoot('interview-messages');
  });
});
