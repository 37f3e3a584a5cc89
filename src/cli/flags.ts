// App field names -> the flags a user typed, so every error points at `--at`, not `at`.
import type { FieldProblem } from '../core/errors.js';
import { cell } from './output.js';

/** Fields whose flag is not simply the field in kebab-case. */
const SPECIAL: Record<string, string> = {
  interviewers: '--interviewer',
  topics: '--topic',
  'challenges.challenge': '--challenge',
  'challenges.idea': '--idea',
  challenges: '--challenge',
  timeZone: '--tz',
  everyMonths: '--every',
  // Positional arguments, named as the usage line shows them.
  phrase: 'the phrase',
  kind: 'the kind of event',
  // The kind of message a note is (check --kind); 'kind' alone is the kind of event (log KIND).
  messageKind: '--kind',
  text: 'the note',
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

/**
 * One line per problem: "--at must be a local date and time ...; you gave "soon" (for example: 2026-03-03T10:00)".
 * `given` is what the user typed for that flag, quoted back unless the message already says it.
 */
export function describeProblem(p: FieldProblem, given?: string): string {
  const flag = flagFor(p.field);
  const example = p.example ? ` (for example: ${p.example})` : '';
  const quoted = given !== undefined && !p.message.includes(given) ? `; you gave "${cell(given, 80)}"` : '';
  if (!flag) return `${p.message}${example}`;
  // "is required", "must be ..." read as a sentence after the flag; anything else after a colon.
  const joiner = /^(is|must|contains|each|at most|was|needs)\b/.test(p.message) ? ' ' : ': ';
  return `${flag}${joiner}${p.message}${quoted}${example}`;
}
