// `followthrough contacts [--json]`: everyone met, when last in touch (either direction), what is next.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { cell, printJson, table } from '../output.js';
import { atLocal } from '../when.js';

const WHAT: Record<string, string> = {
  interview: 'interview',
  reply: 'their reply',
  call: 'a call',
  sent: 'you wrote',
};

export function contacts(program: Command, ctx: CliContext): void {
  program
    .command('contacts')
    .description('everyone you met across all processes: when you were last in touch and what is due next')
    .option('--json', 'print an array of { contactId, name, company, lastInTouch, next, ... } as JSON')
    .addHelpText('after', '\nExample:\n  $ followthrough contacts\n')
    .action(async (flags: { json?: boolean }) => {
      const people = await (await ctx.api()).contacts();
      if (flags.json) return printJson(ctx.io, people);
      if (people.length === 0) {
        ctx.io.out('Nobody yet: the people you meet appear here once you record an interview.\n');
        return;
      }
      const rows = people.map((p) => [
        cell(p.name || p.email || '(unnamed)', 24),
        cell(p.company, 20),
        p.lastInTouch ? `${atLocal(p.lastInTouch.at, p.lastInTouch.timeZone)} (${WHAT[p.lastInTouch.what]})` : '-',
        p.next ? `${atLocal(p.next.dueAt, p.next.timeZone)}: ${cell(p.next.title, 50)}` : 'nothing planned',
      ]);
      ctx.io.out(table(['NAME', 'COMPANY', 'LAST IN TOUCH', 'NEXT'], rows));
    });
}
