// The scheduler `followthrough serve` runs beside the web app: due email goes out every minute,
// and what needs the user (uncertain, overdue, a problem) is said once on stderr.
import type { FollowThrough, RunningScheduler } from '../../app/index.js';
import type { CliContext } from '../context.js';
import { dueRunText } from '../delivery/delivery-text.js';

export function startServeScheduler(ctx: CliContext, api: FollowThrough): Promise<RunningScheduler> {
  let lastProblem: string | null = null;
  let lastOverdue = '';
  return api.delivery.startScheduler({
    report: (run) => {
      const news =
        run.outcomes.some((o) => o.status !== 'skipped') ||
        run.newlyUncertain > 0 ||
        (run.problem !== null && run.problem !== lastProblem) ||
        run.overdue.join() !== lastOverdue;
      lastProblem = run.problem;
      lastOverdue = run.overdue.join();
      if (news) ctx.io.err(`email: ${dueRunText(run, 'UTC').trimEnd().replace(/\n/g, '\nemail: ')} (see /outbox)\n`);
    },
    onError: (error) => ctx.io.err(`email: the scheduler failed: ${(error as Error).message}\n`),
  });
}
