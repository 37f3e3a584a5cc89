// The follow-up self-assessment: draw a quiz from a seed, take it in one go (CLI) or one question
// at a time (web), score it on the server from the seed and the stored answers, list attempts.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { AppError, badInput } from '../../core/errors.js';
import type { Id } from '../../core/model.js';
import {
  type AreaHelp,
  type AreaOutcome,
  answerProblems,
  drawQuiz,
  isSeed,
  MAX_SEED,
  type PaperQuestion,
  type QuestionOutcome,
  type QuizAnswers,
  type QuizArea,
  type QuizBank,
  type QuizComparison,
  type QuizQuestion,
  type QuizScore,
  SCORING_RULES,
  scoreQuiz,
  toPaper,
} from '../../core/quiz/index.js';
import type { Repos } from '../../store/repos/index.js';
import type { AttemptAnswer, StoredQuizAttempt } from '../../store/repos/quiz-repo.js';
import type { AppContext } from '../context.js';
import { parseInput } from '../validate.js';
import { BUILT_IN_BANK } from './bank.js';

/** An attempt left in progress this long is dropped when the owner starts another. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface QuizPaper {
  seed: number;
  questions: PaperQuestion[];
  scoring: string;
}

export interface QuizResult {
  attemptId: Id;
  takenAt: string;
  seed: number;
  score: QuizScore;
  areas: AreaOutcome[];
  /** Per question, with every option's explanation; questions no longer in the bank are left out. */
  questions: QuestionOutcome[];
  comparison: QuizComparison;
  /** For each area with lost credit: the part of the product that helps. */
  links: (AreaHelp & { area: QuizArea; title: string })[];
  scoring: string;
}

export interface QuizProgress {
  attemptId: Id;
  seed: number;
  status: 'in-progress' | 'completed';
  questions: PaperQuestion[];
  /** Selected option ids per question id. */
  answers: QuizAnswers;
}

export interface QuizAttemptSummary {
  attemptId: Id;
  takenAt: string;
  seed: number;
  score: number;
  correct: number;
  total: number;
  areas: { area: QuizArea; title: string; percent: number }[];
}

export interface SeedInput {
  seed?: number | string;
  bank?: QuizBank;
}

export interface TakeQuizInput extends SeedInput {
  answers: QuizAnswers;
}

const SEED_RULE = `must be a whole number from 0 to ${MAX_SEED}`;
// Seeds arrive as numbers (JSON) or text (flags, forms); both are checked the same way.
const seedField = z.unknown().transform((v, ctx): number => {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  if (isSeed(n)) return n;
  ctx.addIssue({ code: 'custom', message: v === undefined ? 'is required' : SEED_RULE });
  return z.NEVER;
});
const answersSchema = z.record(z.string(), z.array(z.string()));

const bankOf = (ctx: AppContext, input?: { bank?: QuizBank }): QuizBank => input?.bank ?? ctx.quizBank ?? BUILT_IN_BANK;

function seedOf(raw: number | string | undefined): number {
  // An empty seed is a mistake (`--seed "$UNSET"`), not a request for a random quiz.
  if (raw === undefined) return randomInt(0, MAX_SEED);
  return parseInput(z.object({ seed: seedField }), { seed: raw }).seed;
}

/** The questions a seed draws, without their answers. */
export function drawPaper(ctx: AppContext, input: SeedInput = {}): QuizPaper {
  const seed = seedOf(input.seed);
  return { seed, questions: drawQuiz(bankOf(ctx, input).questions, seed).map(toPaper), scoring: SCORING_RULES };
}

