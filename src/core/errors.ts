// Typed errors: every failure a user can cause has a code, a plain message written for them and,
// where there is one, a hint of what to do next. The message names no front end's commands: each
// front end maps the code to an exit code or HTTP status and renders the hint, in one place each.
import type { Hint } from './hints.js';

export type ErrorCode = 'bad-input' | 'not-found' | 'conflict' | 'busy' | 'failure';

export interface FieldProblem {
  /** The field as the user knows it: a CLI flag name or form field name. */
  field: string;
  message: string;
  /** A value that would have been accepted. */
  example?: string;
  /** What to do about it, rendered by each front end. */
  hint?: Hint;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly problems: FieldProblem[];
  /** What to do next; a not-found error's hint says where to find the ids. */
  readonly hint: Hint | undefined;
  constructor(code: ErrorCode, message: string, problems: FieldProblem[] = [], hint?: Hint) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.problems = problems;
    this.hint = hint;
  }
}

// What the databases say when another process holds a lock for longer than we wait: SQLite's busy and
// locked results, PostgreSQL's lock_not_available, serialization_failure and deadlock_detected.
const BUSY_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_LOCKED',
  '55P03',
  '40001',
  '40P01',
]);

/** A database error that goes away by itself: another program held the data past our wait. */
export const isBusyDatabase = (err: unknown): boolean =>
  err instanceof AppError
    ? err.code === 'busy'
    : typeof err === 'object' && err !== null && BUSY_CODES.has(String((err as { code?: unknown }).code));

/** The retryable error a busy database becomes, for every front end to show alike. */
export const busyError = (cause?: unknown): AppError => {
  const e = new AppError(
    'busy',
    'The database is busy: another Follow-Through process is writing to it. Nothing was changed; try again in a moment.',
  );
  if (cause !== undefined) e.cause = cause;
  return e;
};

/** An error the user can fix by changing what they typed: a form shows it in place. */
export const isBadInput = (err: unknown): err is AppError => err instanceof AppError && err.code === 'bad-input';

/** A problem's message with its example, the one way every front end shows it. */
export const problemText = (p: Pick<FieldProblem, 'message' | 'example'>): string =>
  p.example ? `${p.message} (for example: ${p.example})` : p.message;

export const badInput = (problems: FieldProblem[]): AppError =>
  new AppError('bad-input', problems.map((p) => `${p.field}: ${problemText(p)}`).join('\n'), problems);

// Where to find the ids of each kind of thing, for the not-found hint.
const LISTS: Record<string, Hint['action']> = {
  interview: 'interview.list',
  opportunity: 'opportunity.list',
  touch: 'touch.list',
  message: 'message.list',
  'quiz attempt': 'quiz.history',
};

export const notFound = (what: string, id: string): AppError => {
  const list = LISTS[what];
  return new AppError('not-found', `No ${what} with id "${id}".`, [], list ? { action: list } : undefined);
};
