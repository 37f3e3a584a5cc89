// Self-assessment attempts, one owner's at a time. Answers and the per-area breakdown are JSON text.
import type { Id, OwnerId } from '../../core/model.js';
import type { AreaOutcome } from '../../core/quiz/types.js';
import type { Executor, QuizAttemptTable } from '../schema.js';
import { ownerBound } from './bind.js';

export type QuizAttemptStatus = 'in-progress' | 'completed';

export interface AttemptAnswer {
  question: string;
  selected: string[];
}

export interface StoredQuizAttempt {
  id: Id;
  status: QuizAttemptStatus;
  seed: number;
  startedAt: string;
  takenAt: string | null;
  score: number | null;
  correct: number | null;
  total: number;
  areas: AreaOutcome[];
  /** Every drawn question, in order; `selected` is empty until answered. */
  answers: AttemptAnswer[];
  updatedAt: string;
}

const toAttempt = (r: QuizAttemptTable): StoredQuizAttempt => ({
  id: r.id,
  status: r.status as QuizAttemptStatus,
  // PostgreSQL may hand integers back as strings through some drivers; keep numbers numbers.
  seed: Number(r.seed),
  startedAt: r.started_at,
  takenAt: r.taken_at,
  score: r.score === null ? null : Number(r.score),
  correct: r.correct === null ? null : Number(r.correct),
  total: Number(r.total),
  areas: JSON.parse(r.areas) as AreaOutcome[],
  answers: JSON.parse(r.answers) as AttemptAnswer[],
  updatedAt: r.updated_at,
});

async function insertQuizAttempt(db: Executor, owner: OwnerId, a: StoredQuizAttempt): Promise<void> {
  await db
    .insertInto('quiz_attempts')
    .values({
      id: a.id,
      owner,
      status: a.status,
      seed: a.seed,
      started_at: a.startedAt,
      taken_at: a.takenAt,
      score: a.score,
      correct: a.correct,
      total: a.total,
      areas: JSON.stringify(a.areas),
      answers: JSON.stringify(a.answers),
      updated_at: a.updatedAt,
    })
    .execute();
}

async function getQuizAttempt(db: Executor, owner: OwnerId, id: Id): Promise<StoredQuizAttempt | undefined> {
  const row = await db
    .selectFrom('quiz_attempts')
    .selectAll()
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toAttempt(row);
}

/** Attempts with a status, oldest first; `updatedBefore` narrows to those untouched since then. */
async function listQuizAttempts(
  db: Executor,
  owner: OwnerId,
  status: QuizAttemptStatus,
  updatedBefore?: string,
): Promise<StoredQuizAttempt[]> {
  let query = db.selectFrom('quiz_attempts').selectAll().where('owner', '=', owner).where('status', '=', status);
  if (updatedBefore) query = query.where('updated_at', '<', updatedBefore);
  const rows = await query.orderBy('started_at').orderBy('id').execute();
  return rows.map(toAttempt);
}

/** Replaces the answers of an attempt still in progress; false when there is no such attempt of this owner. */
async function saveQuizAnswers(
  db: Executor,
  owner: OwnerId,
  id: Id,
  answers: AttemptAnswer[],
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('quiz_attempts')
    .set({ answers: JSON.stringify(answers), updated_at: now })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'in-progress')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface AttemptOutcome {
  takenAt: string;
  score: number;
  correct: number;
  areas: AreaOutcome[];
  answers: AttemptAnswer[];
}

/** Marks an attempt in progress completed with its score; false when there is no such attempt. */
async function completeQuizAttempt(db: Executor, owner: OwnerId, id: Id, outcome: AttemptOutcome): Promise<boolean> {
  const result = await db
    .updateTable('quiz_attempts')
    .set({
      status: 'completed',
      taken_at: outcome.takenAt,
      score: outcome.score,
      correct: outcome.correct,
      areas: JSON.stringify(outcome.areas),
      answers: JSON.stringify(outcome.answers),
      updated_at: outcome.takenAt,
    })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('status', '=', 'in-progress')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes one attempt; false when this owner has none with that id. */
async function deleteQuizAttempt(db: Executor, owner: OwnerId, id: Id): Promise<boolean> {
  const result = await db
    .deleteFrom('quiz_attempts')
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The quizAttempts repository, bound to one owner by `repos(db, owner)`. */
export const quizRepo = ownerBound({
  insert: insertQuizAttempt,
  get: getQuizAttempt,
  list: listQuizAttempts,
  saveAnswers: saveQuizAnswers,
  complete: completeQuizAttempt,
  delete: deleteQuizAttempt,
});
