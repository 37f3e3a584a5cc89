// The built-in bank's shape: enough questions, every area covered, every option explained, no
// duplicate ids, figures only as PRODUCT.md states them and with their sources, and the right
// answer not given away by being the longest.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BUILT_IN_QUESTIONS } from './bank/index.js';
import { questionSchema } from './schema.js';
import { QUIZ_AREAS, type QuizQuestion } from './types.js';

const bank = BUILT_IN_QUESTIONS;
const textOf = (q: QuizQuestion) =>
  [q.scenario, q.prompt, ...q.options.flatMap((o) => [o.text, o.explanation])].join(' ');

/** The figures PRODUCT.md quotes, each with the one source it may be attributed to. */
const FIGURES: [RegExp, string][] = [
  [/\b22%/, 'CareerBuilder, 2011'],
  [/\b86%/, 'CareerBuilder, 2011'],
  [/\b89%/, 'CareerBuilder, 2011'],
  [/\b80%/, 'Accountemps, 2017'],
  [/\b24%/, 'Accountemps, 2017'],
  [/\b68%/, 'TopResume, 2017'],
  [/\b3 in 10\b/, 'Boyer Management, 2014'],
];

describe('the built-in question bank', () => {
  test('has at least 24 questions, each valid against the question schema', () => {
    assert.ok(bank.length >= 24, `only ${bank.length} questions`);
    for (const q of bank) {
      const parsed = questionSchema.safeParse(q);
      assert.ok(parsed.success, `${q.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`);
    }
  });

  test('covers every area with at least three questions', () => {
    for (const area of QUIZ_AREAS) {
      const n = bank.filter((q) => q.area === area).length;
      assert.ok(n >= 3, `area ${area} has ${n} questions`);
    }
  });

  test('has single- and multiple-answer questions, with multiple ones in most areas', () => {
    const multiple = bank.filter((q) => q.kind === 'multiple');
    assert.ok(multiple.length >= 5, `${multiple.length} multiple-answer questions`);
    assert.ok(new Set(multiple.map((q) => q.area)).size >= 5);
    for (const q of multiple) assert.ok(q.options.filter((o) => o.correct).length >= 2, `${q.id}: one right option`);
  });

  test('explains every option, in more than a word or two', () => {
    for (const q of bank)
      for (const o of q.options) assert.ok(o.explanation.trim().split(/\s+/).length >= 6, `${q.id}/${o.id}`);
  });

  test('has no duplicate question ids, and no duplicate option ids within a question', () => {
    const ids = bank.map((q) => q.id);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
    );
    for (const q of bank) assert.equal(new Set(q.options.map((o) => o.id)).size, q.options.length, q.id);
  });

  test('the right option is the longest in under half of the single-answer questions', () => {
    const singles = bank.filter((q) => q.kind === 'single');
    const longest = singles.filter((q) => {
      const right = q.options.find((o) => o.correct);
      return right && right.text.length >= Math.max(...q.options.map((o) => o.text.length));
    });
    assert.ok(
      longest.length < singles.length / 2,
      `right option longest in ${longest.length} of ${singles.length}: ${longest.map((q) => q.id).join(', ')}`,
    );
  });

  test('the right answer is not always in the same place', () => {
    const places = new Set(bank.filter((q) => q.kind === 'single').map((q) => q.options.findIndex((o) => o.correct)));
    assert.ok(places.size >= 3, `right answers only at positions ${[...places].join(', ')}`);
  });

  test('quotes figures only as PRODUCT.md does, each with its source named', () => {
    for (const q of bank) {
      const text = textOf(q);
      for (const [figure, source] of FIGURES) {
        if (figure.test(text)) assert.ok(q.sources?.includes(source), `${q.id} quotes ${figure} without ${source}`);
      }
      const percents = text.match(/\d+%/g) ?? [];
      for (const p of percents) assert.ok(['22%', '86%', '89%', '80%', '24%', '68%'].includes(p), `${q.id}: ${p}`);
    }
  });

  test("treats CareerBuilder's 86% as a share of the 22%, never of all employers", () => {
    for (const q of bank) {
      for (const o of q.options) {
        if (!/86%/.test(o.text + o.explanation) || !/all/.test(o.text)) continue;
        assert.equal(o.correct, false, `${q.id}/${o.id} presents 86% of all employers as right`);
      }
    }
    const q = bank.find((x) => /86%/.test(textOf(x)));
    assert.ok(q, 'the bank teaches the 86% figure');
    assert.match(q.options.find((o) => o.correct)?.text ?? '', /of the 22%/);
  });
});
