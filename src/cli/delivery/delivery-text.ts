// How delivery results read on a terminal, and delivery's bad input told without flag names (the
// problems are about the message, not about anything typed on this command line).
import type { DeliveryOutcome, DueRun, OutboxItem } from '../../app/index.js';
import { AppError, problemText } from '../../core/errors.js';
import { withHint } from '../hints.js';
import { cell, table } from '../output.js';
import { atLocal } from '../when.js';

const NOUNS: Record<string, string> = {
  body: 'The message',
  subject: 'The subject',
  to: 'The recipient:',
  format: 'The format',
  from: 'Your From address (settings smtp --from)',
  fromName: 'Your From name (settings smtp --from-name)',
};

/** Bad input about the message itself, as sentences instead of "--body ...". */
export function messageProblems(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== 'bad-input' || error.problems.length === 0) return error;
  if (error.problems.some((p) => p.field === 'at')) return error;
  const lines = error.problems.map((p) => withHint(`${NOUNS[p.field] ?? p.field} ${problemText(p)}`, p.hint));
  return new AppError('bad-input', lines.join('\nerror: '));
}

const SCHEDULER = 'the scheduler (while `followthrough serve` runs, or `followthrough send --due` from cron)';

export function outcomeText(o: DeliveryOutcome, timeZone: string): string {
  switch (o.status) {
    case 'sent':
      return `Sent ${o.id} to ${o.sentTo}${o.sentAt ? ` at ${atLocal(o.sentAt, timeZone)}` : ''}.\n`;
    case 'retrying':
      return `Not sent yet: ${o.reason} It will be tried again at ${atLocal(o.nextAttemptAt ?? '', timeZone)} by ${SCHEDULER}.\n`;
    case 'failed':
      return `Not sent: ${o.reason}\n`;
    default:
      return `${o.id} was already taken by another scheduler.\n`;
  }
}

export function dueRunText(run: DueRun, timeZone: string): string {
  const lines: string[] = [];
  if (run.problem) lines.push(`Nothing sent: ${run.problem}`);
  for (const o of run.outcomes) if (o.status !== 'skipped') lines.push(outcomeText(o, timeZone).trimEnd());
  if (run.newlyUncertain > 0)
    lines.push(
      `${run.newlyUncertain} message(s) were interrupted while being sent and may or may not have arrived: see \`followthrough outbox\`, then \`followthrough send ID --mark-sent\` or \`--again\`.`,
    );
  if (run.overdue.length > 0)
    lines.push(
      `${run.overdue.length} message(s) fell due while Follow-Through was not running and were NOT sent: ${run.overdue.join(', ')}. Send them with \`followthrough send --due --confirm-overdue\`, or unschedule with \`followthrough send ID --cancel\`.`,
    );
  if (lines.length === 0) lines.push('Nothing due.');
  return `${lines.join('\n')}\n`;
}

const STATE_WORDS: Record<OutboxItem['state'], string> = {
  uncertain: 'UNCERTAIN',
  overdue: 'overdue',
  failed: 'failed',
  sending: 'sending',
  queued: 'scheduled',
};

export function outboxText(items: OutboxItem[], timeZone: string): string {
  if (items.length === 0) return 'The outbox is empty: nothing scheduled, nothing waiting for you.\n';
  const rows = items.map((i) => [
    i.message.id,
    STATE_WORDS[i.state],
    i.message.scheduledAt ? atLocal(i.message.scheduledAt, timeZone) : '-',
    cell(i.recipient ? `${i.recipient.name} <${i.recipient.email ?? 'no email'}>` : '-', 40),
    cell(i.message.deliveryError || i.message.subject, 70),
  ]);
  return `${table(['ID', 'STATE', 'WHEN', 'TO', 'NOTE'], rows)}
Uncertain: check your Sent folder, then \`followthrough send ID --mark-sent\` or \`followthrough send ID --again\`.
Overdue: \`followthrough send --due --confirm-overdue\` sends them; \`followthrough send ID --cancel\` keeps one as a draft.
`;
}
