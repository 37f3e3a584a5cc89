import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { cell, printJson, table } from '../output.js';
import { draftJson, draftText } from './draft-text.js';
import { readNote } from './note-input.js';

export function message(program: Command, ctx: CliContext): void {
  const group = program.command('message').description('list, show, edit, regenerate and delete saved drafts');

  group
    .command('list')
    .description('your messages, newest first')
    .option('--interview <id>', "only this interview's")
    .option('--json', 'print the list as JSON')
    .action(async (flags: { interview?: string; json?: boolean }) => {
      const list = await (await ctx.api()).drafts.list(flags.interview ? { interviewId: flags.interview } : {});
      if (flags.json) return printJson(ctx.io, list.map(draftJson));
      if (list.length === 0)
        return ctx.io.out('No messages yet. Draft one with: followthrough draft thank-you --interview ID\n');
      ctx.io.out(
        table(
          ['ID', 'KIND', 'TO', 'FORMAT', 'SCORE', 'GAPS', 'STATUS'],
          list.map((d) => [
            d.id,
            d.kind,
            cell(d.to.name, 24),
            d.format,
            String(d.score),
            String(d.gaps.length),
            d.status,
          ]),
        ),
      );
    });

  group
    .command('show')
    .description('one message in full, with its score and what is still to add')
    .argument('<id>', 'message id, as shown by `message list`')
    .option('--json', 'print it as JSON')
    .action(async (id: string, flags: { json?: boolean }) => {
      const d = await (await ctx.api()).drafts.get(id);
      if (flags.json) printJson(ctx.io, draftJson(d));
      else ctx.io.out(draftText(d));
    });

  group
    .command('edit')
    .description('replace the text of a draft (it is scored again)')
    .argument('<id>', 'message id')
    .option('--subject <text>', 'a new subject line')
    .option('--body-file <file>', 'the new body from a UTF-8 text file, or - for standard input')
    .option('--json', 'print the saved draft as JSON')
    .addHelpText('after', '\nExample:\n  $ followthrough message edit msg_3kq9x7m2ab --body-file thank-you-dana.txt\n')
    .action(async (id: string, flags: { subject?: string; bodyFile?: string; json?: boolean }) => {
      if (flags.subject === undefined && flags.bodyFile === undefined) {
        throw new AppError(
          'bad-input',
          `nothing to change: give --subject or --body-file, e.g. followthrough message edit ${id} --body-file note.txt`,
        );
      }
      const body =
        flags.bodyFile === undefined
          ? undefined
          : await readNote({ file: flags.bodyFile, stdinIsTerminal: Boolean(process.stdin.isTTY) });
      const d = await (await ctx.api()).drafts.edit(id, {
        ...(flags.subject !== undefined && { subject: flags.subject }),
        ...(body !== undefined && { body }),
      });
      if (flags.json) printJson(ctx.io, draftJson(d));
      else ctx.io.out(`Saved.\n${draftText(d)}`);
    });

  group
    .command('regenerate')
    .description('write the draft again from your notes, in another format or tone (replaces your edits)')
    .argument('<id>', 'message id')
    .option('--format <format>', 'email | letter | card')
    .option('--tone <tone>', 'warm | formal')
    .option('--json', 'print the new draft as JSON')
    .action(async (id: string, flags: { format?: string; tone?: string; json?: boolean }) => {
      const d = await (await ctx.api()).drafts.regenerate(id, {
        ...(flags.format !== undefined && { format: flags.format as 'email' }),
        ...(flags.tone !== undefined && { tone: flags.tone as 'warm' }),
      });
      if (flags.json) printJson(ctx.io, draftJson(d));
      else ctx.io.out(draftText(d));
    });

  group
    .command('delete')
    .description('delete a draft that has not been sent')
    .argument('<id>', 'message id')
    .action(async (id: string) => {
      await (await ctx.api()).drafts.delete(id);
      ctx.io.out(`Deleted message ${id}.\n`);
    });
}
