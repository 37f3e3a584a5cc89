import type { Command } from 'commander';
import type { TimeFrame, TimeFrameQuery } from '../../app/index.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { timeFrameText } from './plan-text.js';

interface TimeFrameFlags {
  from?: string;
  tz?: string;
  country?: string;
  json?: boolean;
}

export function timeframe(program: Command, ctx: CliContext): void {
  program
    .command('timeframe')
    .description('show how a phrase about timing is understood: the window, how firm it is, and when to check in')
    .argument('<phrase...>', 'what they said, e.g. "we hope to decide by the end of next week"')
    .option('--from <YYYY-MM-DD>', 'the day it was said (default: today in --tz)')
    .option('--tz <zone>', "the time zone for today's date (default: your profile's, else this computer's)")
    .option('--country <CC>', "two-letter country code for public holidays (default: your profile's)")
    .option('--json', 'print the understanding as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ followthrough timeframe "we hope to decide by the end of next week" --from 2026-03-03 --country US\n',
    )
    .action(async (words: string[], flags: TimeFrameFlags) => {
      const query: TimeFrameQuery = {
        phrase: words.join(' '),
        ...(flags.from !== undefined && { from: flags.from }),
        ...(flags.tz !== undefined && { tz: flags.tz }),
        ...(flags.country !== undefined && { country: flags.country }),
      };
      const frame = await understand(ctx, query);
      if (flags.json) printJson(ctx.io, frame);
      else ctx.io.out(timeFrameText(frame));
    });
}

/** Opens the store only when the profile must fill a gap (the country, or the zone for "today"). */
async function understand(ctx: CliContext, query: TimeFrameQuery): Promise<TimeFrame> {
  const needsProfile = query.country === undefined || (query.from === undefined && query.tz === undefined);
  if (!needsProfile) {
    const [{ understandPhrase }, { systemClock }] = await Promise.all([
      import('../../app/follow-ups/follow-ups.js'),
      import('../../app/context.js'),
    ]);
    return understandPhrase({ clock: systemClock }, query);
  }
  const api = await ctx.api();
  const profile = await api.profile.get();
  return api.followUps.understand({
    ...query,
    ...(query.country === undefined && profile.country && { country: profile.country }),
    ...(query.tz === undefined && profile.timeZone && { tz: profile.timeZone }),
  });
}
