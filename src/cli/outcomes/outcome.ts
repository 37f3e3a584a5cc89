// `followthrough outcome OPPORTUNITY_ID offer|accepted|declined|rejected|withdrawn|ghosted`.
import { Argument, type Command } from 'commander';
import type { OutcomeInput } from '../../app/index.js';
import { OUTCOMES } from '../../core/outcomes.js';
import type { CliContext } from '../context.js';
import { touchTitle } from '../follow-ups/plan-text.js';
import { clean, printJson } from '../output.js';
import { atLocal } from '../when.js';

const collect = (v: string, all: string[]) => [...all, v];

interface OutcomeFlags {
  at?: string;
  from?: string;
  keepWarm: string[];
  every?: string;
  keepOpen: string[];
  json?: boolean;
}

export function outcome(program: Command, ctx: CliContext): void {
  program
    .command('outcome')
    .description(
      'record how a process ended; a rejection plans a reply and keep-warm notes, accepting withdraws from the rest',
    )
    .argument('<opportunity-id>', 'opportunity id (see `interview show ID`)')
    .addArgument(new Argument('<outcome>', OUTCOMES.join(' | ')).choices(OUTCOMES))
    .option('--at <when>', 'when it happened: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)')
    .option('--from <person>', 'who told you (the reply to a rejection goes to them)')
    .option('--keep-warm <person>', 'after a rejection: someone to keep in touch with (repeatable)', collect, [])
    .option('--every <months>', 'months between keep-warm notes after the first, 1-24 (default 4)')
    .option('--keep-open <opportunity-id>', 'when accepting: a process not to withdraw from (repeatable)', collect, [])
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ followthrough outcome op_cscewb4hgb rejected --from Dana --keep-warm Dana --keep-warm Sam --every 6\n  $ followthrough outcome op_cscewb4hgb accepted\n',
    )
    .action(async (id: string, status: OutcomeInput['outcome'], flags: OutcomeFlags) => {
      const input: OutcomeInput = { outcome: status, keepWarm: flags.keepWarm, keepOpen: flags.keepOpen };
      if (flags.at !== undefined) input.at = flags.at;
      if (flags.from !== undefined) input.from = flags.from;
      if (flags.every !== undefined) input.everyMonths = flags.every;
      const r = await (await ctx.api()).outcomes.set(id, input);
      if (flags.json) return printJson(ctx.io, r);
      const o = r.opportunity;
      const out = [`${clean(o.company)} — ${clean(o.role)} is now ${o.status}.`];
      for (const w of r.withdrawn)
        out.push(`Withdrew from ${clean(w.company)} — ${clean(w.role)}: its plan is stopped.`);
      if (r.touches.length > 0) out.push('', 'Planned now');
      for (const t of r.touches) {
        const who = t.contactId ? (r.names[t.contactId] ?? null) : null;
        out.push(`  ${t.id}  ${atLocal(t.dueAt, t.timeZone)}  ${touchTitle(t.kind, who)}`);
      }
      if (r.drafts.length > 0) out.push('', 'Drafts to review before sending');
      for (const d of r.drafts) {
        out.push(
          `  ${d.id}  ${d.kind} to ${clean(d.to.name)}: "${clean(d.subject)}"  (followthrough message show ${d.id}; web: /messages/${d.id})`,
        );
      }
      ctx.io.out(`${out.join('\n')}\n`);
    });
}
