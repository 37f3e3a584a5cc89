// Handing one queued message to the mail server, safely: claim it (the intent, one atomic UPDATE),
// talk to the server, then record what the server said. A crash between the two leaves the message
// in "sending", which a later run turns into "uncertain" for the user, never into a second send.
import { type Mailer, SendFailure } from '../../channels/email/types.js';
import { nextAttemptAt } from '../../core/mail/retry.js';
import type { Id } from '../../core/model.js';
import { isOpenTouch } from '../../core/plan/index.js';
import type { AppContext } from '../context.js';
import { markTouchDone } from '../follow-ups/follow-ups.js';
import { smtpConnection } from './mail-settings.js';
import { prepareEmail } from './outgoing.js';

export interface DeliveryOutcome {
  id: Id;
  status: 'sent' | 'retrying' | 'failed' | 'skipped';
  /** For sent: the address it went to. */
  sentTo?: string;
  sentAt?: string;
  /** For retrying and failed: the server's reason, written for the user. */
  reason?: string;
  nextAttemptAt?: string;
  kind?: SendFailure['kind'];
}

/** One SMTP connection per run, opened only when something is actually due. */
export interface MailerSession {
  mailer(): Promise<Mailer>;
  close(): void;
}

export function mailerSession(ctx: AppContext): MailerSession {
  let opened: Promise<Mailer> | undefined;
  return {
    mailer: () => {
      opened ??= (async () => {
        const { connection } = await smtpConnection(ctx);
        const connect = ctx.mail?.connect ?? (await import('../../channels/email/smtp.js')).connectSmtp;
        return connect(connection);
      })();
      return opened;
    },
    close: () => {
      opened?.then((m) => m.close()).catch(() => {});
    },
  };
}

/**
 * Sends one queued, due message. `interactive`: the user is waiting (send now), so an unreachable
 * server fails at once with a message instead of being retried in the background.
 */
export async function deliverOne(
  ctx: AppContext,
  session: MailerSession,
  id: Id,
  interactive: boolean,
): Promise<DeliveryOutcome> {
  const repos = ctx.repos;
  const { settings } = await smtpConnection(ctx);
  const prepared = await prepareEmail(repos, ctx, id, {
    from: { name: settings.fromName, address: settings.fromAddress },
    bccSelf: settings.bccSelf,
  });
  const to = prepared.email.to?.address ?? '';
  const claimedAt = ctx.clock.now().toISOString();
  if (!(await repos.delivery.claim(id, to, claimedAt))) return { id, status: 'skipped' };
  // Claimed: from here on every path ends in sent, retrying or failed (or a crash: uncertain).
  if (prepared.problems.length > 0 || !prepared.email.to) {
    const reason = prepared.problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    await repos.delivery.markFailed(id, reason, claimedAt);
    return { id, status: 'failed', reason };
  }
  try {
    const mailer = await session.mailer();
    const receipt = await mailer.send(prepared.email);
    const now = ctx.clock.now().toISOString();
    if (receipt.rejected.map((a) => a.toLowerCase()).includes(to.toLowerCase())) {
      const reason = `The server refused the recipient ${to}${receipt.response ? ` ("${receipt.response}")` : ''}.`;
      await repos.delivery.markFailed(id, reason, now);
      return { id, status: 'failed', reason, kind: 'permanent' };
    }
    await repos.delivery.markSent(id, now, now);
    await afterSent(ctx, prepared.message.touchId);
    return { id, status: 'sent', sentTo: to, sentAt: now };
  } catch (error) {
    const failure =
      error instanceof SendFailure
        ? error
        : new SendFailure('network', `Sending failed: ${(error as Error).message?.split('\n')[0] ?? 'unknown error'}`);
    return recordFailure(ctx, id, prepared.message.attempts + 1, failure, interactive);
  }
}

async function recordFailure(
  ctx: AppContext,
  id: Id,
  attempts: number,
  failure: SendFailure,
  interactive: boolean,
): Promise<DeliveryOutcome> {
  const now = ctx.clock.now();
  const retryable = failure.kind === 'temporary' || (failure.kind === 'network' && !interactive);
  const next = retryable ? nextAttemptAt(attempts, now) : null;
  if (next) {
    await ctx.repos.delivery.markRetry(id, { reason: failure.message, nextAttemptAt: next }, now.toISOString());
    return { id, status: 'retrying', reason: failure.message, nextAttemptAt: next, kind: failure.kind };
  }
  const reason = retryable ? `${failure.message} Gave up after ${attempts} tries.` : failure.message;
  await ctx.repos.delivery.markFailed(id, reason, now.toISOString());
  return { id, status: 'failed', reason, kind: failure.kind };
}

/** The touch the message was written for is done, and the plan takes the send into account. */
async function afterSent(ctx: AppContext, touchId: Id | null): Promise<void> {
  if (!touchId) return;
  try {
    const touch = await ctx.repos.touches.get(touchId);
    if (touch && isOpenTouch(touch)) await markTouchDone(ctx, touchId);
  } catch (error) {
    // The message is sent and recorded as such; the plan catches up on the next change.
    ctx.mail?.log?.(`Sent, but could not mark the touch ${touchId} done: ${(error as Error).message}`);
  }
}
