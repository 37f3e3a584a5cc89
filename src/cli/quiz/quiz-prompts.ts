// The self-assessment on a terminal: one question at a time, a radio list or a checkbox list.
// Loaded only when a person is at the keyboard; drawn on stderr so stdout keeps to the result.
import { cancel, intro, isCancel, multiselect, select } from '@clack/prompts';
import type { QuizPaper } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import { clean } from '../output.js';

const io = { output: process.stderr };

function answer<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) {
    cancel('Cancelled; nothing was saved.', io);
    throw new AppError('failure', 'Cancelled; nothing was saved.');
  }
  return value as Exclude<T, symbol>;
}

/** Asks every question of the paper; returns the chosen option ids per question id. */
export async function askQuiz(paper: QuizPaper): Promise<Record<string, string[]>> {
  intro(`Follow-up self-assessment: ${paper.questions.length} questions (seed ${paper.seed})`, io);
  const answers: Record<string, string[]> = {};
  for (const [i, q] of paper.questions.entries()) {
    const message = `${i + 1}/${paper.questions.length}  ${clean(q.scenario)}\n${clean(q.prompt)}`;
    const options = q.options.map((o) => ({ value: o.id, label: clean(o.text) }));
    answers[q.id] =
      q.kind === 'single'
        ? [answer(await select({ ...io, message, options }))]
        : answer(
            await multiselect({
              ...io,
              message: `${message} (space to tick, enter when done)`,
              options,
              required: true,
            }),
          );
  }
  return answers;
}
