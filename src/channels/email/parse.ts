// Reads one raw message (an .eml file, an IMAP fetch, a pasted text) into the few fields the inbox
// needs (issue 16). A real MIME parser (mailparser) does the decoding: encoded words, quoted-printable,
// base64, charsets, HTML-only mail turned into text. Nothing here touches the disk or the network.
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import type { Mailbox } from './types.js';

/** Bigger than any employer's reply with a calendar invitation; a mailbox export is refused, not read. */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export interface CalendarPart {
  /** The iCalendar METHOD (REQUEST, CANCEL, ...) upper-cased, or null when the part names none. */
  method: string | null;
  /** The part's text, as sent: read it with ical.js (channels/calendar). */
  ics: string;
}

export interface IncomingEmail {
  /** "<id@host>" as in the header, or null for a pasted text or a message without one. */
  messageId: string | null;
  inReplyTo: string | null;
  /** Oldest first, each "<id@host>". */
  references: string[];
  from: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  subject: string;
  /** The Date header, or null when it is missing or not a date. */
  date: Date | null;
  /** The plain text: the text part, else text derived from the HTML part. */
  text: string;
  calendars: CalendarPart[];
  /** Names of other attachments (the inbox keeps none of their bytes). */
  attachmentNames: string[];
}

export class UnreadableEmail extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableEmail';
  }
}

/** Parses a raw RFC 5322 message. A text with no header block is read as a pasted body. */
export async function parseEmail(raw: Buffer | string): Promise<IncomingEmail> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  if (bytes.length === 0) throw new UnreadableEmail('the message is empty');
  if (bytes.length > MAX_MESSAGE_BYTES) {
    throw new UnreadableEmail(`the message is ${bytes.length} bytes; the limit is ${MAX_MESSAGE_BYTES}`);
  }
  if (!looksLikeHeaders(bytes)) return pastedText(bytes.toString('utf8'));
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(bytes, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  } catch (error) {
    throw new UnreadableEmail(`not a readable email: ${(error as Error).message}`);
  }
  return fromParsed(parsed);
}

function fromParsed(parsed: ParsedMail): IncomingEmail {
  const calendars: CalendarPart[] = [];
  const attachmentNames: string[] = [];
  for (const attachment of parsed.attachments) {
    if (attachment.contentType.toLowerCase() === 'text/calendar') {
      const ics = attachment.content.toString('utf8');
      calendars.push({ method: calendarMethod(attachment.contentType, ics), ics });
    } else if (attachment.filename) {
      attachmentNames.push(attachment.filename);
    }
  }
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null;
  return {
    messageId: parsed.messageId ?? null,
    inReplyTo: firstId(parsed.inReplyTo),
    references: idList(parsed.references),
    from: mailboxes(parsed.from)[0] ?? null,
    to: mailboxes(parsed.to),
    cc: mailboxes(parsed.cc),
    subject: (parsed.subject ?? '').trim(),
    date,
    text: normaliseText(parsed.text ?? ''),
    calendars,
    attachmentNames,
  };
}

/** A header block starts with "Name: value" lines; a pasted body usually does not. */
function looksLikeHeaders(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const firstLines = head.split(/\r?\n/, 6).filter((line) => line.trim() !== '');
  if (firstLines.length === 0) return false;
  const known =
    /^(from|to|subject|date|message-id|received|return-path|mime-version|delivered-to|x-[\w-]+|reply-to|cc|in-reply-to|references|content-type|dkim-signature|arc-[\w-]+|authentication-results):/i;
  return known.test(firstLines[0] ?? '');
}

function pastedText(text: string): IncomingEmail {
  return {
    messageId: null,
    inReplyTo: null,
    references: [],
    from: null,
    to: [],
    cc: [],
    subject: '',
    date: null,
    text: normaliseText(text.replace(/^\uFEFF/, '')),
    calendars: [],
    attachmentNames: [],
  };
}

function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .trim();
}

function calendarMethod(contentType: string, ics: string): string | null {
  const fromIcs = /^METHOD:([A-Za-z-]+)\s*$/m.exec(ics)?.[1];
  const fromType = /method=["']?([A-Za-z-]+)/i.exec(contentType)?.[1];
  return (fromIcs ?? fromType ?? '').toUpperCase() || null;
}

function firstId(value: string | undefined): string | null {
  return idList(value)[0] ?? null;
}

function idList(value: string | string[] | undefined): string[] {
  if (!value) return [];
  const joined = Array.isArray(value) ? value.join(' ') : value;
  return joined.match(/<[^<>\s]+>/g) ?? [];
}

function mailboxes(value: AddressObject | AddressObject[] | undefined): Mailbox[] {
  if (!value) return [];
  const objects = Array.isArray(value) ? value : [value];
  const out: Mailbox[] = [];
  const visit = (entries: AddressObject['value']) => {
    for (const entry of entries) {
      if (entry.group) visit(entry.group);
      else if (entry.address) out.push({ name: entry.name ?? '', address: entry.address.toLowerCase() });
    }
  };
  for (const object of objects) visit(object.value);
  return out;
}
