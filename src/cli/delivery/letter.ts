// followthrough letter MESSAGE_ID -o FILE.pdf [--paper letter|a4]: a saved message as a printable
// letter for a window envelope, or a note card for a card-format message.
import type { Command } from 'commander';
import type { LetterPdf } from '../../app/index.js';
import { badInput } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { dayWords } from '../when.js';
import { writeOutput } from '../write-output.js';

const SIZE_WORDS: Record<string, string> = {
  letter: 'US Letter, placed for a #10 window envelope',
  a4: 'A4, placed for a DIN 5008 window envelope (DL or C5/6)',
  '5x7': 'a 5 × 7 in card',
  a6: 'an A6 card',
};

export function letter(program: Command, ctx: CliContext): void {
  program
    .command('letter')
    .description('print a saved message as a PDF letter for a window envelope (or a note card)')
    .argument('<message-id>', 'the message to print')
    .requiredOption('-o, --output <file>', 'the PDF file to write, e.g. letter.pdf')
    .option('--paper <size>', 'letter (US Letter) or a4; default: from your profile country')
    .option('--force', 'overwrite the file if it exists')
    .option('--json', 'print what was written as JSON')
    .addHelpText(
      'after',
      '\nA card-format message prints as a note card. Missing addresses print as [add: …] and are listed as warnings.\n\nExamples:\n  $ followthrough letter msg_8f2k1m0q9z -o dana.pdf\n  $ followthrough letter msg_8f2k1m0q9z -o dana.pdf --paper a4\n',
    )
    .action(async (id: string, flags: { output: string; paper?: string; force?: boolean; json?: boolean }) => {
      if (flags.output === '-' || flags.output.trim() === '') {
        throw badInput([
          {
            field: '--output',
            message: 'must be a file name (a PDF is not sent to the terminal)',
            example: 'letter.pdf',
          },
        ]);
      }
      const api = await ctx.api();
      const result = await api.letters.pdf(id, flags.paper === undefined ? {} : { paper: flags.paper });
      writeOutput(flags.output, result.pdf, flags.force ?? false);
      for (const w of result.warnings) ctx.io.err(`warning: ${w}\n`);
      if (flags.json) {
        const { pdf: _pdf, ...rest } = result;
        printJson(ctx.io, { file: flags.output, bytes: result.pdf.length, ...rest });
      } else ctx.io.out(summary(flags.output, result));
    });
}

function summary(file: string, r: LetterPdf): string {
  const lines = [
    `Wrote ${file}: ${r.layout === 'card' ? 'a note card' : 'a letter'} on ${SIZE_WORDS[r.size] ?? r.size}.`,
  ];
  if (r.mailBy) {
    lines.push(`Mail by ${dayWords(r.mailBy.date)} (${r.mailBy.time} ${r.mailBy.timeZone}): ${r.mailBy.reason}`);
  }
  if (r.gaps.length > 0) lines.push('Fill in the [add: …] gaps (or your profile and the contact) and print again.');
  return `${lines.join('\n')}\n`;
}
