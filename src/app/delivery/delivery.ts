// What a user does with a finished message: send it now, schedule it, take it back, resolve an
// uncertain send, or take it elsewhere as an .eml file or a mailto: link.
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Mailbox } from '../../channels/email/types.js';
import { AppError, badInput, type FieldProblem, problemText } from '../../core/errors.js';
import { mailtoLink } from '../../core/mail/mailto.js';
import { OVERDUE_AFTER_MINUTES } from '../../core/mail/retry.js';
import { type SendSlot, suggestSendTime } from '../../core/mail/send-time.js';
import type { Id } from '../../core/model.js';
import { isLocalDateTime } from '../../core/time.js';
import { EDITABLE_STATUSES, type StoredMessage } from '../../store/repos/message-repo.js';
import type { AppContext } from '../context.js';
import { holidayCalendar } from '../follow-ups/holiday-calendars.js';
import { parseInput } from '../validate.js';
import { getSmtpSettingsView, noSmtpSettings, type SmtpSettingsView } from './mail-settings.js';
import { loadMessage, type PreparedEmail, prepareEmail } from './outgoing.js';
import { type DeliveryOutcome, deliverOne, mailerSession } from './sending.js';

/** Everything the delivery panel shows for one message. */
export interface DeliveryView {
  message: StoredMessage;
  /** Not yet on its way, so it can still be edited, sent or scheduled. */
  editable: boolean;
  recipient: { name: string; email: string | null } | null;
  /** Why it cannot be sent or scheduled now (gaps, no address ...); empty when it can. */
  problems: string[];
  gaps: string[];
  smtp: SmtpSettingsView;
  /** When to schedule it by default: the touch's time if still ahead, inside their business hours. */
  suggested: SendSlot;
  /** True when it is queued and its time passed long ago (the computer was off): it waits for the user. */
  overdue: boolean;
  mailto: string;
}

async function senderFor(ctx: AppContext, smtp: SmtpSettingsView): Promise<{ from: Mailbox | null; bccSelf: boolean }> {
  if (smtp.configured) return { from: { name: smtp.fromName, address: smtp.fromAddress }, bccSelf: smtp.bccSelf };
  const profile = await ctx.repos.profile.get();
  return { from: profile?.email ? { name: profile.name, address: profile.email } : null, bccSelf: false };
}

async function prepared(ctx: AppContext, id: Id): Promise<{ p: PreparedEmail; smtp: SmtpSettingsView }> {
  const smtp = await getSmtpSettingsView(ctx);
  return { p: await prepareEmail(ctx.repos, ctx, id, await senderFor(ctx, smtp)), smtp };
}

async function suggestion(ctx: AppContext, p: PreparedEmail): Promise<SendSlot> {
  const now = ctx.clock.now().toISOString();
  const touch = p.message.touchId ? await ctx.repos.touches.get(p.message.touchId) : undefined;
  const from = touch && touch.dueAt > now ? touch.dueAt : now;
  return suggestSendTime(from, p.timeZone, await holidayCalendar(p.record.country));
}

export const isOverdue = (m: StoredMessage, now: Date): boolean => {
  if (m.status !== 'queued' || !m.scheduledAt) return false;
  const due = m.nextAttemptAt && m.nextAttemptAt > m.scheduledAt ? m.nextAttemptAt : m.scheduledAt;
  return Date.parse(due) < now.getTime() - OVERDUE_AFTER_MINUTES * 60_000;
};

export async function deliveryView(ctx: AppContext, id: Id): Promise<DeliveryView> {
  const { p, smtp } = await prepared(ctx, id);
  return {
    message: p.message,
    editable: EDITABLE_STATUSES.includes(p.message.status),
    recipient: p.contact ? { name: p.contact.name, email: p.contact.email } : null,
    problems: p.problems.map((x) => `${label(x.field)} ${x.message}`),
    gaps: p.gaps,
    smtp,
    suggested: await suggestion(ctx, p),
    overdue: isOverdue(p.message, ctx.clock.now()),
    mailto: mailtoLink({ to: p.email.to?.address ?? null, subject: p.email.subject, body: p.email.text }),
  };
}

const LABELS: Record<string, string> = {
  body: 'The message',
  to: 'Recipient:',
  subject: 'The subject',
  format: 'The format',
  from: 'Your From address',
  fromName: 'Your From name',
};
const label = (field: string) => LABELS[field] ?? field;

/** A problem with a message as a sentence ("The message still has a gap ..."), for front ends. */
export const deliveryProblemText = (p: FieldProblem): string =>
  `${p.field === 'at' ? 'The time' : label(p.field)} ${problemText(p)}`;

