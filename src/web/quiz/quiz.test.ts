// The self-assessment pages through app.request(): start, one question per page, errors in place,
// the score computed on the server, the result with its breakdown, progress, and escaping of a
// coach's question text.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { startWebApp, type WebTestApp } from '../../../test/helpers/web-app.js';
import { BUILT_IN_QUESTIONS } from '../../core/quiz/index.js';

const ORIGIN = 'http://127.0.0.1:4100';
// The coach's question below has option "a" right.
const right = (id: string) =>
  id === 'coach-1'
    ? ['a']
    : (BUILT_IN_QUESTIONS.find((q) => q.id === id)
        ?.options.filter((o) => o.correct)
        .map((o) => o.id) ?? []);

describe('self-assessment pages', () => {
  let web: WebTestApp;
  let dir: string;
  let app: Hono;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ft-quiz-web-'));
    const file = join(dir, 'coach.json');
    // A coach's question with markup in it, on every area so it is sure to be drawn by some seed.
    const hostile = (area: string, n: number) => ({
      id: `coach-${n}`,
      area,
      kind: 'single',
      scenario: '<script>alert(1)</script> scenario',
      prompt: 'Which <b>one</b>?',
      options: [
        { id: 'a', text: '<img src=x onerror=alert(1)>', correct: true, explanation: '<i>because</i>' },
        { id: 'b', text: 'plain', correct: false, explanation: 'no' },
      ],
    });
    writeFileSync(file, JSON.stringify({ questions: [hostile('timing', 1)] }));
    web = await startWebApp({ quizFile: file });
    app = web.app;
  });
  after(async () => {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string) => app.request(`${ORIGIN}${path}`);
  const post = (path: string, fields: [string, string][]) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    });

  it('the start page is in the navigation, explains the quiz and shows the comparison figure', async () => {
    const res = await get('/quiz');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<a href="\/quiz" aria-current="page">Self-assessment<\/a>/);
    assert.match(html, /About 3 in 10 candidates answered a similar follow-up self-assessment correctly/);
    assert.match(html, /<form method="post" action="\/quiz"/);
  });

  it('a bad seed is shown beside its field', async () => {
    const res = await post('/quiz', [['seed', 'soon']]);
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /must be a whole number from 0 to 2147483647/);
    assert.match(html, /aria-invalid="true"/);
    assert.match(html, /value="soon"/);
  });

  it('a cross-site post cannot start an attempt', async () => {
    const res = await app.request(`${ORIGIN}/quiz`, {
      method: 'POST',
      body: new URLSearchParams({ seed: '1' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    });
    assert.equal(res.status, 403);
  });

  it('takes the quiz one question per page; the score is the server’s, not the form’s', async () => {
    const seed = 42;
    const start = await post('/quiz', [['seed', String(seed)]]);
    assert.equal(start.status, 303);
    const first = start.headers.get('location') ?? '';
    assert.match(first, /^\/quiz\/attempts\/qa_[0-9a-z]+\/1$/);
    const base = first.replace(/\/1$/, '');
    const paper = await web.opened.api.quiz.draw({ seed });

    const page1 = await (await get(first)).text();
    const q1 = paper.questions[0];
    assert.ok(q1);
    assert.match(page1, /<h1>Question 1 of 12<\/h1>/);
    assert.match(page1, /<fieldset id="q-choices" class="quiz-choices" aria-describedby="q-scenario q-hint">/);
    assert.match(page1, /<legend>/);
    assert.equal(
      (page1.match(new RegExp(`type="${q1.kind === 'single' ? 'radio' : 'checkbox'}"`, 'g')) ?? []).length,
      q1.options.length,
    );
    assert.doesNotMatch(page1, /Previous question/);

    const empty = await post(`${base}/1`, []);
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /There is a problem[\s\S]*Choose (an answer|at least one answer)/);

    for (const [i, q] of paper.questions.entries()) {
      // Every question right except the first; a forged score field is ignored.
      const chosen =
        i === 0
          ? q.options
              .filter((o) => !right(q.id).includes(o.id))
              .map((o) => o.id)
              .slice(0, 1)
          : right(q.id);
      const res = await post(`${base}/${i + 1}`, [
        ...chosen.map((c): [string, string] => ['choice', c]),
        ['score', '100'],
      ]);
      assert.equal(res.status, 303, `question ${i + 1}`);
      assert.equal(res.headers.get('location'), i < 11 ? `${base}/${i + 2}` : base);
    }
    const result = await get(base);
    assert.equal(result.status, 200);
    const html = await result.text();
    assert.match(html, /<strong>92%<\/strong>/);
    assert.match(html, /11 of 12 questions fully right/);
    assert.match(
      html,
      /About 3 in 10 candidates answered a similar follow-up self-assessment correctly \(Boyer Management, 2014\)/,
    );
    assert.match(html, /<h2 id="areas">By area<\/h2>/);
    assert.equal((html.match(/<th scope="row">/g) ?? []).length, 7, 'one row per area');
    assert.match(html, /Where to practise/);

    // Going back to a question of a finished attempt shows the result instead.
    assert.equal((await get(`${base}/3`)).headers.get('location'), base);
    const history = await web.opened.api.quiz.history();
    assert.equal(history.at(-1)?.score, 92);
  });

  it('the progress page lists the attempts in a table', async () => {
    const html = await (await get('/quiz/progress')).text();
    assert.match(html, /<caption>Your attempts, oldest first/);
    assert.match(html, /<td>92%<\/td>/);
  });

  it("a coach's question text is escaped, never markup", async () => {
    // Find a seed that draws the coach's question.
    let seed = 0;
    while (!(await web.opened.api.quiz.draw({ seed })).questions.some((q) => q.id === 'coach-1')) seed++;
    const start = await post('/quiz', [['seed', String(seed)]]);
    const base = (start.headers.get('location') ?? '').replace(/\/1$/, '');
    const n = (await web.opened.api.quiz.draw({ seed })).questions.findIndex((q) => q.id === 'coach-1') + 1;
    const html = await (await get(`${base}/${n}`)).text();
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; scenario/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(html, /<script>alert|<img src=x|<b>one<\/b>/);
  });

  it('an unknown attempt or question number is a 404 page', async () => {
    assert.equal((await get('/quiz/attempts/qa_nothere')).status, 404);
    const start = await post('/quiz', [['seed', '3']]);
    const base = (start.headers.get('location') ?? '').replace(/\/1$/, '');
    assert.equal((await get(`${base}/13`)).status, 404);
    assert.equal((await get(`${base}/0`)).status, 404);
  });
});
