import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { answerProblems } from './answers.js';
import { BUILT_IN_QUESTIONS } from './bank/index.js';
import { parseQuestionFile } from './schema.js';

const good = {
  id: 'coach-1',
  area: 'timing',
  kind: 'single',
  scenario: 'A scenario.',
  prompt: 'A prompt?',
  options: [
    { id: 'a', text: 'One', correct: true, explanation: 'Because.' },
    { id: 'b', text: 'Two', correct: false, explanation: 'Because not.' },
  ],
};
const taken = new Set(BUILT_IN_QUESTIONS.map((q) => q.id));
const problems = (raw: unknown) => parseQuestionFile(raw, taken).problems;

describe("a coach's question file", () => {
  test('a good file gives its questions', () => {
    const r = parseQuestionFile({ questions: [good] }, taken);
    assert.deepEqual(r.problems, []);
    assert.equal(r.questions[0]?.id, 'coach-1');
  });

  test('names the question and the field of each problem', () => {
    const noExplanation = { ...good, options: [good.options[0], { id: 'b', text: 'Two', correct: false }] };
    assert.deepEqual(problems({ questions: [noExplanation] }), [
      { question: 'coach-1', field: 'options[1].explanation', message: 'is required' },
    ]);
    const p = problems({ questions: [good, { ...good, id: 'coach-2', area: 'salary' }] });
    assert.equal(p[0]?.question, 'coach-2');
    assert.equal(p[0]?.field, 'area');
    assert.match(p[0]?.message ?? '', /must be one of time-frame, timing/);
  });

  test('a question without a usable id is named by its position', () => {
    const p = problems({ questions: [good, { ...good, id: 'Bad Id!' }] });
    assert.deepEqual(
      p.map((x) => [x.question, x.field]),
      [['question 2', 'id']],
    );
  });

  test('business rules: one right option for single, right and wrong for multiple, sources for figures', () => {
    const twoRight = { ...good, options: good.options.map((o) => ({ ...o, correct: true })) };
    assert.match(problems({ questions: [twoRight] })[0]?.message ?? '', /exactly 1 correct option, not 2/);
    const allRight = { ...twoRight, kind: 'multiple' };
    assert.match(problems({ questions: [allRight] })[0]?.message ?? '', /at least 1 correct and 1 wrong/);
    const figure = { ...good, scenario: '68% of recruiters say so.' };
    assert.deepEqual(
      problems({ questions: [figure] }).map((x) => x.field),
      ['sources'],
    );
    const sameOption = { ...good, options: [good.options[0], { ...good.options[1], id: 'a' }] };
    assert.deepEqual(
      problems({ questions: [sameOption] }).map((x) => x.field),
      ['options[1].id'],
    );
  });

  test('a misspelt field is caught, not ignored', () => {
    const typo = { ...good, options: [good.options[0], { id: 'b', text: 'x', correct: false, explaination: 'y' }] };
    const fields = problems({ questions: [typo] }).map((x) => x.field);
    assert.ok(fields.includes('options[1].explanation'), fields.join());
    assert.ok(fields.includes('options[1]'), 'the unknown key is reported on its option');
  });

  test('ids already in the bank or the file are refused', () => {
    const p = problems({ questions: [good, good, { ...good, id: 'tf-last-question' }] });
    assert.deepEqual(
      p.map((x) => [x.question, x.field]),
      [
        ['coach-1', 'id'],
        ['tf-last-question', 'id'],
      ],
    );
  });

  test('the wrong top-level shape is explained', () => {
    assert.match(problems([good])[0]?.message ?? '', /\{"questions": \[\.\.\.\]\}/);
    assert.equal(problems({ questions: [] })[0]?.field, 'questions');
  });
});

describe('answers against a drawn quiz', () => {
  const qs = BUILT_IN_QUESTIONS.filter((q) => q.id === 'tf-last-question' || q.id === 'tm-sound-timings');

  test('unknown questions, unknown options and two answers to a single question are named', () => {
    const p = answerProblems(qs, { nope: ['a'], 'tf-last-question': ['a', 'b'], 'tm-sound-timings': ['z'] }, 42);
    assert.deepEqual(
      p.map((x) => x.field),
      ['answers.nope', 'answers.tf-last-question', 'answers.tm-sound-timings'],
    );
    assert.match(p[0]?.message ?? '', /"nope" is not a question of this quiz \(seed 42\)/);
    assert.match(p[1]?.message ?? '', /takes a single answer, but 2 were given/);
    assert.match(p[2]?.message ?? '', /has no option "z"; its options are a, b, c, d/);
  });

  test('good answers, or none, are fine', () => {
    assert.deepEqual(answerProblems(qs, { 'tf-last-question': ['b'], 'tm-sound-timings': ['a', 'c'] }, 1), []);
    assert.deepEqual(answerProblems(qs, {}, 1), []);
  });
});