/** Refuses what must not be sent or scheduled, naming each reason; records the Message-ID once. */
async function readyToQueue(ctx: AppContext, id: Id, smtpNeeded: boolean): Promise<PreparedEmail> {
  const p = await checkReady(ctx, id, smtpNeeded);
  await recordThreadHeaders(ctx, id, p);
  return p;
}

/** readyToQueue's refusals, writing nothing: a caller with more to check records the headers after. */
async function checkReady(ctx: AppContext, id: Id, smtpNeeded: boolean): Promise<PreparedEmail> {
  const { p, smtp } = await prepared(ctx, id);
  if (p.problems.length > 0) throw badInput(p.problems);
  if (smtpNeeded && !smtp.configured) throw noSmtpSettings();
  if (!EDITABLE_STATUSES.includes(p.message.status)) throw alreadyMoving(p.message);
  return p;
}

async function recordThreadHeaders(ctx: AppContext, id: Id, p: PreparedEmail): Promise<void> {
  await ctx.repos.delivery.setThreadHeaders(
    id,
    { messageId: p.email.messageId, inReplyTo: p.email.inReplyTo },
    ctx.clock.now().toISOString(),
  );
}

const alreadyMoving = (m: StoredMessage): AppError =>
  m.status === 'sent'
    ? new AppError(
        'conflict',
        `Message ${m.id} was already sent${m.sentAt ? ` on ${m.sentAt}` : ''}${m.sentTo ? ` to ${m.sentTo}` : ''}.`,
      )
    : m.status === 'queued'
      ? new AppError('conflict', `Message ${m.id} is already scheduled for ${m.scheduledAt}.`, [], {
          action: 'message.unschedule',
          id: m.id,
        })
      : m.status === 'uncertain'
        ? new AppError('conflict', `Message ${m.id} may already have been sent.`, [], {
            action: 'message.resolve',
            id: m.id,
          })
        : new AppError('conflict', `Message ${m.id} is being sent right now.`);

/** Sends now: queued for this moment and handed to the server at once, the same safe way the scheduler does. */
export async function sendNow(ctx: AppContext, id: Id): Promise<DeliveryOutcome> {
  await readyToQueue(ctx, id, true);
  const now = ctx.clock.now().toISOString();
  if (!(await ctx.repos.delivery.queue(id, now, now))) throw alreadyMoving(await loadMessage(ctx.repos, id));
  const session = mailerSession(ctx);
  let outcome: DeliveryOutcome;
  try {
    outcome = await deliverOne(ctx, session, id, true);
  } catch (error) {
    // Refused before anything was claimed (the password cannot be read, say): a draft again, not
    // left queued for a scheduler to send later without the user knowing.
    await ctx.repos.delivery.unqueue(id, ctx.clock.now().toISOString());
    throw error;
  } finally {
    session.close();
  }
  if (outcome.status === 'failed')
    throw new AppError('failure', `Not sent: ${outcome.reason} The message is unchanged; edit it or try again.`);
  return outcome;
}

export const scheduleInput = z.object({
  /** ISO instant with Z or an offset, or "YYYY-MM-DDTHH:MM" on the recipient's clock; absent: the suggestion. */
  at: z.string().trim().max(40).optional(),
});

/** Queues a message for `at` (or the suggested time in the recipient's business hours). */
export async function scheduleMessage(
  ctx: AppContext,
  id: Id,
  raw: z.input<typeof scheduleInput> = {},
): Promise<{ message: StoredMessage; at: SendSlot }> {
  const input = parseInput(scheduleInput, raw);
  // A time that is refused below must leave the message as it was: the headers are recorded last.
  const p = await checkReady(ctx, id, true);
  const now = ctx.clock.now();
  let slot = input.at ? parseWhen(input.at, p.timeZone) : await suggestion(ctx, p);
  // "Now is a good time" as a schedule means the next minute: the scheduler picks it up at once.
  if (!input.at && Date.parse(slot.at) <= now.getTime()) {
    const soon = new Date(now.getTime() + 60_000).toISOString();
    slot = suggestSendTime(soon, p.timeZone, await holidayCalendar(p.record.country));
  }
  if (Date.parse(slot.at) <= now.getTime())
    throw badInput([
      {
        field: 'at',
        message: `${input.at ?? 'the suggested time'} has already passed`,
        example: slot.local.slice(0, 10),
      },
    ]);
  if (Date.parse(slot.at) > now.getTime() + 366 * 86_400_000)
    throw badInput([{ field: 'at', message: 'is more than a year ahead' }]);
  await recordThreadHeaders(ctx, id, p);
  if (!(await ctx.repos.delivery.queue(id, slot.at, now.toISOString())))
    throw alreadyMoving(await loadMessage(ctx.repos, id));
  return { message: await loadMessage(ctx.repos, id), at: slot };
}

