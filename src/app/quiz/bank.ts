// The question bank in use: the built-in questions, plus a coach's JSON file when one is given
// (FOLLOWTHROUGH_QUIZ_FILE, or `quiz --questions FILE`). A bad file is refused as a whole, with
// every problem naming the file, the question and the field.
import { readFile } from 'node:fs/promises';
import { AppError, type FieldProblem } from '../../core/errors.js';
import { BUILT_IN_QUESTIONS, parseQuestionFile, QUIZ_AREAS, type QuizBank } from '../../core/quiz/index.js';

export const BUILT_IN_BANK: QuizBank = { questions: BUILT_IN_QUESTIONS, origins: ['built-in'] };

/**
 * The built-in bank plus the questions in `file`. `field` is how the user named the file (a flag
 * such as "--questions", or "" when it came from the environment), so errors point at it.
 */
export async function loadQuizBank(file: string | undefined, field = ''): Promise<QuizBank> {
  // An empty FOLLOWTHROUGH_QUIZ_FILE is unset; an empty --questions names no file and is refused below.
  if (file === undefined || (file === '' && !field)) return BUILT_IN_BANK;
  const label = field ? file : `${file} (FOLLOWTHROUGH_QUIZ_FILE)`;
  const fail = (message: string, more: FieldProblem[] = []) => {
    const problems = [...(message ? [{ field, message: `${label}: ${message}` }] : []), ...more];
    // Messages already name the file; with no flag to name, they stand alone.
    const summary = problems.map((p) => (field ? `${field}: ${p.message}` : p.message)).join('\n');
    return new AppError('bad-input', summary, problems);
  };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw fail(`is not valid JSON (${(error as Error).message})`);
  }
  const taken = new Set(BUILT_IN_QUESTIONS.map((q) => q.id));
  const { questions, problems } = parseQuestionFile(raw, taken);
  if (problems.length > 0) {
    throw fail(
      '',
      problems.map((p) => ({
        field,
        message: `${label}: ${p.question ? `question "${p.question}", ` : ''}field ${p.field}: ${p.message}`,
      })),
    );
  }
  const merged = [...BUILT_IN_QUESTIONS, ...questions];
  // The built-in bank covers every area, so a merged bank does too; checked anyway for safety.
  const uncovered = QUIZ_AREAS.filter((a) => !merged.some((q) => q.area === a));
  if (uncovered.length > 0) throw fail(`leaves areas without questions: ${uncovered.join(', ')}`);
  return { questions: merged, origins: ['built-in', file] };
}
