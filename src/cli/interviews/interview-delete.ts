import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';

export function interviewDelete(parent: Command, ctx: CliContext): void {
  parent
    .command('delete')
    .description('delete an interview with its panel, next steps and notes (asks first)')
    .argument('<id>', 'interview id')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--json', 'print what was deleted as JSON')
    .action(async (id: string, flags: { yes?: boolean; json?: boolean }) => {
      if (!flags.yes && !ctx.io.interactive)
        throw new AppError(
          'bad-input',
          `not deleting without confirmation: pass --yes, e.g. followthrough interview delete ${id} --yes`,
        );
      const api = await ctx.api();
      if (!flags.yes) {
        const { confirmDelete } = await import('./prompts.js');
        if (!(await confirmDelete(await api.interviews.show(id))))
          throw new AppError('failure', 'Cancelled; nothing was deleted.');
      }
      const result = await api.interviews.delete(id);
      if (flags.json) printJson(ctx.io, result);
      else
        ctx.io.out(
          `Deleted interview ${id}${result.opportunityDeleted ? ' and its opportunity, which had no other rounds' : ''}.\n`,
        );
    });
}