function parseWhen(at: string, timeZone: string): SendSlot {
  const example = '2026-03-04T09:30 (their local time) or 2026-03-04T08:30:00Z';
  try {
    const instant = /[zZ]|[+-]\d\d:\d\d$/.test(at)
      ? Temporal.Instant.from(at)
      : isLocalDateTime(at)
        ? Temporal.PlainDateTime.from(at).toZonedDateTime(timeZone).toInstant()
        : null;
    if (!instant) throw new Error('bad');
    const zoned = instant.toZonedDateTimeISO(timeZone);
    return {
      at: new Date(instant.epochMilliseconds).toISOString(),
      local: zoned.toPlainDateTime().toString().slice(0, 16),
      timeZone,
    };
  } catch {
    throw badInput([{ field: 'at', message: 'must be a date and time', example }]);
  }
}

export async function unscheduleMessage(ctx: AppContext, id: Id): Promise<StoredMessage> {
  const message = await loadMessage(ctx.repos, id);
  if (!(await ctx.repos.delivery.unqueue(id, ctx.clock.now().toISOString())))
    throw new AppError('conflict', `Message ${id} is not scheduled (it is ${message.status}).`);
  return loadMessage(ctx.repos, id);
}

/** The user's answer for an uncertain message: it did arrive (`sent`), or send it again now (`again`). */
export async function resolveUncertain(ctx: AppContext, id: Id, answer: 'sent' | 'again'): Promise<DeliveryOutcome> {
  const message = await loadMessage(ctx.repos, id);
  const now = ctx.clock.now().toISOString();
  if (answer === 'sent') {
    if (!(await ctx.repos.delivery.resolveUncertainAsSent(id, message.updatedAt, now)))
      throw new AppError('conflict', `Message ${id} is not uncertain (it is ${message.status}).`);
    return { id, status: 'sent', sentTo: message.sentTo ?? undefined, sentAt: message.updatedAt };
  }
  if (!(await ctx.repos.delivery.requeueUncertain(id, now)))
    throw new AppError('conflict', `Message ${id} is not uncertain (it is ${message.status}).`);
  return deliverNowOrThrow(ctx, id);
}

/** An overdue message the user confirmed: it goes now. */
export async function confirmOverdue(ctx: AppContext, id: Id): Promise<DeliveryOutcome> {
  const message = await loadMessage(ctx.repos, id);
  const now = ctx.clock.now().toISOString();
  if (!(await ctx.repos.delivery.rescheduleQueued(id, now, now)))
    throw new AppError('conflict', `Message ${id} is not waiting to be sent (it is ${message.status}).`);
  return deliverNowOrThrow(ctx, id);
}

async function deliverNowOrThrow(ctx: AppContext, id: Id): Promise<DeliveryOutcome> {
  const session = mailerSession(ctx);
  try {
    const outcome = await deliverOne(ctx, session, id, true);
    if (outcome.status === 'failed') throw new AppError('failure', `Not sent: ${outcome.reason}`);
    return outcome;
  } finally {
    session.close();
  }
}

export interface EmlFile {
  fileName: string;
  content: Buffer;
  /** Shown to the user (stderr, or on the page): e.g. gaps still in the text. */
  warnings: string[];
}

export async function exportEml(ctx: AppContext, id: Id): Promise<EmlFile> {
  const { p } = await prepared(ctx, id);
  const hard = p.problems.filter(
    (x) => (x.field === 'subject' || x.field === 'to' || x.field.startsWith('from')) && /control/.test(x.message),
  );
  if (hard.length > 0) throw badInput(hard);
  const warnings = p.problems.filter((x) => !hard.includes(x)).map((x) => `${label(x.field)} ${x.message}`);
  if (!p.email.from) warnings.push('There is no From address: your mail client fills in yours.');
  const { composeEml } = await import('../../channels/email/mime.js');
  const content = await composeEml(p.email);
  const who = (p.contact?.name || 'message')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return { fileName: `${p.message.kind}-${who || 'message'}.eml`, content, warnings };
}

export async function mailto(ctx: AppContext, id: Id): Promise<{ href: string; warnings: string[] }> {
  const view = await deliveryView(ctx, id);
  return { href: view.mailto, warnings: view.problems };
}
