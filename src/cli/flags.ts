// App field names -> the flags a user typed, so every error points at `--at`, not `at`.
import type { FieldProblem } from '../core/errors.js';

/** Fields whose flag is not simply the field in kebab-case. */
const SPECIAL: Record<string, string> = {
  interviewers: '--interviewer',
  topics: '--topic',
  'challenges.challenge': '--challenge',
  'challenges.idea': '--idea',
  challenges: '--challenge',
  timeZone: '--tz',
};

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** "nextStep" -> "--next-step", "interviewers.email" -> "--interviewer". Flags pass through. */
export function flagFor(field: string): string | null {
  if (field.startsWith('-')) return field;
  if (field === '' || field === 'input') return null;
  const parts = field.split('.').filter((p) => !/^\d+$/.test(p));
  const joined = parts.join('.');
  const head = parts[0] ?? '';
  const special = SPECIAL[joined] ?? SPECIAL[head];
  return special ?? `--${kebab(head)}`;
}

/** One line per problem: "--at must be a local date and time ... (for example: 2026-03-03T10:00)". */
export function describeProblem(p: FieldProblem): string {
  const flag = flagFor(p.field);
  const example = p.example ? ` (for example: ${p.example})` : '';
  if (!flag) return `${p.message}${example}`;
  // "is required", "must be ..." read as a sentence after the flag; anything else after a colon.
  const joiner = /^(is|must|contains|each|at most|was|needs)\b/.test(p.message) ? ' ' : ': ';
  return `${flag}${joiner}${p.message}${example}`;
}
