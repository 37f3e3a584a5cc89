// What the user can do next, named by what it does rather than how one front end does it: the CLI
// renders a hint as a command (src/cli/hints.ts), the web as a link (src/web/hints.ts).

export const HINT_ACTIONS = [
  'interview.list',
  'interview.show',
  'interview.add',
  'interview.edit',
  'interview.notes',
  'opportunity.list',
  'plan',
  'due',
  'log',
  'touch.list',
  'touch.done',
  'check',
  'message.list',
  'message.unschedule',
  'message.resolve',
  'outcome.ghosted',
  'quiz.history',
  'settings.smtp',
  'settings.smtp-password',
] as const;

export type HintAction = (typeof HINT_ACTIONS)[number];

export interface Hint {
  action: HintAction;
  /** The thing the action is about (an interview, message, opportunity or touch id). */
  id?: string;
  /** The field to fill (a form field or flag, as the app names it), or the part of a page to go to. */
  field?: string;
  /** A value that would do for `field`, e.g. "Dana Reyes <dana@acme.example>". */
  example?: string;
}
