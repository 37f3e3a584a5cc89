import type { Command } from 'commander';
import type { CheckNoteTextInput } from '../../app/index.js';
import { NOTE_KINDS, type NoteKind } from '../../core/notes/types.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { checkReportText } from './check-text.js';
import { readNote } from './note-input.js';

interface CheckFlags {
  interview?: string;
  to?: string;
  channel?: string;
  kind?: string;
  sentAt?: string;
  json?: boolean;
}

const HELP = `
Reads the note from FILE, or from standard input with "-" (or when no FILE is given and the
input is piped). The note must be UTF-8 text of at most 20,000 characters.

Examples:
  $ followthrough check thank-you.txt
  $ pbpaste | followthrough check - --interview iv_3kq9x7m2ab --to Dana --sent-at 2026-03-03T17:30
  $ followthrough check note.txt --channel card --json
  $ followthrough check reply.txt --kind rejection-reply

Kinds (each has its own checklist): thank-you (the default), check-in, clarification,
rejection-reply, keep-warm, withdrawal.
`;

export function check(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('score a note (a thank-you by default) and say what to add: a detail, a reason, a plan, an idea')
    .argument('[file]', 'the note as a text file, or - for standard input')
    .option('--interview <id>', 'the interview it thanks for: checks names and uses your notes in the advice')
    .option('--to <person>', "the recipient: a panel member's name, first name or email (needs --interview)")
    .option('--channel <channel>', 'email, card or letter (sets the sensible length)', 'email')
    .option('--kind <kind>', `what kind of message it is: ${NOTE_KINDS.join(', ')}`, 'thank-you')
    .option(
      '--sent-at <when>',
      "when it was or will be sent: ISO with an offset, or local time in the interview's zone",
    )
    .option('--json', 'print { kind, score, generic, checks } as JSON')
    .addHelpText('after', HELP)
    .action(async (file: string | undefined, flags: CheckFlags) => {
      const text = await readNote({ file, stdinIsTerminal: Boolean(process.stdin.isTTY) });
      const input: CheckNoteTextInput = {
        text,
        channel: flags.channel as 'email',
        kind: flags.kind as NoteKind,
        ...(flags.interview !== undefined && { interviewId: flags.interview }),
        ...(flags.to !== undefined && { to: flags.to }),
        ...(flags.sentAt !== undefined && { sentAt: flags.sentAt }),
      };
      // A note on its own needs no database: skip opening (or creating) one, about a fifth of start-up.
      const report =
        input.interviewId === undefined
          ? await (await import('../../app/messages/check.js')).checkNoteText(null, input)
          : await (await ctx.api()).notes.check(input);
      if (!flags.json) return ctx.io.out(checkReportText(report));
      // Exactly this shape: a stable contract for scripts.
      printJson(ctx.io, {
        kind: report.kind,
        score: report.score,
        generic: report.generic,
        checks: report.checks.map((c) => ({
          id: c.id,
          passed: c.passed,
          weight: c.weight,
          evidence: c.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end })),
          advice: c.advice,
        })),
      });
    });
}
