// `followthrough eml` and `followthrough mailto`: the message for your own mail client, without SMTP.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { clean, printJson } from '../output.js';
import { checkOutput, writeOutput } from '../write-output.js';
import { messageProblems } from './delivery-text.js';

export function eml(program: Command, ctx: CliContext): void {
  program
    .command('eml')
    .description('save a message as an .eml file to open (and send) in your mail client')
    .argument('<message-id>', 'the message')
    .requiredOption('-o, --output <file>', 'where to write it ("-" for standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(async (id: string, flags: { output: string; force?: boolean }) => {
      // A bad path is refused before the message is read.
      if (flags.output !== '-') checkOutput(flags.output, flags.force ?? false);
      const api = await ctx.api();
      const file = await api.delivery.eml(id).catch((e: unknown) => {
        throw messageProblems(e);
      });
      for (const w of file.warnings) ctx.io.err(`warning: ${clean(w)}\n`);
      if (flags.output === '-') {
        ctx.io.out(file.content.toString('utf8'));
        return;
      }
      writeOutput(flags.output, file.content, flags.force ?? false);
      ctx.io.out(
        `Wrote ${flags.output}. Open it in your mail client (double-click), check it, and send it from there.\n`,
      );
    });

  program
    .command('mailto')
    .description('print a mailto: link that opens your mail client with the message filled in')
    .argument('<message-id>', 'the message')
    .option('--json', 'print { href, warnings } as JSON')
    .action(async (id: string, flags: { json?: boolean }) => {
      const api = await ctx.api();
      const link = await api.delivery.mailto(id);
      if (flags.json) return printJson(ctx.io, link);
      for (const w of link.warnings) ctx.io.err(`warning: ${clean(w)}\n`);
      ctx.io.out(`${link.href}\n`);
    });
}
