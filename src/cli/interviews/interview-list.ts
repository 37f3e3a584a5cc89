import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { interviewTable } from './interview-text.js';

export function interviewList(parent: Command, ctx: CliContext): void {
  parent
    .command('list')
    .description('list interviews, most recent first')
    .option('--json', 'print an array of interviews as JSON')
    .action(async (flags: { json?: boolean }) => {
      const records = await (await ctx.api()).interviews.list();
      if (flags.json) printJson(ctx.io, records);
      else ctx.io.out(interviewTable(records));
    });
}
