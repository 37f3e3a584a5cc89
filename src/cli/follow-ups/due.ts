import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { ghostedHint } from './ghosted-hint.js';
import { dueText } from './plan-text.js';

export function due(program: Command, ctx: CliContext): void {
  program
    .command('due')
    .description('list the follow-ups due soon, most urgent first (overdue ones included)')
    .option('--days <n>', 'how many days ahead to look (default 7)')
    .option('--json', 'print an array of due touches as JSON')
    .addHelpText('after', '\nExample:\n  $ followthrough due --days 14\n')
    .action(async (flags: { days?: string; json?: boolean }) => {
      const api = await ctx.api();
      const touches = await api.followUps.due(flags.days === undefined ? {} : { days: flags.days });
      if (flags.json) printJson(ctx.io, touches);
      else ctx.io.out(dueText(touches, flags.days === undefined ? 7 : Number(flags.days), new Date()));
      // Silence past the close-the-loop date: suggest "ghosted", never set it (issue 7).
      if (!flags.json) for (const h of await api.outcomes.ghostedHints()) ctx.io.out(`\n${ghostedHint(h)}\n`);
    });
}
