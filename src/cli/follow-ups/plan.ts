import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { loadPlanPage } from './plan-page.js';
import { planText } from './plan-text.js';

export function plan(program: Command, ctx: CliContext): void {
  program
    .command('plan')
    .description("show an interview's follow-up plan: each touch with its date, whom, status and reason")
    .argument('<interview-id>', 'interview id, as shown by `interview list`')
    .option('--json', 'print the plan as JSON')
    .addHelpText('after', '\nExample:\n  $ followthrough plan iv_3kq9x7m2ab\n')
    .action(async (id: string, flags: { json?: boolean }) => {
      const api = await ctx.api();
      if (flags.json) printJson(ctx.io, await api.followUps.plan(id));
      else ctx.io.out(planText(await loadPlanPage(api, id), new Date()));
    });
}
