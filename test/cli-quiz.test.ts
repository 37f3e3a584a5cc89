// `followthrough quiz` against the bundled bin: the questions as JSON, scripted answers scored
// and stored, history, and exit 2 with the problem named for every bad answers or question file.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { QuizPaper } from '../src/app/index.js';
import type { QuizResultJson as QuizResult } from '../src/cli/quiz/quiz-text.js';
import { BUILT_IN_QUESTIONS } from '../src/core/quiz/index.js';
import { cleanEnv, type Sandbox, sandbox } from './helpers/cli-bin.js';

const right = (id: string) =>
  BUILT_IN_QUESTIONS.find((q) => q.id === id)
    ?.options.filter((o) => o.correct)
    .map((o) => o.id) ?? [];

describe('followthrough quiz (bundled bin)', () => {
  let s: Sandbox;
  let paper: QuizPaper;
  const file = (name: string, content: unknown) => {
    const path = join(s.dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const fails = (args: string[], message: RegExp, env?: NodeJS.ProcessEnv) => {
    const r = env ? s.raw(['--db', s.db, ...args], env) : s.run(...args);
    assert.equal(r.code, 2, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '', 'errors never go to stdout');
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  };

  before(() => {
    s = sandbox();
    paper = s.json<QuizPaper>('quiz', '--seed', '42', '--json');
  });
  after(() => s.remove());

  test('--seed N --json prints the questions, without their answers, the same every time', () => {
    assert.equal(paper.seed, 42);
    assert.equal(paper.questions.length, 12);
    assert.equal(new Set(paper.questions.map((q) => q.area)).size, 7);
    assert.doesNotMatch(JSON.stringify(paper), /"correct"|explanation/);
    assert.deepEqual(s.json<QuizPaper>('quiz', '--seed', '42', '--json'), paper);
  });

  test('--answers FILE --json scores, explains, compares, links and stores the attempt', () => {
    const [first, ...rest] = paper.questions;
    assert.ok(first);
    const wrong = first.options.map((o) => o.id).filter((id) => !right(first.id).includes(id));
    const answers = Object.fromEntries([
      [first.id, first.kind === 'single' ? wrong.slice(0, 1) : wrong],
      ...rest.map((q) => [q.id, right(q.id)]),
    ]);
    const r = s.json<QuizResult>('quiz', '--answers', file('answers.json', { seed: 42, answers }), '--json');
    assert.equal(r.seed, 42);
    assert.deepEqual(r.score, { points: 11, outOf: 12, percent: 92, correct: 11 });
    assert.equal(r.areas.length, 7);
    const missed = r.areas.filter((a) => a.missed);
    assert.deepEqual(
      missed.map((a) => a.area),
      [first.area],
    );
    assert.deepEqual(
      r.links.map((l) => l.area),
      [first.area],
    );
    assert.ok(r.links[0]?.cli.startsWith('followthrough '));
    assert.ok(r.links[0]?.web.startsWith('/'));
    assert.equal(r.questions.length, 12);
    assert.equal(r.questions[0]?.correct, false);
    assert.ok(r.questions.every((q) => q.options.every((o) => o.explanation.length > 0)));
    assert.match(r.comparison.text, /About 3 in 10 candidates answered a similar follow-up self-assessment correctly/);
    assert.equal(r.comparison.source, 'Boyer Management, 2014');
    assert.match(r.scoring, /never below 0/);

    const history = s.json<{ attemptId: string; score: number }[]>('quiz', 'history', '--json');
    assert.deepEqual(
      history.map((h) => [h.attemptId, h.score]),
      [[r.attemptId, 92]],
    );
    const text = s.run('quiz', 'history');
    assert.equal(text.code, 0);
    assert.match(text.stdout, /92%\s+11\/12\s+42\s+qa_/);
  });

  test('without --json the result is text, with the breakdown and where to practise', () => {
    const r = s.run('quiz', '--answers', file('some.json', { seed: 42, answers: {} }));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Score: 0% \(0 of 12 questions fully right; 0 of 12 points\)/);
    assert.match(r.stdout, /About 3 in 10 candidates .*\(Boyer Management, 2014\)\./);
    assert.match(r.stdout, /By area:/);
    assert.match(r.stdout, /followthrough check/);
    assert.match(r.stdout, /You did not answer\./);
  });

  test('exit 2 for a bad answers file, naming what is wrong', () => {
    const q = paper.questions.find((x) => x.kind === 'single');
    assert.ok(q);
    fails(
      ['quiz', '--answers', file('broken.json', '{"seed": 42, "answers": {'), '--json'],
      /--answers: .*broken\.json: is not JSON/,
    );
    fails(['quiz', '--answers', join(s.dir, 'missing.json')], /missing\.json: no such file/);
    fails(
      ['quiz', '--answers', file('unknown-q.json', { seed: 42, answers: { 'no-such-question': ['a'] } }), '--json'],
      /--answers: "no-such-question" is not a question of this quiz \(seed 42\)/,
    );
    fails(
      ['quiz', '--answers', file('unknown-o.json', { seed: 42, answers: { [q.id]: ['zz'] } }), '--json'],
      new RegExp(`--answers: question "${q.id}" has no option "zz"`),
    );
    fails(
      ['quiz', '--answers', file('two.json', { seed: 42, answers: { [q.id]: ['a', 'b'] } })],
      /takes a single answer, but 2 were given/,
    );
    fails(['quiz', '--answers', file('noseed.json', { answers: {} })], /--answers: .*noseed\.json has no "seed"/);
    fails(['quiz', '--answers', file('list.json', { seed: 42, answers: [] })], /"answers" must be an object/);
    fails(
      ['quiz', '--seed', '7', '--answers', file('seed42.json', { seed: 42, answers: {} })],
      /--seed is 7, but .*seed42\.json answers the quiz of seed 42/,
    );
    fails(['quiz', '--seed', 'soon', '--json'], /--seed must be a whole number from 0 to 2147483647; you gave "soon"/);
  });

  test('exit 2 without a terminal, --json or --answers', () => {
    fails(['quiz'], /--answers is needed when there is no terminal/);
  });

  test("a coach's file: used with --questions, refused naming the file, question and field when malformed", () => {
    const coach = {
      id: 'coach-ask',
      area: 'timing',
      kind: 'single',
      scenario: 'A scenario.',
      prompt: 'A prompt?',
      options: [
        { id: 'a', text: 'Yes', correct: true, explanation: 'Because.' },
        { id: 'b', text: 'No', correct: false },
      ],
    };
    const bad = file('coach-bad.json', { questions: [coach] });
    fails(
      ['quiz', '--questions', bad, '--json'],
      /--questions: .*coach-bad\.json: question "coach-ask", field options\[1\]\.explanation: is required/,
    );
    fails(
      ['quiz', 'history'],
      /coach-bad\.json \(FOLLOWTHROUGH_QUIZ_FILE\): question "coach-ask", field options\[1\]\.explanation/,
      { ...cleanEnv(s.dir), FOLLOWTHROUGH_QUIZ_FILE: bad },
    );
    const good = file('coach.json', {
      questions: [{ ...coach, options: [coach.options[0], { ...coach.options[1], explanation: 'No.' }] }],
    });
    let seed = 0;
    let drawn: QuizPaper;
    do drawn = s.json<QuizPaper>('quiz', '--questions', good, '--seed', String(seed++), '--json');
    while (!drawn.questions.some((q) => q.id === 'coach-ask') && seed < 200);
    assert.ok(
      drawn.questions.some((q) => q.id === 'coach-ask'),
      'the coach question is drawn for some seed',
    );
  });

  test('--help documents the answers file and the scoring', () => {
    const r = s.run('quiz', '--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\{"seed": 42, "answers": \{"tf-last-question": \["b"\]/);
    assert.match(r.stdout, /Multiple-answer: \(right options chosen - wrong options chosen\) \/ right options/);
    assert.match(r.stdout, /FOLLOWTHROUGH_QUIZ_FILE/);
  });
});
