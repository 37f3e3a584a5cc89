import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { creditFor, scoreQuiz } from './score.js';
import type { QuizQuestion } from './types.js';

const option = (id: string, correct: boolean) => ({ id, text: `option ${id}`, correct, explanation: `why ${id}` });
const single: QuizQuestion = {
  id: 's',
  area: 'timing',
  kind: 'single',
  scenario: 'x',
  prompt: 'y',
  options: [option('a', false), option('b', true), option('c', false)],
};
// Three right options out of five.
const multiple: QuizQuestion = {
  id: 'm',
  area: 'content',
  kind: 'multiple',
  scenario: 'x',
  prompt: 'y',
  options: [option('a', true), option('b', false), option('c', true), option('d', true), option('e', false)],
};

describe('scoring', () => {
  test('single answer: 1 for the right option only', () => {
    assert.equal(creditFor(single, ['b']), 1);
    assert.equal(creditFor(single, ['a']), 0);
    assert.equal(creditFor(single, []), 0);
    assert.equal(creditFor(single, ['a', 'b']), 0, 'two choices for a single-answer question earn nothing');
  });

  test('multiple answer: right chosen minus wrong chosen, over the right options, floored at 0', () => {
    assert.equal(creditFor(multiple, ['a', 'c', 'd']), 1);
    assert.equal(creditFor(multiple, ['a', 'c']), 2 / 3);
    assert.equal(creditFor(multiple, ['a']), 1 / 3);
    assert.equal(creditFor(multiple, ['a', 'c', 'd', 'b']), 2 / 3, 'one wrong choice costs one right one');
    assert.equal(creditFor(multiple, ['a', 'b']), 0);
    assert.equal(creditFor(multiple, ['b', 'e']), 0, 'never below 0');
    assert.equal(creditFor(multiple, ['a', 'b', 'c', 'd', 'e']), 1 / 3, 'ticking everything is not a strategy');
    assert.equal(creditFor(multiple, []), 0);
  });

  test('credit is always between 0 and 1, and 1 only for exactly the right options', () => {
    fc.assert(
      fc.property(fc.subarray(['a', 'b', 'c', 'd', 'e']), (chosen) => {
        const c = creditFor(multiple, chosen);
        assert.ok(c >= 0 && c <= 1);
        assert.equal(c === 1, [...chosen].sort().join() === 'a,c,d');
      }),
    );
  });

  test('a whole quiz: points, percent, fully right count and per-area breakdown', () => {
    const other: QuizQuestion = { ...single, id: 's2', area: 'timing' };
    const r = scoreQuiz([single, multiple, other], { s: ['b'], m: ['a', 'c'], s2: ['c'] });
    assert.deepEqual(r.score, { points: 1.67, outOf: 3, percent: 56, correct: 1 });
    assert.deepEqual(
      r.areas.map((a) => [a.area, a.questions, a.points, a.percent, a.missed]),
      [
        ['timing', 2, 1, 50, true],
        ['content', 1, 0.67, 67, true],
      ],
    );
    // As a command and as a link: src/cli/hints.test.ts and src/web/hints.test.ts.
    assert.deepEqual(r.areas[0]?.help.hint, { action: 'plan' });
    assert.deepEqual(r.areas[1]?.help.hint, { action: 'check' });
    const m = r.questions.find((q) => q.id === 'm');
    assert.deepEqual(m?.selected, ['a', 'c']);
    assert.equal(m?.correct, false);
    assert.ok(m?.options.every((o) => o.explanation.length > 0));
    assert.match(r.comparison.text, /similar follow-up self-assessment/);
    assert.match(r.comparison.text, /\(Boyer Management, 2014\)/);
  });

  test('unknown option ids and unanswered questions earn nothing and are marked', () => {
    const r = scoreQuiz([single, multiple], { s: ['zz'] });
    assert.equal(r.score.points, 0);
    assert.equal(r.questions[0]?.answered, false);
    assert.equal(r.questions[1]?.answered, false);
    assert.ok(r.areas.every((a) => a.missed));
  });
});