/** Scores a whole set of answers at once and stores the attempt (the CLI's way). */
export async function takeQuiz(ctx: AppContext, raw: TakeQuizInput): Promise<QuizResult> {
  const { seed, answers } = parseInput(z.object({ seed: seedField, answers: answersSchema }), {
    seed: raw.seed,
    answers: raw.answers,
  });
  const drawn = drawQuiz(bankOf(ctx, raw).questions, seed);
  const problems = answerProblems(drawn, answers, seed);
  if (problems.length > 0) throw badInput(problems);
  const now = ctx.clock.now().toISOString();
  const attempt: StoredQuizAttempt = {
    id: ctx.newId('qa'),
    status: 'in-progress',
    seed,
    startedAt: now,
    takenAt: null,
    score: null,
    correct: null,
    total: drawn.length,
    areas: [],
    answers: drawn.map((q) => ({ question: q.id, selected: answers[q.id] ?? [] })),
    updatedAt: now,
  };
  return ctx.transaction(async (tx) => {
    await tx.quizAttempts.insert(attempt);
    return complete(tx, ctx, attempt, drawn);
  });
}

/** Starts an attempt answered one question at a time; drops this owner's long-abandoned ones. */
export async function startQuiz(ctx: AppContext, input: SeedInput = {}): Promise<QuizProgress> {
  const seed = seedOf(input.seed);
  const drawn = drawQuiz(bankOf(ctx, input).questions, seed);
  const now = ctx.clock.now();
  const stale = new Date(now.getTime() - STALE_AFTER_MS).toISOString();
  const attempt: StoredQuizAttempt = {
    id: ctx.newId('qa'),
    status: 'in-progress',
    seed,
    startedAt: now.toISOString(),
    takenAt: null,
    score: null,
    correct: null,
    total: drawn.length,
    areas: [],
    answers: drawn.map((q) => ({ question: q.id, selected: [] })),
    updatedAt: now.toISOString(),
  };
  await ctx.transaction(async (tx) => {
    for (const old of await tx.quizAttempts.list('in-progress', stale)) await tx.quizAttempts.delete(old.id);
    await tx.quizAttempts.insert(attempt);
  });
  return progressOf(attempt, drawn);
}

/** Where an attempt stands: its questions (without answers) and what has been chosen so far. */
export async function quizProgress(ctx: AppContext, id: Id): Promise<QuizProgress> {
  const attempt = await load(ctx.repos, id);
  return progressOf(attempt, questionsOf(ctx, attempt));
}

/** Records the answer to one question of an attempt in progress. */
export async function answerQuestion(
  ctx: AppContext,
  id: Id,
  questionId: string,
  selected: string[],
): Promise<QuizProgress> {
  return ctx.transaction(async (tx) => {
    const attempt = await load(tx, id);
    if (attempt.status !== 'in-progress') throw new AppError('conflict', 'This attempt is finished; start a new one.');
    const questions = questionsOf(ctx, attempt);
    const q = questions.find((x) => x.id === questionId);
    if (!q || !attempt.answers.some((a) => a.question === questionId))
      throw badInput([{ field: 'question', message: `"${questionId}" is not a question of this attempt` }]);
    const chosen = [...new Set(selected)];
    if (chosen.length === 0)
      throw badInput([
        { field: 'choice', message: q.kind === 'single' ? 'Choose an answer.' : 'Choose at least one answer.' },
      ]);
    const problems = answerProblems(questions, { [questionId]: chosen }, attempt.seed);
    if (problems.length > 0) throw badInput(problems.map((p) => ({ ...p, field: 'choice' })));
    const answers = attempt.answers.map((a) => (a.question === questionId ? { ...a, selected: chosen } : a));
    await tx.quizAttempts.saveAnswers(id, answers, ctx.clock.now().toISOString());
    return progressOf({ ...attempt, answers }, questions);
  });
}

/** Scores an attempt from its seed and stored answers, and marks it completed. */
export async function finishQuiz(ctx: AppContext, id: Id): Promise<QuizResult> {
  return ctx.transaction(async (tx) => {
    const attempt = await load(tx, id);
    if (attempt.status === 'completed') return resultOf(ctx, attempt);
    return complete(tx, ctx, attempt, questionsOf(ctx, attempt));
  });
}

/** A completed attempt's result, with explanations from the bank in use. */
export async function quizResult(ctx: AppContext, id: Id): Promise<QuizResult> {
  const attempt = await load(ctx.repos, id);
  if (attempt.status !== 'completed')
    throw new AppError('conflict', 'This attempt is not finished yet; answer its questions first.');
  return resultOf(ctx, attempt);
}

