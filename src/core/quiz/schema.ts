// The question format, checked with zod: the built-in bank in tests, a coach's file at load. Every
// problem names the file, the question (by id, or by position when the id itself is bad) and the field.
import { z } from 'zod';
import { QUIZ_AREAS, type QuizQuestion } from './types.js';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const OPTION_ID = /^[a-z0-9][a-z0-9-]{0,15}$/;
/** A figure such as "22%" or "3 in 10": it needs a named source. */
const FIGURE = /\d\s?%|\b\d+ in \d+\b/;

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const option = z.strictObject({
  id: z.string().regex(OPTION_ID, 'must be lower-case letters, digits and dashes, e.g. "a"'),
  text: text(300),
  correct: z.boolean(),
  explanation: text(600),
});

export const questionSchema = z
  .strictObject({
    id: z.string().regex(ID, 'must be lower-case letters, digits and dashes, e.g. "coach-timing-1"'),
    area: z.enum(QUIZ_AREAS, { error: `must be one of ${QUIZ_AREAS.join(', ')}` }),
    kind: z.enum(['single', 'multiple'], { error: 'must be "single" or "multiple"' }),
    scenario: text(600),
    prompt: text(300),
    options: z.array(option).min(2, 'needs at least 2 options').max(6, 'may have at most 6 options'),
    sources: z.array(text(120)).optional(),
  })
  .superRefine((q, ctx) => {
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.id))
        ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `"${o.id}" is used twice` });
      seen.add(o.id);
    });
    const right = q.options.filter((o) => o.correct).length;
    if (q.kind === 'single' && right !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a single-answer question needs exactly 1 correct option, not ${right}`,
      });
    if (q.kind === 'multiple' && (right === 0 || right === q.options.length))
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a multiple-answer question needs at least 1 correct and 1 wrong option',
      });
    const all = [q.scenario, q.prompt, ...q.options.flatMap((o) => [o.text, o.explanation])].join(' ');
    if (FIGURE.test(all) && !q.sources?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'quotes a figure, so it must name its source, e.g. ["CareerBuilder, 2011"]',
      });
  });

export const questionFileSchema = z.strictObject({
  questions: z.array(z.unknown()).min(1, 'must list at least 1 question'),
});

export interface BankProblem {
  /** The question's id, or "question N" (1-based) when it has no usable id. */
  question: string | null;
  /** Where in the question, e.g. "options[2].explanation". */
  field: string;
  message: string;
}

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    '',
  );

/** Parses a question file's content; `taken` holds ids already in the bank (the built-in ones). */
export function parseQuestionFile(
  raw: unknown,
  taken: ReadonlySet<string>,
): { questions: QuizQuestion[]; problems: BankProblem[] } {
  const file = questionFileSchema.safeParse(raw);
  if (!file.success) {
    return {
      questions: [],
      problems: file.error.issues.map((i) => ({
        question: null,
        field: fieldPath(i.path) || '(top level)',
        message:
          i.path.length === 0 && i.code === 'invalid_type' ? 'must be an object like {"questions": [...]}' : i.message,
      })),
    };
  }
  const questions: QuizQuestion[] = [];
  const problems: BankProblem[] = [];
  const ids = new Set(taken);
  file.data.questions.forEach((item, index) => {
    const rawId = (item as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' && ID.test(rawId) ? rawId : `question ${index + 1}`;
    const parsed = questionSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const missing = issue.code === 'invalid_type' && issue.input === undefined;
        problems.push({
          question: name,
          field: fieldPath(issue.path) || '(the question)',
          message: missing ? 'is required' : issue.message,
        });
      }
      return;
    }
    if (ids.has(parsed.data.id)) {
      problems.push({
        question: name,
        field: 'id',
        message: `"${parsed.data.id}" is already used by another question`,
      });
      return;
    }
    ids.add(parsed.data.id);
    questions.push(parsed.data as QuizQuestion);
  });
  return { questions, problems };
}
