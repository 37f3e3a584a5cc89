import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { DRAFT_KINDS } from '../../core/notes/compose/types.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { draftJson, draftText } from './draft-text.js';

interface DraftFlags {
  interview?: string;
  to?: string;
  format?: string;
  tone?: string;
  touch?: string;
  round?: string;
  json?: boolean;
}

const HELP = `
Kinds:
  thank-you        one per interviewer, from your notes with that person
  clarification    a thank-you with a short paragraph on the answer that fell flat (notes --weak-answer)
  check-in         refers back to the time frame they gave; --round 2 for the second
  rejection-reply  gracious, asks for feedback and to be considered for future roles
  keep-warm        some months later: an update or article, no ask

Where you have not recorded something, the draft says [add: …] instead of inventing it: add it to
your notes (followthrough notes …) and draft again, or edit the text (followthrough message edit).

Examples:
  $ followthrough draft thank-you --interview iv_3kq9x7m2ab --to Dana
  $ followthrough draft thank-you --interview iv_3kq9x7m2ab --to Sam --format letter --tone formal
  $ followthrough draft check-in --interview iv_3kq9x7m2ab --json
`;

export function draft(program: Command, ctx: CliContext): void {
  program
    .command('draft')
    .description('draft a thank-you, check-in, clarification, rejection reply or keep-warm note, and save it')
    .argument('<kind>', DRAFT_KINDS.join(' | '))
    .option('--interview <id>', 'the interview it follows up (required)')
    .option('--to <person>', "the recipient: a panel member's name, first name or email")
    .option('--format <format>', 'email | letter | card (default: email, or letter for someone with no email address)')
    .option('--tone <tone>', 'warm | formal', 'warm')
    .option('--touch <id>', 'the touch of the plan it is for (sets the recipient and kind)')
    .option('--round <n>', 'for a check-in: 1 or 2')
    .option('--json', 'print { id, kind, to, format, tone, subject, body, gaps, score, generic } as JSON')
    .addHelpText('after', HELP)
    .action(async (kind: string, flags: DraftFlags) => {
      if (!flags.interview) {
        throw new AppError(
          'bad-input',
          `--interview is required: the interview this ${kind} follows up (find it with followthrough interview list)`,
        );
      }
      if (flags.round !== undefined && flags.round !== '1' && flags.round !== '2') {
        throw new AppError('bad-input', `--round must be 1 or 2, not "${flags.round}"`);
      }
      const d = await (await ctx.api()).drafts.create({
        interviewId: flags.interview,
        kind: kind as 'thank-you',
        format: flags.format as 'email',
        tone: flags.tone as 'warm',
        ...(flags.to !== undefined && { to: flags.to }),
        ...(flags.touch !== undefined && { touchId: flags.touch }),
        ...(flags.round !== undefined && { round: Number(flags.round) as 1 | 2 }),
      });
      if (flags.json) printJson(ctx.io, draftJson(d));
      else ctx.io.out(draftText(d));
    });
}
