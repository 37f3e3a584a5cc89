// Hints as commands: the one table from what to do next (src/core/hints.ts) to the command line
// that does it, and the sentence an error ends with. The web's table is src/web/hints.tsx.
import type { ErrorCode } from '../core/errors.js';
import type { Hint, HintAction } from '../core/hints.js';

const quote = (value: string) => (/^[\w@.:/,+-]+$/.test(value) ? value : `"${value}"`);
const or = (id: string | undefined, placeholder: string) => id ?? placeholder;

// Flags an example command shows for a field of `interview add` / `interview edit`.
function interviewFlags(h: Hint): string {
  if (h.field === 'timeframe') return ' --timeframe "their words" --contact NAME --permission yes';
  if (h.field === 'channel') return ' --channel email --card';
  if (h.field === 'interviewer' || h.field === 'interviewers')
    return ` --interviewer ${quote(h.example ?? 'Name <email>')}`;
  return '';
}

const COMMANDS: Record<HintAction, (h: Hint) => string> = {
  'interview.list': () => 'followthrough interview list',
  'interview.show': (h) => `followthrough interview show ${or(h.id, 'INTERVIEW_ID')}`,
  'interview.add': (h) => `followthrough interview add${interviewFlags(h)}`,
  'interview.edit': (h) =>
    `followthrough interview edit${h.id || h.field ? ` ${or(h.id, 'INTERVIEW_ID')}` : ''}${interviewFlags(h)}`,
  'interview.notes': (h) =>
    `followthrough notes ${or(h.id, 'INTERVIEW_ID')} --interviewer NAME --weak-answer "what fell flat"`,
  'opportunity.list': () => 'followthrough interview list --json',
  plan: (h) => `followthrough plan ${or(h.id, 'INTERVIEW_ID')}`,
  due: () => 'followthrough due',
  log: (h) => `followthrough log reply|call|new-date ${or(h.id, 'INTERVIEW_ID')}`,
  'touch.list': () => 'followthrough due, or followthrough plan INTERVIEW_ID',
  'touch.done': (h) => `followthrough touch done ${or(h.id, 'TOUCH_ID')}`,
  check: () => 'followthrough check',
  'message.list': () => 'followthrough message list',
  'message.unschedule': (h) => `followthrough send ${or(h.id, 'MESSAGE_ID')} --cancel`,
  'message.resolve': (h) => `followthrough send ${or(h.id, 'MESSAGE_ID')} --mark-sent, or --again`,
  'outcome.ghosted': (h) => `followthrough outcome ${or(h.id, 'OPPORTUNITY_ID')} ghosted`,
  'quiz.history': () => 'followthrough quiz history',
  'settings.smtp': () => 'followthrough settings smtp --host smtp.example.com --from you@example.com --password-stdin',
  'settings.smtp-password': () => 'followthrough settings smtp --password-stdin',
};

/** The command line that does what the hint says. */
export const commandFor = (h: Hint): string => COMMANDS[h.action](h);

// How a message goes on to name the command; the default is "Run `...`.".
const SAY: Partial<Record<HintAction, (command: string, h: Hint) => string>> = {
  'opportunity.list': (c, h) =>
    h.field === 'opportunity'
      ? `Or give an existing opportunity id with --opportunity (find them with \`${c}\`).`
      : `Find them with \`${c}\`.`,
  'settings.smtp': (c) => `Set them with \`${c}\` (or on the Email settings page).`,
  'settings.smtp-password': (c) => `Enter it with \`${c}\` (or on the Email settings page).`,
  'message.unschedule': (c) => `Unschedule it first: \`${c}\`.`,
  'message.resolve': (c) => `Resolve it first: \`${c}\`.`,
  'quiz.history': (c) => `See \`${c}\`.`,
};

/** The sentence that follows a message with this hint; a not-found error says where to find the ids. */
export function hintSentence(h: Hint, code?: ErrorCode): string {
  const command = commandFor(h);
  if (code === 'not-found') return `Find them with \`${command}\`.`;
  const say = SAY[h.action];
  return say ? say(command, h) : `Run \`${command}\`.`;
}

/** A message followed by its hint, if it has one. */
export function withHint(message: string, h: Hint | undefined, code?: ErrorCode): string {
  if (!h) return message;
  const end = /[.!?]$/.test(message) ? ' ' : '. ';
  return `${message}${end}${hintSentence(h, code)}`;
}
