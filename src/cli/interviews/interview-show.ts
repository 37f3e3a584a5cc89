import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { interviewDetail } from './interview-text.js';

export function interviewShow(parent: Command, ctx: CliContext): void {
  parent
    .command('show')
    .description('show everything recorded about an interview')
    .argument('<id>', 'interview id, as shown by `interview list`')
    .option('--json', 'print the interview as JSON')
    .action(async (id: string, flags: { json?: boolean }) => {
      const record = await (await ctx.api()).interviews.show(id);
      if (flags.json) printJson(ctx.io, record);
      else ctx.io.out(interviewDetail(record));
    });
}
