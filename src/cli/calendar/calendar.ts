// followthrough calendar -o FILE.ics: the plan for a calendar app; `calendar feed [--rotate]`: the
// URL a desktop calendar can subscribe to while `followthrough serve` runs.
import type { Command } from 'commander';
import { badInput } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { writeOutput } from '../write-output.js';

const DEFAULT_BASE = 'http://127.0.0.1:4100';

export function calendar(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('calendar')
    .description('your follow-up plan as an .ics file, or a feed URL your calendar app subscribes to')
    .option('-o, --output <file>', 'the .ics file to write, or - for stdout')
    .option('--force', 'overwrite the file if it exists')
    .option(
      '--base-url <url>',
      `where \`followthrough serve\` answers, for each event's link (default: ${DEFAULT_BASE})`,
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ followthrough calendar -o followthrough.ics     # import into any calendar\n  $ followthrough calendar feed                      # a URL to subscribe to (desktop calendar apps)\n  $ followthrough calendar feed --rotate             # a new URL; the old one stops working\n',
    )
    .action(async (flags: { output?: string; force?: boolean; baseUrl?: string }) => {
      if (!flags.output) {
        throw badInput([
          { field: '--output', message: 'is required: where to write the .ics file', example: 'followthrough.ics' },
        ]);
      }
      // Each event links to its touch's page where `serve` answers: its default address unless told.
      const base = baseUrl(flags.baseUrl);
      const file = await (await ctx.api()).calendar.file((hint) => `${base}${ctx.pagePath(hint)}`);
      if (flags.output === '-') return ctx.io.out(file.ics);
      writeOutput(flags.output, file.ics, flags.force ?? false);
      ctx.io.out(`Wrote ${flags.output}: ${file.events} follow-up(s), each with a reminder.\n`);
    });

  cmd
    .command('feed')
    .description('show how to subscribe, making a feed URL if there is none; --rotate makes a new one')
    .option('--rotate', 'make a new URL; the old one stops working at once')
    .option('--base-url <url>', `where \`followthrough serve\` answers (default: ${DEFAULT_BASE})`)
    .option('--json', 'print the result as JSON')
    .action(async (flags: { rotate?: boolean; json?: boolean }, self: Command) => {
      // `calendar` has --base-url too (for the events' links), and commander gives it the flag.
      const base = baseUrl(self.optsWithGlobals<{ baseUrl?: string }>().baseUrl);
      const api = (await ctx.api()).calendar;
      const status = await api.feedStatus();
      if (status.active && !flags.rotate) {
        if (flags.json) return printJson(ctx.io, { ...status, url: null });
        return ctx.io.out(
          `You have a calendar feed URL, made ${status.createdAt}. It is shown only once, when it is made (only a hash of it is kept).\nTo get a new one (the old URL stops working): followthrough calendar feed --rotate\n`,
        );
      }
      const feed = await api.rotateFeed();
      const url = `${base}${feed.path}`;
      if (flags.json) return printJson(ctx.io, { active: true, createdAt: feed.createdAt, url });
      ctx.io.out(
        [
          `${status.active ? 'New calendar feed URL (the old one no longer works)' : 'Your calendar feed URL'}:`,
          `  ${url}`,
          'Keep it private: anyone with it can read your follow-up plan. It is shown only this once.',
          'Subscribe in Apple Calendar (File > New Calendar Subscription), Thunderbird or Outlook for desktop;',
          'it updates while `followthrough serve` runs. Cloud calendars (Google) cannot reach your own computer.',
          '',
        ].join('\n'),
      );
    });
}

function baseUrl(flag: string | undefined): string {
  if (flag === undefined) return DEFAULT_BASE;
  try {
    const u = new URL(flag);
    if (u.protocol === 'http:' || u.protocol === 'https:') return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    // reported below
  }
  throw badInput([{ field: '--base-url', message: 'must be an http(s) URL', example: 'http://127.0.0.1:4100' }]);
}
