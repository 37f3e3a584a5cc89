// The local scheduler: sends what has fallen due, once per run (`send --due`, for cron) or every
// minute while the server (`serve`) runs. Interrupted sends become uncertain; messages whose time
// passed long ago (the computer was off) wait for the user rather than going out unannounced.
import { SENDING_LEASE_MINUTES } from '../../core/mail/retry.js';
import type { Contact, Id } from '../../core/model.js';
import type { StoredMessage } from '../../store/repos/message-repo.js';
import type { AppContext } from '../context.js';
import { isOverdue } from './delivery.js';
import { type DeliveryOutcome, deliverOne, mailerSession } from './sending.js';

export interface DueRun {
  /** What was handed to the server (or failed, or will be retried) in this run. */
  outcomes: DeliveryOutcome[];
  /** Due long ago and not sent: they wait for `--confirm-overdue` or the Outbox page. */
  overdue: Id[];
  /** Interrupted sends found by this run, now uncertain. */
  newlyUncertain: number;
  /** A problem that stopped the whole run (no SMTP settings, say); the messages stay queued. */
  problem: string | null;
}

const INTERRUPTED =
  'The app stopped while this message was being handed to the mail server: it may or may not have been sent. Check your Sent folder, then mark it sent or send it again.';

export async function runDue(ctx: AppContext, options: { confirmOverdue?: boolean } = {}): Promise<DueRun> {
  const repos = ctx.repos;
  const now = ctx.clock.now();
  const staleBefore = new Date(now.getTime() - SENDING_LEASE_MINUTES * 60_000).toISOString();
  const newlyUncertain = await repos.delivery.markStaleSendingUncertain(staleBefore, INTERRUPTED);
  const run: DueRun = { outcomes: [], overdue: [], newlyUncertain, problem: null };
  const ids = await repos.delivery.dueIds(now.toISOString());
  if (ids.length === 0) return run;
  const session = mailerSession(ctx);
  try {
    for (const id of ids) {
      const message = await repos.messages.get(id);
      if (message && isOverdue(message, now)) {
        if (!options.confirmOverdue) {
          run.overdue.push(id);
          continue;
        }
        await repos.delivery.rescheduleQueued(id, now.toISOString(), now.toISOString());
      }
      try {
        run.outcomes.push(await deliverOne(ctx, session, id, false));
      } catch (error) {
        // Nothing was claimed (settings missing, say): every message stays queued; stop here.
        run.problem = (error as Error).message;
        break;
      }
    }
  } finally {
    session.close();
  }
  return run;
}

export type OutboxState = 'queued' | 'overdue' | 'sending' | 'uncertain' | 'failed';

export interface OutboxItem {
  message: StoredMessage;
  state: OutboxState;
  recipient: Pick<Contact, 'name' | 'email'> | null;
  company: string;
  role: string;
}

/** Messages on their way or needing the user: uncertain and overdue first. */
export async function outbox(ctx: AppContext): Promise<OutboxItem[]> {
  const repos = ctx.repos;
  const now = ctx.clock.now();
  const items: OutboxItem[] = [];
  for (const message of await repos.delivery.outbox()) {
    const contact = message.contactId ? await repos.contacts.get(message.contactId) : undefined;
    const opportunity = await repos.opportunities.get(message.opportunityId);
    const state: OutboxState = isOverdue(message, now) ? 'overdue' : (message.status as OutboxState);
    items.push({
      message,
      state,
      recipient: contact ? { name: contact.name, email: contact.email } : null,
      company: opportunity?.company ?? '',
      role: opportunity?.role ?? '',
    });
  }
  const rank: Record<OutboxState, number> = { uncertain: 0, overdue: 1, failed: 2, sending: 3, queued: 4 };
  return items.sort((a, b) => rank[a.state] - rank[b.state]);
}

export interface RunningScheduler {
  stop(): Promise<void>;
}

/** Runs `runDue` now and then every `intervalMs`, never two runs at once. */
export function startScheduler(
  ctx: AppContext,
  options: { intervalMs?: number; report?: (run: DueRun) => void; onError?: (error: unknown) => void } = {},
): RunningScheduler {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = runDue(ctx)
      .then((run) => options.report?.(run))
      .catch((error) => options.onError?.(error))
      .finally(() => {
        busy = false;
      });
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
