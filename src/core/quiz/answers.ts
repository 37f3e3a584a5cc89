// Checking answers against the questions drawn: every problem names the question and what is wrong,
// in words a person scripting an answers file can act on.
import type { FieldProblem } from '../errors.js';
import type { QuizAnswers, QuizQuestion } from './types.js';

export function answerProblems(questions: readonly QuizQuestion[], answers: QuizAnswers, seed: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const [id, selected] of Object.entries(answers)) {
    const field = `answers.${id}`;
    const q = byId.get(id);
    if (!q) {
      problems.push({
        field,
        message: `"${id}" is not a question of this quiz (seed ${seed}); its questions are ${[...byId.keys()].join(', ')}`,
      });
      continue;
    }
    const known = q.options.map((o) => o.id);
    for (const option of selected) {
      if (!known.includes(option))
        problems.push({
          field,
          message: `question "${id}" has no option "${option}"; its options are ${known.join(', ')}`,
        });
    }
    if (q.kind === 'single' && new Set(selected).size > 1)
      problems.push({
        field,
        message: `question "${id}" takes a single answer, but ${new Set(selected).size} were given`,
      });
  }
  return problems;
}
