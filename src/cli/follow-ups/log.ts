import { Argument, type Command } from 'commander';
import type { LogInput } from '../../app/index.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { loadPlanPage } from './plan-page.js';
import { planText } from './plan-text.js';

const KINDS = ['reply', 'call', 'sent', 'new-date'] as const;

const LOGGED: Record<(typeof KINDS)[number], string> = {
  reply: 'Logged their reply.',
  call: 'Logged the call.',
  sent: 'Logged the message you sent.',
  'new-date': 'Logged the new date.',
};

interface LogFlags {
  from?: string;
  at?: string;
  timeframe?: string;
  note?: string;
  json?: boolean;
}

export function log(program: Command, ctx: CliContext): void {
  program
    .command('log')
    .description('record what happened outside the app (a reply, a call, a message you sent, a new date) and re-plan')
    .addArgument(new Argument('<what>', 'reply | call | sent | new-date').choices(KINDS))
    .argument('<interview-id>', 'interview id, as shown by `interview list`')
    .option('--from <contact>', 'who it was with: a name or an email')
    .option(
      '--at <when>',
      "when: YYYY-MM-DD or YYYY-MM-DDTHH:MM in the interview's zone, or with an offset (default: now)",
    )
    .option('--timeframe <words>', 'for new-date: what they said now, in their words')
    .option('--note <text>', 'a note for yourself')
    .option('--json', 'print the updated plan as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ followthrough log reply iv_3kq9x7m2ab --from Dana --note "still deciding"\n  $ followthrough log new-date iv_3kq9x7m2ab --from Dana --timeframe "by Friday the 20th"\n',
    )
    .action(async (kind: LogInput['kind'], id: string, flags: LogFlags) => {
      const input: LogInput = { kind };
      for (const key of ['from', 'at', 'timeframe', 'note'] as const)
        if (flags[key] !== undefined) input[key] = flags[key];
      const api = await ctx.api();
      const view = await api.followUps.log(id, input);
      if (flags.json) printJson(ctx.io, view);
      else ctx.io.out(`${LOGGED[kind]} The plan now:\n\n${planText(await loadPlanPage(api, id), new Date())}`);
    });
}
