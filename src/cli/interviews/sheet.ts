// `followthrough sheet ID [-o FILE.pdf] [--point TEXT]`: the interview sheet on the terminal or as a
// one-page PDF; --point adds a prepared point for the role first.
import type { Command } from 'commander';
import { badInput } from '../../core/errors.js';
import { sheetText } from '../../core/sheet.js';
import type { CliContext } from '../context.js';
import { clean, printJson } from '../output.js';
import { checkOutput, writeOutput } from '../write-output.js';

const collect = (v: string, all: string[]) => [...all, v];

export function sheet(program: Command, ctx: CliContext): void {
  program
    .command('sheet')
    .description('the interview sheet: questions to ask before leaving, cues and recovery lines, your points')
    .argument('<interview-id>', 'interview id, as shown by `interview list`')
    .option('-o, --output <file.pdf>', 'write a one-page PDF instead of printing text')
    .option('--point <text>', 'add a point you prepared for this role (repeatable)', collect, [])
    .option('--force', 'overwrite the PDF if it exists')
    .option('--json', 'print the sheet as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ followthrough sheet iv_3kq9x7m2ab\n  $ followthrough sheet iv_3kq9x7m2ab --point "ask about the Q3 migration" -o sheet.pdf\n',
    )
    .action(async (id: string, flags: { output?: string; point: string[]; force?: boolean; json?: boolean }) => {
      if (flags.output !== undefined && !/\.pdf$/i.test(flags.output)) {
        throw badInput([{ field: 'output', message: 'must name a .pdf file', example: 'sheet.pdf' }]);
      }
      const force = flags.force ?? false;
      // A path that cannot be written is refused before --point saves anything.
      if (flags.output !== undefined) checkOutput(flags.output, force);
      const api = await ctx.api();
      const before = flags.point.length > 0 && flags.output ? (await api.sheet.show(id)).prepared : null;
      if (flags.point.length > 0) await api.sheet.addPoints(id, flags.point);
      if (flags.output) {
        try {
          writeOutput(flags.output, await api.sheet.pdf(id), force);
        } catch (error) {
          // The write failed after all (a full disk, say): the points go back to what they were.
          if (before) await api.sheet.setPoints(id, before);
          throw error;
        }
        ctx.io.out(`Wrote the interview sheet to ${clean(flags.output)} (one page).\n`);
        return;
      }
      const view = await api.sheet.show(id);
      if (flags.json) printJson(ctx.io, view);
      else ctx.io.out(sheetText(view.sheet, clean));
    });
}
