// Typed errors: every failure a user can cause has a code and a message written for them.
// Front ends map the code to an HTTP status or exit code in one place each.

export type ErrorCode = 'bad-input' | 'not-found' | 'conflict' | 'failure';

export interface FieldProblem {
  /** The field as the user knows it: a CLI flag name or form field name. */
  field: string;
  message: string;
  /** A value that would have been accepted. */
  example?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly problems: FieldProblem[];
  constructor(code: ErrorCode, message: string, problems: FieldProblem[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.problems = problems;
  }
}

/** An error the user can fix by changing what they typed: a form shows it in place. */
export const isBadInput = (err: unknown): err is AppError => err instanceof AppError && err.code === 'bad-input';

/** A problem's message with its example, the one way every front end shows it. */
export const problemText = (p: Pick<FieldProblem, 'message' | 'example'>): string =>
  p.example ? `${p.message} (for example: ${p.example})` : p.message;

export const badInput = (problems: FieldProblem[]): AppError =>
  new AppError('bad-input', problems.map((p) => `${p.field}: ${problemText(p)}`).join('\n'), problems);

// Where to find the ids of each kind of thing, for the not-found message.
const LIST_COMMANDS: Record<string, string> = {
  interview: 'followthrough interview list',
  opportunity: 'followthrough interview list --json',
  touch: 'followthrough due, or followthrough plan INTERVIEW_ID',
  message: 'followthrough message list',
};

export const notFound = (what: string, id: string): AppError =>
  new AppError(
    'not-found',
    `No ${what} with id "${id}".${LIST_COMMANDS[what] ? ` Find them with \`${LIST_COMMANDS[what]}\`.` : ''}`,
  );

export const EXIT_CODES: Record<ErrorCode, number> = {
  'bad-input': 2,
  'not-found': 3,
  conflict: 1,
  failure: 1,
};

export const HTTP_STATUS: Record<ErrorCode, number> = {
  'bad-input': 400,
  'not-found': 404,
  conflict: 409,
  failure: 500,
};
