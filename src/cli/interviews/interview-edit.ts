import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { recorder } from '../ordered.js';
import { printJson } from '../output.js';
import { type InterviewFlags, interviewFlags, interviewInput } from './interview-flags.js';
import { interviewDetail } from './interview-text.js';
import type { PanelFlag } from './people.js';

export function interviewEdit(parent: Command, ctx: CliContext): void {
  const panel = recorder<PanelFlag>();
  const cmd = parent
    .command('edit')
    .description(
      'change an interview: only the flags given change (an empty value clears one, e.g. --country ""); panel flags replace the whole panel',
    )
    .argument('<id>', 'interview id');
  interviewFlags(cmd, panel)
    .option(
      '--status <status>',
      'the opportunity: applied | interviewing | offer | accepted | declined | rejected | withdrawn | ghosted',
    )
    .option('--json', 'print the changed interview as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ followthrough interview edit iv_3kq9x7m2ab --stage "final round" --timeframe "by Friday"\n',
    )
    .action(async (id: string, flags: InterviewFlags & { json?: boolean }) => {
      const input = interviewInput(flags, panel);
      if (Object.keys(input).length === 0) throw nothingToChange(id);
      const record = await (await ctx.api()).interviews.edit(id, input);
      if (flags.json) printJson(ctx.io, record);
      else ctx.io.out(`Updated interview ${record.id}.\n${interviewDetail(record)}`);
    });
}

const nothingToChange = (id: string) =>
  new AppError(
    'bad-input',
    `nothing to change: give the flags to change, e.g. followthrough interview edit ${id} --stage "final round"`,
  );
