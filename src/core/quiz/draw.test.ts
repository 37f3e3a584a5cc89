import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { QUIZ_SIZE } from './areas.js';
import { BUILT_IN_QUESTIONS } from './bank/index.js';
import { drawQuiz, toPaper } from './draw.js';
import { MAX_SEED, mulberry32 } from './prng.js';
import { QUIZ_AREAS } from './types.js';

const ids = (seed: number) => drawQuiz(BUILT_IN_QUESTIONS, seed).map((q) => q.id);

describe('drawing a quiz', () => {
  test('the same seed draws the same questions in the same order', () => {
    assert.deepEqual(ids(42), ids(42));
    assert.notDeepEqual(ids(42), ids(43), 'different seeds draw differently');
  });

  test('the PRNG is pinned: a seed printed on an old result still draws the same quiz', () => {
    // mulberry32's first outputs for seed 42. Changing the PRNG breaks old seeds: do it knowingly.
    const random = mulberry32(42);
    assert.deepEqual(
      [random(), random(), random()].map((x) => Math.floor(x * 1e9)),
      [601103751, 448290558, 852465793],
    );
  });

  test('any seed: 12 distinct questions, every area, at most three from one area', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        const drawn = drawQuiz(BUILT_IN_QUESTIONS, seed);
        assert.equal(drawn.length, QUIZ_SIZE);
        assert.equal(new Set(drawn.map((q) => q.id)).size, QUIZ_SIZE);
        for (const area of QUIZ_AREAS) {
          const n = drawn.filter((q) => q.area === area).length;
          assert.ok(n >= 1 && n <= 3, `seed ${seed}: ${n} questions on ${area}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('over many seeds every question gets drawn', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) for (const id of ids(seed)) seen.add(id);
    assert.equal(seen.size, BUILT_IN_QUESTIONS.length);
  });

  test('a small bank is used whole rather than giving fewer questions', () => {
    const small = QUIZ_AREAS.flatMap((area) =>
      BUILT_IN_QUESTIONS.filter((q) => q.area === area).slice(0, area === 'timing' ? 5 : 1),
    );
    assert.equal(drawQuiz(small, 5).length, Math.min(QUIZ_SIZE, small.length));
  });

  test('the paper shows no answers', () => {
    const paper = toPaper(BUILT_IN_QUESTIONS[0] as (typeof BUILT_IN_QUESTIONS)[number]);
    assert.ok(!JSON.stringify(paper).includes('"correct"'));
    assert.ok(!JSON.stringify(paper).includes('explanation'));
  });
});
