// `followthrough capture ID`: the quick capture right after an interview. Only what you give changes.
import type { Command } from 'commander';
import type { CaptureInput } from '../../app/index.js';
import { CUES } from '../../core/sheet.js';
import type { CliContext } from '../context.js';
import { clean, printJson } from '../output.js';

interface CaptureFlags {
  timeframe?: string;
  noTimeframe?: boolean;
  contact?: string;
  noContact?: boolean;
  permission?: string;
  cues?: string;
  weakAnswer?: string;
  weakWith?: string;
  json?: boolean;
}

export function capture(program: Command, ctx: CliContext): void {
  // Commander keeps only the last of --timeframe X and --no-timeframe: listen to each, so the app sees
  // both and refuses them together, as it does for the web form.
  const said: { timeframe?: string; contact?: string; noTimeframe?: true; noContact?: true } = {};
  const command = program.command('capture');
  command.on('option:timeframe', (v: string) => {
    said.timeframe = v;
  });
  command.on('option:no-timeframe', () => {
    said.noTimeframe = true;
  });
  command.on('option:contact', (v: string) => {
    said.contact = v;
  });
  command.on('option:no-contact', () => {
    said.noContact = true;
  });
  command
    .description('right after an interview: time frame, contact, cues you noticed, an answer that fell flat')
    .argument('<interview-id>', 'interview id, as shown by `interview list`')
    .option('--timeframe <words>', 'what they said about when, in their words')
    .option('--no-timeframe', 'you did not get a time frame (the plan uses the default cadence)')
    .option('--contact <person>', 'whom to follow up with: a name or "Name <email>"')
    .option('--no-contact', 'you did not get a contact')
    .option('--permission <yes|no|unknown>', 'whether they welcomed a check-in')
    .option('--cues <list>', `signs you noticed, comma-separated: ${CUES.map((c) => c.id).join(', ')}`)
    .option('--weak-answer <text>', 'an answer that fell flat, "topic: what you would say now"')
    .option('--weak-with <person>', 'whose question it was (needed when the panel has several people)')
    .option('--json', 'print the capture as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ followthrough capture iv_3kq9x7m2ab --timeframe "by Friday" --contact Dana --cues checking-time,short-replies\n  $ followthrough capture iv_3kq9x7m2ab --no-timeframe --weak-answer "the SQL question: I use window functions daily" --weak-with Sam\n',
    )
    .action(async (id: string, flags: CaptureFlags) => {
      const input: CaptureInput = {
        cues: (flags.cues ?? '')
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
      };
      Object.assign(input, said);
      if (flags.permission !== undefined) input.permission = flags.permission as CaptureInput['permission'];
      if (flags.weakAnswer !== undefined) input.weakAnswer = flags.weakAnswer;
      if (flags.weakWith !== undefined) input.weakWith = flags.weakWith;
      const r = await (await ctx.api()).capture.save(id, input);
      if (flags.json) return printJson(ctx.io, r);
      const lines = [`Captured. Cues noticed: ${r.cues.length > 0 ? r.cues.join(', ') : 'none'}.`];
      for (const f of r.fallbacks) lines.push(`! ${f}`);
      lines.push(`See the plan: followthrough plan ${clean(id)}`);
      ctx.io.out(`${lines.join('\n')}\n`);
    });
}
