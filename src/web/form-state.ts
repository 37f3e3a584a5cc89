// What a form shows: the values the user typed and, after a rejected post, a message per field.
import type { z } from 'zod';
import { EXAMPLES } from '../app/interviews/inputs.js';
import { type AppError, type FieldProblem, problemText } from '../core/errors.js';

export interface FormState {
  values: Record<string, string>;
  /** Message per form field name. */
  errors: Record<string, string>;
  /** Problems that belong to no single field. */
  general: string[];
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {}, general: [] });

/** The HTML id of a field: ids may not contain dots in CSS selectors, so use dashes. */
export const fieldId = (name: string, prefix = 'f-'): string => `${prefix}${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Form bodies as plain strings; files and repeated keys are not used by our forms. */
export function formValues(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Adds problems to a form, each under the form field it names (via `toField`) or as a general one. */
export function addProblems(
  state: FormState,
  problems: FieldProblem[],
  toField: (appField: string) => string | undefined = (f) => f,
): FormState {
  for (const p of problems) {
    const field = toField(p.field);
    const message = problemText(p);
    if (field && !(field in state.errors)) state.errors[field] = message;
    else if (!field) state.general.push(`${p.field}: ${message}`);
  }
  return state;
}

export const problemsOf = (err: AppError): FieldProblem[] =>
  err.problems.length > 0 ? err.problems : [{ field: '', message: err.message }];

/** Zod issues with their full path (array indices kept), so a row of a repeated group can be named. */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const leaf = String(issue.path.filter((p) => typeof p === 'string').at(-1) ?? '');
    const key = leaf === 'role' && field.startsWith('interviewers') ? 'role_in_interview' : leaf;
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return { field, message, example: EXAMPLES[key] };
  });
}
