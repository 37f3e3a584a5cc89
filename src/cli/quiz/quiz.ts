import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { badInput } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { historyText, resultJson, resultText } from './quiz-text.js';

interface QuizFlags {
  seed?: string;
  questions?: string;
  answers?: string;
  json?: boolean;
}

const HELP = `
On a terminal, asks 12 questions drawn to cover every area of follow-up practice, then prints your
score, a per-area breakdown and what to learn. Every attempt is saved.

Scoring: each question is worth 1 point. Single-answer: 1 for the right option, else 0.
Multiple-answer: (right options chosen - wrong options chosen) / right options, never below 0.

Scripted use:
  $ followthrough quiz --seed 42 --json > quiz.json        # the questions (no answers), with their ids
  $ followthrough quiz --answers answers.json --json       # score one set of answers, print the result
The answers file is JSON: the seed of the quiz it answers, and the option ids chosen per question id
(a question left out counts as unanswered):
  {"seed": 42, "answers": {"tf-last-question": ["b"], "tm-sound-timings": ["a", "c"]}}

Coaches can add questions: --questions FILE (or FOLLOWTHROUGH_QUIZ_FILE=FILE) names a JSON file
{"questions": [...]} in the format the README describes; a malformed file is refused, naming the
file, the question and the field.
`;

export function quiz(program: Command, ctx: CliContext): void {
  const command = program
    .command('quiz')
    .description('take the follow-up self-assessment (12 scenario questions with explanations)')
    .option('--seed <n>', 'draw the same questions again: a whole number from 0 to 2147483647')
    .option('--questions <file>', 'a JSON file of extra questions (as well as the built-in ones)')
    .option('--answers <file>', 'score the answers in this JSON file instead of asking (see below)')
    .option('--json', 'print one JSON document: the result, or the questions when there is nothing to score')
    .addHelpText('after', HELP)
    .action(async (flags: QuizFlags) => {
      if (flags.answers === undefined && !flags.json && !ctx.io.interactive) throw noTerminal();
      const api = await ctx.api();
      const bank = flags.questions !== undefined ? await api.quiz.loadQuestions(flags.questions) : undefined;
      if (flags.answers !== undefined) {
        const file = readAnswers(flags.answers);
        const seed = seedFor(flags.seed, file.seed, flags.answers);
        const result = await api.quiz.take({ seed, answers: file.answers, ...(bank && { bank }) });
        return flags.json
          ? printJson(ctx.io, resultJson(result, ctx.pagePath))
          : ctx.io.out(resultText(result, ctx.pagePath));
      }
      const paper = await api.quiz.draw({
        ...(flags.seed !== undefined && { seed: flags.seed }),
        ...(bank && { bank }),
      });
      if (flags.json) return printJson(ctx.io, paper);
      const { askQuiz } = await import('./quiz-prompts.js');
      const answers = await askQuiz(paper);
      ctx.io.out(resultText(await api.quiz.take({ seed: paper.seed, answers, ...(bank && { bank }) }), ctx.pagePath));
    });
  command
    .command('history')
    .description('list your self-assessment attempts, oldest first, with scores')
    .option('--json', 'print an array of attempts as JSON')
    .action(async (_flags: unknown, cmd: Command) => {
      const attempts = await (await ctx.api()).quiz.history();
      if (cmd.optsWithGlobals<{ json?: boolean }>().json) printJson(ctx.io, attempts);
      else ctx.io.out(historyText(attempts));
    });
}

interface AnswersFile {
  seed?: number | string;
  answers: Record<string, string[]>;
}

const EXAMPLE = '{"seed": 42, "answers": {"tf-last-question": ["b"]}}';

/** Reads and shape-checks an answers file; the app checks the ids against the quiz drawn. */
function readAnswers(path: string): AnswersFile {
  const bad = (message: string) => badInput([{ field: '--answers', message: `${path}: ${message}`, example: EXAMPLE }]);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw bad(code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw bad(`is not JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('must be a JSON object');
  const { seed, answers } = raw as { seed?: unknown; answers?: unknown };
  if (seed !== undefined && typeof seed !== 'number' && typeof seed !== 'string')
    throw bad('"seed" must be a whole number');
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    throw bad('"answers" must be an object mapping question ids to lists of option ids');
  const out: Record<string, string[]> = {};
  for (const [id, chosen] of Object.entries(answers)) {
    const list = typeof chosen === 'string' ? [chosen] : chosen;
    if (!Array.isArray(list) || !list.every((c) => typeof c === 'string'))
      throw bad(`the answer to "${id}" must be a list of option ids, e.g. ["b"]`);
    out[id] = list;
  }
  return { ...(seed !== undefined && { seed }), answers: out };
}

function seedFor(flag: string | undefined, inFile: number | string | undefined, path: string): number | string {
  if (flag !== undefined && inFile !== undefined && String(flag).trim() !== String(inFile).trim())
    throw badInput([
      { field: '--seed', message: `is ${flag}, but ${path} answers the quiz of seed ${inFile}; give one seed` },
    ]);
  const seed = flag ?? inFile;
  if (seed === undefined)
    throw badInput([
      { field: '--answers', message: `${path} has no "seed": add the seed of the quiz it answers`, example: EXAMPLE },
    ]);
  return seed;
}

const noTerminal = () =>
  badInput([
    {
      field: '--answers',
      message:
        'is needed when there is no terminal to ask on: pass --answers FILE, or --json to print the questions (see `followthrough quiz --help`)',
    },
  ]);
