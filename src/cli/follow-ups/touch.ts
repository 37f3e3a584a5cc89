import { Argument, type Command } from 'commander';
import type { StoredTouch } from '../../app/index.js';
import { badInput } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { atLocal } from '../when.js';
import { KIND_WORDS } from './plan-text.js';

const ACTIONS = ['done', 'skip', 'snooze'] as const;
type Action = (typeof ACTIONS)[number];

export function touch(program: Command, ctx: CliContext): void {
  program
    .command('touch')
    .description('mark a planned follow-up done, skip it, or snooze it')
    .addArgument(new Argument('<action>', 'done | skip | snooze').choices(ACTIONS))
    .argument('<touch-id>', 'touch id, as shown by `due` or `plan`')
    .option('--until <date>', 'snooze until YYYY-MM-DD (09:00 there) or YYYY-MM-DDTHH:MM (default: tomorrow 09:00)')
    .option('--json', 'print the changed touch as JSON')
    .addHelpText(
      'after',
      '\nMarking a message done counts it as sent: later check-ins are planned from it.\n\nExamples:\n  $ followthrough touch done tc_8f2k1m0q9z\n  $ followthrough touch snooze tc_8f2k1m0q9z --until 2026-03-19\n',
    )
    .action(async (action: Action, id: string, flags: { until?: string; json?: boolean }) => {
      if (flags.until !== undefined && action !== 'snooze') throw untilOnlyForSnooze(action, id);
      const api = (await ctx.api()).followUps;
      const changed =
        action === 'done'
          ? await api.done(id)
          : action === 'skip'
            ? await api.skip(id)
            : await api.snooze(id, flags.until === undefined ? {} : { until: flags.until });
      if (flags.json) printJson(ctx.io, changed);
      else ctx.io.out(confirmation(action, changed));
    });
}

function confirmation(action: Action, t: StoredTouch): string {
  const what = `the ${KIND_WORDS[t.kind]} ${t.id}`;
  if (action === 'snooze' && t.snoozedUntil) return `Snoozed ${what} until ${atLocal(t.snoozedUntil, t.timeZone)}.\n`;
  if (action === 'skip') return `Skipped ${what}.\n`;
  return `Marked ${what} done. See what comes next: followthrough plan ${t.interviewId}\n`;
}

const untilOnlyForSnooze = (action: Action, id: string) =>
  badInput([
    {
      field: '--until',
      message: `is only for snooze, not ${action}`,
      example: `followthrough touch snooze ${id} --until 2026-03-19`,
    },
  ]);
