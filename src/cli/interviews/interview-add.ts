import type { Command } from 'commander';
import type { FollowThrough } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { recorder } from '../ordered.js';
import { printJson } from '../output.js';
import { asAddInput, type InterviewFlags, interviewFlags, interviewInput } from './interview-flags.js';
import { interviewDetail } from './interview-text.js';
import type { PanelFlag } from './people.js';

export function interviewAdd(parent: Command, ctx: CliContext): void {
  const panel = recorder<PanelFlag>();
  interviewFlags(
    parent.command('add').description('record an interview (asks on a terminal when given no flags)'),
    panel,
  )
    .option('--json', 'print the recorded interview as JSON')
    .addHelpText('after', HELP)
    .action(async (flags: InterviewFlags & { json?: boolean }, cmd: Command) => {
      const given = cmd.options.some(
        (o) => o.attributeName() !== 'json' && cmd.getOptionValueSource(o.attributeName()) === 'cli',
      );
      if (!given && !ctx.io.interactive) throw missingFlags();
      const input = given ? asAddInput(interviewInput(flags, panel)) : undefined;
      const api = await ctx.api();
      const record = await api.interviews.add(input ?? (await ask(api)));
      if (flags.json) printJson(ctx.io, record);
      else ctx.io.out(`Recorded interview ${record.id}.\n${interviewDetail(record)}`);
    });
}

const HELP = `
Without --opportunity, the interview joins the open opportunity with the same company and role, or starts one.

Example:
  $ followthrough interview add --company "Acme Corp" --role "Product Manager" \\
      --at 2026-03-03T10:00 --tz America/New_York --stage "final round" \\
      --interviewer "Dana Reyes <dana@acme.example>" --hiring-manager "Sam Lee" \\
      --timeframe "we hope to decide by the end of next week" --contact Dana --permission yes
`;

async function ask(api: FollowThrough) {
  const { askForInterview } = await import('./prompts.js');
  return askForInterview((await api.profile.get()).timeZone);
}

const missingFlags = () =>
  new AppError(
    'bad-input',
    'no flags given and no terminal to ask on: pass at least --company, --role, --at and --tz, e.g.\n' +
      '  followthrough interview add --company "Acme Corp" --role "Product Manager" --at 2026-03-03T10:00 --tz America/New_York',
  );
