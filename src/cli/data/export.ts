import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { writeOutput } from '../write-output.js';

export function exportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('write everything you have recorded to one JSON file (readable by you only)')
    .requiredOption('-o, --output <file>', 'the file to write, or - for stdout')
    .option('--force', 'overwrite the file if it exists')
    .action(async ({ output, force }: { output: string; force?: boolean }) => {
      const doc = await (await ctx.api()).exportAll();
      const json = `${JSON.stringify(doc, null, 2)}\n`;
      if (output === '-') return ctx.io.out(json);
      writeOutput(output, json, force ?? false);
      ctx.io.out(
        `Exported ${doc.interviews.length} interview(s), ${doc.opportunities.length} opportunit${doc.opportunities.length === 1 ? 'y' : 'ies'} and ${doc.contacts.length} contact(s) to ${output}.\n`,
      );
    });
}