/** Completed attempts, oldest first: progress over time. */
export async function quizHistory(ctx: AppContext): Promise<QuizAttemptSummary[]> {
  const attempts = await ctx.repos.quizAttempts.list('completed');
  return attempts
    .map((a) => ({
      attemptId: a.id,
      takenAt: a.takenAt ?? a.updatedAt,
      seed: a.seed,
      score: a.score ?? 0,
      correct: a.correct ?? 0,
      total: a.total,
      areas: a.areas.map(({ area, title, percent }) => ({ area, title, percent })),
    }))
    .sort((x, y) => x.takenAt.localeCompare(y.takenAt));
}

async function load(repos: Repos, id: Id): Promise<StoredQuizAttempt> {
  const attempt = await repos.quizAttempts.get(id);
  if (!attempt) throw new AppError('not-found', `No quiz attempt with id "${id}".`, [], { action: 'quiz.history' });
  return attempt;
}

/** The attempt's questions, in the order drawn, from the bank in use. */
function questionsOf(ctx: AppContext, attempt: StoredQuizAttempt): QuizQuestion[] {
  const all = bankOf(ctx).questions;
  const found = attempt.answers.map((a) => all.find((q) => q.id === a.question));
  if (found.every((q) => q !== undefined)) return found as QuizQuestion[];
  throw new AppError(
    'conflict',
    'Some questions of this attempt are no longer in the question bank (was the question file changed?); start a new attempt.',
  );
}

const answersOf = (answers: AttemptAnswer[]): QuizAnswers =>
  Object.fromEntries(answers.map((a) => [a.question, a.selected]));

function progressOf(attempt: StoredQuizAttempt, questions: QuizQuestion[]): QuizProgress {
  return {
    attemptId: attempt.id,
    seed: attempt.seed,
    status: attempt.status,
    questions: questions.map(toPaper),
    answers: answersOf(attempt.answers),
  };
}

async function complete(
  repos: Repos,
  ctx: AppContext,
  attempt: StoredQuizAttempt,
  questions: QuizQuestion[],
): Promise<QuizResult> {
  const outcome = scoreQuiz(questions, answersOf(attempt.answers));
  const takenAt = ctx.clock.now().toISOString();
  const done: StoredQuizAttempt = {
    ...attempt,
    status: 'completed',
    takenAt,
    score: outcome.score.percent,
    correct: outcome.score.correct,
    areas: outcome.areas,
    updatedAt: takenAt,
  };
  const ok = await repos.quizAttempts.complete(attempt.id, {
    takenAt,
    score: outcome.score.percent,
    correct: outcome.score.correct,
    areas: outcome.areas,
    answers: attempt.answers,
  });
  if (!ok) throw new AppError('conflict', 'This attempt was finished elsewhere.', [], { action: 'quiz.history' });
  return build(done, outcome);
}

function resultOf(ctx: AppContext, attempt: StoredQuizAttempt): QuizResult {
  const all = bankOf(ctx).questions;
  // Scored when it was taken; explanations come from today's bank, for the questions it still has.
  const present = attempt.answers
    .map((a) => all.find((q) => q.id === a.question))
    .filter((q): q is QuizQuestion => q !== undefined);
  const outcome = scoreQuiz(present, answersOf(attempt.answers));
  return build(attempt, {
    ...outcome,
    score: {
      points: Math.round(attempt.areas.reduce((s, a) => s + a.points, 0) * 100) / 100,
      outOf: attempt.total,
      percent: attempt.score ?? 0,
      correct: attempt.correct ?? 0,
    },
    areas: attempt.areas,
  });
}

function build(attempt: StoredQuizAttempt, outcome: ReturnType<typeof scoreQuiz>): QuizResult {
  return {
    attemptId: attempt.id,
    takenAt: attempt.takenAt ?? attempt.updatedAt,
    seed: attempt.seed,
    score: outcome.score,
    areas: outcome.areas,
    questions: outcome.questions,
    comparison: outcome.comparison,
    links: outcome.areas.filter((a) => a.missed).map((a) => ({ area: a.area, title: a.title, ...a.help })),
    scoring: SCORING_RULES,
  };
}
