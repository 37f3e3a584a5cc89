import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { outboxText } from './delivery-text.js';

export function outbox(program: Command, ctx: CliContext): void {
  program
    .command('outbox')
    .description('messages scheduled, overdue, uncertain or failed: what is on its way or needs you')
    .option('--json', 'print the outbox as JSON')
    .action(async (flags: { json?: boolean }) => {
      const api = await ctx.api();
      const items = await api.delivery.outbox();
      if (flags.json) return printJson(ctx.io, items);
      ctx.io.out(outboxText(items, (await api.profile.get()).timeZone || 'UTC'));
    });
}
