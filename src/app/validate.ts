import type { z } from 'zod';
import { badInput, type FieldProblem } from '../core/errors.js';
import type { Hint } from '../core/hints.js';
import { EXAMPLES } from './interviews/inputs.js';

/** A hint a refinement attached to its issue (`params: { hint }`). */
export const issueHint = (issue: z.core.$ZodIssue): Hint | undefined =>
  issue.code === 'custom' ? (issue.params?.hint as Hint | undefined) : undefined;

/** Parses input with a schema, or throws a bad-input error naming each field, what is wrong and an example. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  // reportInput tells a missing field (no input) from one of the wrong type; the input itself is never shown.
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const problems: FieldProblem[] = result.error.issues.map((issue) => {
    const field = issue.path.filter((p) => typeof p === 'string').join('.') || 'input';
    const leaf = String(issue.path.filter((p) => typeof p === 'string').at(-1) ?? '');
    const message =
      issue.code !== 'invalid_type'
        ? issue.message
        : issue.input === undefined
          ? 'is required'
          : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    const example = EXAMPLES[leaf === 'role' && field.startsWith('interviewers') ? 'role_in_interview' : leaf];
    const hint = issueHint(issue);
    return { field, message, ...(example && { example }), ...(hint && { hint }) };
  });
  throw badInput(problems);
}
