// A saved message turned into the email that would leave: recipient from its contact, sender from
// the SMTP settings (or the profile), our own Message-ID, and for a check-in the thread of what was
// already sent to that person. Also says what stops it from being sent, each with how to fix it.
import type { Mailbox, OutgoingEmail } from '../../channels/email/types.js';
import { type FieldProblem, notFound } from '../../core/errors.js';
import { addressProblems, headerTextProblems, messageIdFor } from '../../core/mail/headers.js';
import type { Contact, Id, InterviewRecord } from '../../core/model.js';
import { gapsIn } from '../../core/notes/compose/words.js';
import type { Repos } from '../../store/repos/index.js';
import type { StoredMessage } from '../../store/repos/message-repo.js';
import type { AppContext } from '../context.js';
import { loadRecord } from '../interviews/records.js';

export interface PreparedEmail {
  message: StoredMessage;
  contact: Contact | null;
  record: InterviewRecord;
  /** The recipient's time zone: the contact's, else the interview's. */
  timeZone: string;
  email: OutgoingEmail;
  /** Why it cannot be sent (or scheduled) as it is; empty when it can. */
  problems: FieldProblem[];
  /** The `[add: …]` gaps still in the subject or body. */
  gaps: string[];
}

/** Kinds that reply in the thread of what was sent before. */
const THREADED = new Set(['check-in']);

export async function loadMessage(repos: Repos, id: Id): Promise<StoredMessage> {
  const message = await repos.messages.get(id);
  if (!message) throw notFound('message', id);
  return message;
}

export async function prepareEmail(
  repos: Repos,
  ctx: AppContext,
  id: Id,
  sender: { from: Mailbox | null; bccSelf: boolean },
): Promise<PreparedEmail> {
  const message = await loadMessage(repos, id);
  const record = await loadRecord(repos, message.interviewId);
  const contact = message.contactId ? ((await repos.contacts.get(message.contactId)) ?? null) : null;
  const to = contact?.email ? { name: contact.name, address: contact.email } : null;
  const thread =
    contact && THREADED.has(message.kind)
      ? (await repos.delivery.threadMessageIds(message.opportunityId, contact.id)).filter(
          (m) => m !== message.headerMessageId,
        )
      : [];
  const unique = `${ctx.newId('ft')}.${ctx.clock.now().getTime().toString(36)}`;
  const email: OutgoingEmail = {
    from: sender.from,
    to,
    bcc: sender.bccSelf && sender.from ? sender.from.address : null,
    subject: message.subject.trim(),
    text: message.body.replace(/\r\n?/g, '\n'),
    messageId: message.headerMessageId ?? messageIdFor(unique, sender.from?.address ?? to?.address ?? ''),
    inReplyTo: message.inReplyTo ?? thread.at(-1) ?? null,
    references: message.inReplyTo && !thread.includes(message.inReplyTo) ? [...thread, message.inReplyTo] : thread,
    date: ctx.clock.now(),
  };
  const gaps = gapsIn(`${message.subject}\n${message.body}`);
  return {
    message,
    contact,
    record,
    timeZone: contact?.timeZone ?? record.timeZone,
    email,
    gaps,
    problems: sendingProblems(message, contact, email, gaps),
  };
}

function sendingProblems(
  message: StoredMessage,
  contact: Contact | null,
  email: OutgoingEmail,
  gaps: string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (message.format !== 'email')
    problems.push({ field: 'format', message: `is ${message.format}: only an email can be sent by email` });
  if (gaps.length > 0)
    problems.push({
      field: 'body',
      message: `still has ${gaps.length === 1 ? 'a gap' : `${gaps.length} gaps`} to fill (${gaps.map((g) => `[add: ${g}]`).join(', ')}): edit the message and replace ${gaps.length === 1 ? 'it' : 'them'} with your own words first`,
    });
  if (!contact) problems.push({ field: 'to', message: 'the message has no recipient' });
  else if (!contact.email)
    problems.push({
      field: 'to',
      message: `${contact.name || 'the recipient'} has no email address: add it to the interview`,
      example: 'Dana Reyes <dana@acme.example>',
      hint: { action: 'interview.edit', id: message.interviewId },
    });
  else problems.push(...addressProblems('to', contact.email), ...headerTextProblems('to', contact.name, 200));
  if (!email.subject) problems.push({ field: 'subject', message: 'is empty: an email needs a subject' });
  problems.push(...headerTextProblems('subject', email.subject));
  if (email.from)
    problems.push(...addressProblems('from', email.from.address), ...headerTextProblems('fromName', email.from.name));
  return problems;
}
