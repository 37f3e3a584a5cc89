// End to end in real Chromium at 375px: a keyboard-only user finds the self-assessment in the
// navigation, answers twelve questions (radios and checkboxes), and sees the result with its
// per-area breakdown, the comparison figure and where to practise; then the progress table.
// Every page passes axe and none scrolls sideways.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BUILT_IN_QUESTIONS } from '../../src/core/quiz/index.js';
import { chromiumRequirement } from '../helpers/browser.js';
import { type E2EApp, startE2EApp } from '../helpers/e2e-app.js';
import { seriousViolations } from './pages/axe.js';
import { scrollsSideways, tabTo } from './pages/keyboard.js';
import { QuizQuestionPage, QuizResultPage, QuizStartPage } from './pages/quiz-page.js';

const available = chromiumRequirement.check();

describe('the self-assessment in the browser, by keyboard, at 375px', {
  skip: !available && 'needs Chromium (CHROMIUM_PATH or /usr/bin/chromium)',
}, () => {
  let app: E2EApp;
  let opened: E2EApp['opened'];
  let server: E2EApp['server'];
  let page: Page;
  let attemptId = '';
  let wrongArea = '';

  before(async () => {
    app = await startE2EApp();
    ({ opened, server, page } = app);
  });

  after(async () => {
    await app?.close();
  });

  const shoot = (name: string) => app.shoot(name);
  const checkPage = async (what: string) => {
    assert.equal(await scrollsSideways(page), false, `${what} scrolls sideways`);
    assert.deepEqual(await seriousViolations(page), [], `axe on ${what}`);
  };

  it('finds the self-assessment in the navigation and starts it', async () => {
    await page.goto(`${server.url}/`);
    const start = new QuizStartPage(page, server.url);
    await start.openFromNavigation();
    assert.match((await page.locator('main').textContent()) ?? '', /About 3 in 10 candidates answered a similar/);
    await checkPage('the start page');
    await shoot('quiz-start');
    attemptId = await start.start();
    assert.match(attemptId, /^qa_/);
  });

  it('answers twelve questions with the keyboard, one per page', async () => {
    const { questions } = await opened.api.quiz.progress(attemptId);
    const question = new QuizQuestionPage(page);
    for (const [i, q] of questions.entries()) {
      assert.equal(await question.heading(), `Question ${i + 1} of 12`);
      assert.equal(await question.group(q.prompt).count(), 1, 'the choices are a group named by the question');
      if (i === 0) {
        await checkPage('a question page');
        await shoot('quiz-question');
      }
      const full = BUILT_IN_QUESTIONS.find((b) => b.id === q.id);
      assert.ok(full);
      // The first question is answered wrong on purpose, so its area shows where to practise.
      const positions = full.options
        .map((o, p) => ((i === 0 ? !o.correct : o.correct) ? p : -1))
        .filter((p) => p >= 0)
        .slice(0, i === 0 ? 1 : undefined);
      if (i === 0) wrongArea = full.area;
      await question.choose(q.kind, positions);
      await question.submit(i < 11 ? new RegExp(`/${i + 2}$`) : new RegExp(`/quiz/attempts/${attemptId}$`));
    }
  });

  it('shows the result with the per-area breakdown, the comparison figure and where to practise', async () => {
    const result = new QuizResultPage(page);
    const score = await result.scoreText();
    assert.match(score, /^92% 11 of 12 questions fully right/);
    assert.match(
      score,
      /About 3 in 10 candidates answered a similar follow-up self-assessment correctly \(Boyer Management, 2014\)/,
    );
    const rows = await result.breakdown();
    assert.equal(rows.length, 7, 'one row per area');
    const missed = rows.filter((r) => r[2] !== '100%');
    assert.equal(missed.length, 1);
    const links = await result.practiseLinks();
    assert.equal(links.length, 1);
    const expected = (await opened.api.quiz.result(attemptId)).links[0];
    assert.equal(expected?.area, wrongArea);
    assert.equal(links[0], expected?.label);
    await checkPage('the result page');
    await shoot('quiz-result');
  });

  it('shows progress over attempts in a table', async () => {
    const link = page.getByRole('link', { name: 'See your progress' });
    await tabTo(page, link);
    await Promise.all([page.waitForURL(`${server.url}/quiz/progress`), page.keyboard.press('Enter')]);
    const table = page.getByRole('table', { name: /Your attempts/ });
    assert.equal(await table.locator('tbody tr').count(), 1);
    assert.match((await table.textContent()) ?? '', /92%/);
    await checkPage('the progress page');
    await shoot('quiz-progress');
  });
});
