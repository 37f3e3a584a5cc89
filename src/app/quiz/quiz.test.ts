// The self-assessment use cases on SQLite and PostgreSQL: attempts stored and listed per owner,
// scored on the server from the seed and the stored answers, bad answers named, coach files loaded.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';
import { AppError } from '../../core/errors.js';
import { BUILT_IN_QUESTIONS } from '../../core/quiz/index.js';
import { loadQuizBank } from './bank.js';

const right = (id: string) =>
  BUILT_IN_QUESTIONS.find((q) => q.id === id)
    ?.options.filter((o) => o.correct)
    .map((o) => o.id) ?? [];

const rejects = async (fn: () => Promise<unknown>, field: string, message: RegExp) => {
  await assert.rejects(fn, (err: unknown) => {
    assert.ok(err instanceof AppError && err.code === 'bad-input', String(err));
    assert.ok(
      err.problems.some((p) => p.field === field && message.test(p.message)),
      JSON.stringify(err.problems),
    );
    return true;
  });
};

for (const d of dialects()) {
  describe(`self-assessment (${d.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp({ make: d.make });
    });
    after(() => t?.close());

    test('take: scores from the seed and answers, stores the attempt, lists it in history', async () => {
      const paper = await t.api.quiz.draw({ seed: 42 });
      assert.equal(paper.questions.length, 12);
      const [first, second] = paper.questions;
      assert.ok(first && second);
      const answers = { [first.id]: right(first.id), [second.id]: [] };
      const result = await t.api.quiz.take({ seed: '42', answers });
      assert.equal(result.seed, 42);
      assert.equal(result.score.correct, 1);
      assert.equal(result.score.outOf, 12);
      assert.equal(result.score.percent, 8);
      assert.equal(result.questions.length, 12);
      assert.equal(
        result.areas.reduce((n, a) => n + a.questions, 0),
        12,
      );
      assert.ok(result.links.length >= 6, 'missed areas point at the product');
      assert.match(
        result.comparison.text,
        /About 3 in 10 .* similar follow-up self-assessment .*Boyer Management, 2014/,
      );
      assert.equal(result.takenAt, '2026-03-03T09:00:00.000Z');

      t.tick();
      const perfect = Object.fromEntries(paper.questions.map((q) => [q.id, right(q.id)]));
      const best = await t.api.quiz.take({ seed: 42, answers: perfect });
      assert.deepEqual(best.score, { points: 12, outOf: 12, percent: 100, correct: 12 });
      assert.deepEqual(best.links, []);

      const history = await t.api.quiz.history();
      assert.deepEqual(
        history.map((h) => [h.attemptId, h.score, h.correct, h.seed]),
        [
          [result.attemptId, 8, 1, 42],
          [best.attemptId, 100, 12, 42],
        ],
      );
      assert.equal(history[0]?.areas.length, 7);
      const again = await t.api.quiz.result(result.attemptId);
      assert.deepEqual(again.score, result.score);
      assert.deepEqual(again.areas, result.areas);
    });

    test('another owner sees none of these attempts', async () => {
      const other = t.forOwner('someone-else');
      assert.deepEqual(await other.quiz.history(), []);
      const [mine] = await t.api.quiz.history();
      assert.ok(mine);
      await assert.rejects(other.quiz.result(mine.attemptId), (e: unknown) => (e as AppError).code === 'not-found');
    });

    test('bad answers are named: unknown question, unknown option, two answers to one, bad seed', async () => {
      const paper = await t.api.quiz.draw({ seed: 7 });
      const single = paper.questions.find((q) => q.kind === 'single');
      assert.ok(single);
      await rejects(() => t.api.quiz.take({ seed: 7, answers: { nope: ['a'] } }), 'answers.nope', /not a question/);
      await rejects(
        () => t.api.quiz.take({ seed: 7, answers: { [single.id]: ['q'] } }),
        `answers.${single.id}`,
        /has no option "q"/,
      );
      await rejects(
        () => t.api.quiz.take({ seed: 7, answers: { [single.id]: ['a', 'b'] } }),
        `answers.${single.id}`,
        /single answer/,
      );
      await rejects(() => t.api.quiz.take({ seed: -1, answers: {} }), 'seed', /whole number from 0/);
      await rejects(async () => t.api.quiz.draw({ seed: 'abc' }), 'seed', /whole number/);
    });

    test('one question at a time: start, answer, finish; the score comes from the server', async () => {
      const before = (await t.api.quiz.history()).length;
      const started = await t.api.quiz.start({ seed: 99 });
      assert.equal(started.status, 'in-progress');
      assert.deepEqual(
        started.questions.map((q) => q.id),
        (await t.api.quiz.draw({ seed: 99 })).questions.map((q) => q.id),
        'the same draw as the seed gives',
      );
      assert.equal((await t.api.quiz.history()).length, before, 'not in history until finished');
      for (const q of started.questions) await t.api.quiz.answer(started.attemptId, q.id, right(q.id));
      const [q0] = started.questions;
      assert.ok(q0);
      await rejects(() => t.api.quiz.answer(started.attemptId, q0.id, []), 'choice', /Choose/);
      await rejects(() => t.api.quiz.answer(started.attemptId, 'nope', ['a']), 'question', /not a question/);
      const progress = await t.api.quiz.progress(started.attemptId);
      assert.deepEqual(progress.answers[q0.id], right(q0.id));
      const result = await t.api.quiz.finish(started.attemptId);
      assert.equal(result.score.percent, 100);
      assert.equal((await t.api.quiz.history()).length, before + 1);
      await assert.rejects(
        t.api.quiz.answer(started.attemptId, q0.id, ['a']),
        (e: unknown) => (e as AppError).code === 'conflict',
      );
      assert.deepEqual((await t.api.quiz.finish(started.attemptId)).score, result.score, 'finishing twice is harmless');
    });

    test('an attempt abandoned for a day is dropped when the next one starts', async () => {
      const abandoned = await t.api.quiz.start({ seed: 5 });
      t.tick(25 * 60 * 60 * 1000);
      const next = await t.api.quiz.start({ seed: 6 });
      await assert.rejects(
        t.api.quiz.progress(abandoned.attemptId),
        (e: unknown) => (e as AppError).code === 'not-found',
      );
      assert.equal((await t.api.quiz.progress(next.attemptId)).status, 'in-progress');
    });
  });
}

describe('loading a question bank', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ft-quiz-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const question = {
    id: 'coach-ask-feedback',
    area: 'setbacks',
    kind: 'single',
    scenario: 'You were turned down.',
    prompt: 'Ask for feedback?',
    options: [
      { id: 'a', text: 'Yes, politely', correct: true, explanation: 'It often helps.' },
      { id: 'b', text: 'No', correct: false, explanation: 'You miss a chance to learn.' },
    ],
  };

  test('no file: the built-in bank', async () => {
    assert.equal((await loadQuizBank(undefined)).questions.length, BUILT_IN_QUESTIONS.length);
  });

  test("a coach's questions join the built-in ones", async () => {
    const bank = await loadQuizBank(write('good.json', { questions: [question] }), '--questions');
    assert.equal(bank.questions.length, BUILT_IN_QUESTIONS.length + 1);
    assert.ok(bank.origins.includes(join(dir, 'good.json')));
  });

  test('a malformed file is refused naming the file, the question and the field', async () => {
    const bad = { ...question, options: [question.options[0], { id: 'b', text: 'No', correct: false }] };
    const path = write('bad.json', { questions: [bad] });
    await rejects(
      () => loadQuizBank(path, '--questions'),
      '--questions',
      new RegExp(`${path}: question "coach-ask-feedback", field options\\[1\\]\\.explanation: is required`),
    );
    await assert.rejects(loadQuizBank(path), (err: unknown) => {
      assert.match((err as Error).message, /\(FOLLOWTHROUGH_QUIZ_FILE\): question "coach-ask-feedback"/);
      return true;
    });
  });

  test('not JSON, or no such file, is refused naming the file', async () => {
    await rejects(
      () => loadQuizBank(write('broken.json', '{"questions": ['), '--questions'),
      '--questions',
      /broken\.json: is not valid JSON/,
    );
    await rejects(
      () => loadQuizBank(join(dir, 'missing.json'), '--questions'),
      '--questions',
      /missing\.json: no such file/,
    );
  });
});
