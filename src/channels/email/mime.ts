// The MIME form of a message: the same options for SMTP and for an .eml file, so what a user opens
// in their mail client is exactly what would have been sent.
import { encodeWord } from 'nodemailer/lib/mime-funcs';
import type { OutgoingEmail } from './types.js';

// Plain ASCII text that looks like an encoded word ("=?utf-8?B?...?=") would be decoded by the reader
// into something else; encoding it ourselves makes it arrive exactly as typed.
const protect = (s: string) => (s.includes('=?') ? encodeWord(s, 'B', 52) : s);

/** Nodemailer's message options. File and URL access are off: nothing here may read local files. */
export function messageOptions(email: OutgoingEmail) {
  return {
    ...(email.from && { from: { name: protect(email.from.name), address: email.from.address } }),
    ...(email.to && { to: [{ name: protect(email.to.name), address: email.to.address }] }),
    ...(email.bcc && { bcc: [email.bcc] }),
    subject: protect(email.subject),
    text: email.text,
    messageId: email.messageId,
    ...(email.inReplyTo && { inReplyTo: email.inReplyTo }),
    ...(email.references.length > 0 && { references: email.references }),
    date: email.date,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/**
 * The message as an RFC 5322 file. `X-Unsent: 1` makes Outlook and Apple Mail open it as a draft
 * ready to send; Bcc is kept so the mail client sends the copy too.
 */
export async function composeEml(email: OutgoingEmail): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  // An .eml file is read as it is (no SMTP server fixes its line ends): CRLF throughout, as RFC 5322 asks.
  const text = email.text.replace(/\r\n|\r|\n/g, '\r\n');
  const composer = new MailComposer({ ...messageOptions({ ...email, text }), headers: { 'X-Unsent': '1' } });
  const node = composer.compile();
  node.keepBcc = true;
  return node.build();
}
