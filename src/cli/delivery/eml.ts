// `followthrough eml` and `followthrough mailto`: the message for your own mail client, without SMTP.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError, badInput } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { clean, printJson } from '../output.js';
import { messageProblems } from './delivery-text.js';

export function eml(program: Command, ctx: CliContext): void {
  program
    .command('eml')
    .description('save a message as an .eml file to open (and send) in your mail client')
    .argument('<message-id>', 'the message')
    .requiredOption('-o, --output <file>', 'where to write it ("-" for standard output)')
    .action(async (id: string, flags: { output: string }) => {
      const api = await ctx.api();
      const file = await api.delivery.eml(id).catch((e: unknown) => {
        throw messageProblems(e);
      });
      for (const w of file.warnings) ctx.io.err(`warning: ${clean(w)}\n`);
      if (flags.output === '-') {
        ctx.io.out(file.content.toString('utf8'));
        return;
      }
      writeNew(flags.output, file.content);
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

/** Writes the file (mode 0600: it holds a personal message), replacing an older one. */
function writeNew(path: string, content: Buffer): void {
  let fd: number;
  try {
    fd = openSync(path, 'w', 0o600);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw badInput([{ field: '--output', message: `the folder of "${path}" does not exist` }]);
    if (code === 'EISDIR')
      throw badInput([
        { field: '--output', message: `"${path}" is a folder; give a file name`, example: 'thank-you.eml' },
      ]);
    throw new AppError('failure', `Cannot write "${path}": ${code ?? 'unknown error'}`);
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}
