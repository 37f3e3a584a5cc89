// Scoring. Each question is worth one point.
// - Single answer: 1 when exactly the right option is chosen, else 0.
// - Multiple answer: (right options chosen - wrong options chosen) / right options in the question,
//   floored at 0. Choosing every option therefore earns nothing unless every option is right, and a
//   wrong choice costs as much as a right one earns.
// A question counts as correct only with full credit; an area is "missed" when it lost any credit.
import { AREAS, COMPARISON } from './areas.js';
import {
  type AreaOutcome,
  QUIZ_AREAS,
  type QuestionOutcome,
  type QuizAnswers,
  type QuizComparison,
  type QuizQuestion,
  type QuizScore,
} from './types.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

export function creditFor(q: QuizQuestion, selected: readonly string[]): number {
  const chosen = new Set(selected);
  if (q.kind === 'single') {
    if (chosen.size !== 1) return 0;
    return q.options.some((o) => o.correct && chosen.has(o.id)) ? 1 : 0;
  }
  const right = q.options.filter((o) => o.correct);
  const hits = right.filter((o) => chosen.has(o.id)).length;
  const misses = q.options.filter((o) => !o.correct && chosen.has(o.id)).length;
  return right.length === 0 ? 0 : Math.max(0, (hits - misses) / right.length);
}

export interface QuizOutcome {
  score: QuizScore;
  areas: AreaOutcome[];
  questions: QuestionOutcome[];
  comparison: QuizComparison;
}

export function scoreQuiz(questions: readonly QuizQuestion[], answers: QuizAnswers): QuizOutcome {
  const outcomes: QuestionOutcome[] = questions.map((q) => {
    const selected = q.options.map((o) => o.id).filter((id) => answers[q.id]?.includes(id));
    const credit = creditFor(q, selected);
    return {
      id: q.id,
      area: q.area,
      kind: q.kind,
      scenario: q.scenario,
      prompt: q.prompt,
      selected,
      credit: round2(credit),
      correct: credit === 1,
      answered: selected.length > 0,
      options: q.options.map((o) => ({ ...o, selected: selected.includes(o.id) })),
      sources: q.sources ?? [],
    };
  });
  const points = outcomes.reduce((sum, o) => sum + o.credit, 0);
  const areas: AreaOutcome[] = [];
  for (const area of QUIZ_AREAS) {
    const mine = outcomes.filter((o) => o.area === area);
    if (mine.length === 0) continue;
    const earned = mine.reduce((sum, o) => sum + o.credit, 0);
    areas.push({
      area,
      title: AREAS[area].title,
      questions: mine.length,
      points: round2(earned),
      percent: Math.round((100 * earned) / mine.length),
      missed: earned < mine.length,
      help: AREAS[area].help,
    });
  }
  return {
    score: {
      points: round2(points),
      outOf: outcomes.length,
      percent: outcomes.length === 0 ? 0 : Math.round((100 * points) / outcomes.length),
      correct: outcomes.filter((o) => o.correct).length,
    },
    areas,
    questions: outcomes,
    comparison: COMPARISON,
  };
}

/** The scoring rules in words, for --help, the JSON result and the results page. */
export const SCORING_RULES =
  'Each question is worth 1 point. Single-answer: 1 for the right option, else 0. Multiple-answer: ' +
  '(right options chosen - wrong options chosen) / right options, never below 0.';
