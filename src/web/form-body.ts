// Reading a posted form: one trimmed value, all values of a repeated field, and an AppError the
// user can fix turned into the lines a form shows (each problem with its example).
import { AppError, problemText } from '../core/errors.js';

export type FormBody = Record<string, string | File | (string | File)[]>;

/** The first value of `key`, trimmed; '' when absent or a file. */
export const one = (body: FormBody, key: string): string => {
  const v = body[key];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : '';
};

/** Every string value of a repeated field, in order. */
export const many = (body: FormBody, key: string): string[] => {
  const v = body[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
};

/** The lines to show for an error the user can fix (bad input, conflict); null for anything else. */
export const fixableMessages = (err: unknown): string[] | null =>
  err instanceof AppError && (err.code === 'bad-input' || err.code === 'conflict')
    ? err.problems.length > 0
      ? err.problems.map((p) => `${p.field}: ${problemText(p)}`)
      : [err.message]
    : null;
