// `followthrough send`: send a message now, schedule it, take it back, resolve an uncertain one, or
// (with --due) run the scheduler once, for cron.
import type { Command } from 'commander';
import { AppError, badInput } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { printJson } from '../output.js';
import { atLocal } from '../when.js';
import { dueRunText, messageProblems, outcomeText } from './delivery-text.js';

interface SendFlags {
  at?: string | true;
  due?: boolean;
  confirmOverdue?: boolean;
  cancel?: boolean;
  markSent?: boolean;
  again?: boolean;
  json?: boolean;
}

export function send(program: Command, ctx: CliContext): void {
  program
    .command('send')
    .description('send a message by email now, or schedule it; --due sends what is due (for cron)')
    .argument('[message-id]', 'the message to send')
    .option(
      '--at [when]',
      'schedule instead: YYYY-MM-DDTHH:MM on the recipient clock, or an ISO time with Z; alone: the suggested time in their business hours',
    )
    .option('--due', 'send every scheduled message that is due (run this from cron)')
    .option('--confirm-overdue', 'with --due: also send messages that fell due while the computer was off')
    .option('--cancel', 'unschedule the message: it goes back to being a draft')
    .option('--mark-sent', 'an uncertain message did arrive (you found it in your Sent folder)')
    .option('--again', 'send an uncertain message again')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
A message with [add: …] gaps is never sent or scheduled: fill them in first.

Examples:
  $ followthrough send msg_3kq9x7m2ab                       # now
  $ followthrough send msg_3kq9x7m2ab --at                  # their next business-hours slot
  $ followthrough send msg_3kq9x7m2ab --at 2026-03-04T09:30 # 09:30 on their clock
  $ followthrough send --due                                # from cron, e.g. every 5 minutes
`,
    )
    .action(async (id: string | undefined, flags: SendFlags) => {
      const actions = [flags.at !== undefined, flags.cancel, flags.markSent, flags.again].filter(Boolean).length;
      if (flags.due) {
        if (id || actions > 0)
          throw badInput([
            {
              field: '--due',
              message: 'sends every due message: give no message id or other action with it',
              example: 'followthrough send --due',
            },
          ]);
        const api = await ctx.api();
        const run = await api.delivery.runDue({ confirmOverdue: flags.confirmOverdue });
        if (flags.json) return printJson(ctx.io, run);
        ctx.io.out(dueRunText(run, (await api.profile.get()).timeZone || 'UTC'));
        return;
      }
      if (!id)
        throw new AppError(
          'bad-input',
          'give the message to send (followthrough send MESSAGE_ID), or --due to send what is due',
        );
      if (flags.confirmOverdue) throw badInput([{ field: '--confirm-overdue', message: 'goes with --due' }]);
      if (actions > 1) throw badInput([{ field: '--at', message: 'give one of --at, --cancel, --mark-sent, --again' }]);
      const api = await ctx.api();
      try {
        if (flags.at !== undefined) {
          const { message, at } = await api.delivery.schedule(id, flags.at === true ? {} : { at: flags.at });
          if (flags.json) return printJson(ctx.io, { message, at });
          ctx.io.out(
            `Scheduled ${id} for ${atLocal(at.at, at.timeZone)} (their time). It goes out while \`followthrough serve\` runs, or when \`followthrough send --due\` runs from cron. Unschedule: followthrough send ${id} --cancel\n`,
          );
          return;
        }
        if (flags.cancel) {
          const message = await api.delivery.unschedule(id);
          if (flags.json) return printJson(ctx.io, message);
          ctx.io.out(`Unscheduled ${id}: it is a draft again.\n`);
          return;
        }
        const outcome =
          flags.markSent || flags.again
            ? await api.delivery.resolve(id, flags.markSent ? 'sent' : 'again')
            : await api.delivery.send(id);
        if (flags.json) return printJson(ctx.io, outcome);
        ctx.io.out(outcomeText(outcome, (await api.profile.get()).timeZone || 'UTC'));
      } catch (error) {
        throw messageProblems(error);
      }
    });
}
