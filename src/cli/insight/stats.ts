// `followthrough stats [--json]`: the candidate's own follow-up record.
import type { Command } from 'commander';
import type { Share } from '../../core/stats.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';

const pct = (s: Share) => (s.percent === null ? 'nothing to count yet' : `${s.percent}% (${s.count} of ${s.of})`);

export function stats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('your follow-up record: time frames captured, thank-yous within 24 hours, scores, replies, outcomes')
    .option('--json', 'print the record as one JSON document')
    .addHelpText('after', '\nExample:\n  $ followthrough stats --json\n')
    .action(async (flags: { json?: boolean }) => {
      const s = await (await ctx.api()).stats();
      if (flags.json) return printJson(ctx.io, s);
      const outcomes = Object.entries(s.outcomes)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      const lines = [
        `Interviews:                    ${s.interviews}`,
        `Time frame captured:           ${pct(s.timeFrameCaptured)}`,
        `Thank-yous within 24 hours:    ${pct(s.thankYouWithin24h)}`,
        `Average thank-you note score:  ${s.averageNoteScore.average === null ? 'no notes yet' : `${s.averageNoteScore.average}/100 over ${s.averageNoteScore.notes} note(s)`}`,
        `Check-ins sent on time:        ${pct(s.checkInsOnTime)}`,
        `Replies received:              ${s.repliesReceived}`,
        `Outcomes:                      ${outcomes || 'none yet'}`,
      ];
      if (s.byMonth.length > 0) {
        lines.push('', 'MONTH    NOTES SENT  REPLIES');
        for (const m of s.byMonth)
          lines.push(`${m.month}  ${String(m.notesSent).padStart(10)}  ${String(m.replies).padStart(7)}`);
      }
      ctx.io.out(`${lines.join('\n')}\n`);
    });
}
