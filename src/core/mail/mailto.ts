// A mailto: link (RFC 6068) for people without SMTP settings: their own mail client opens with the
// recipient, subject and body filled in. Everything is percent-encoded as UTF-8; spaces are %20
// (never "+") and line breaks CRLF, as the RFC asks.
export interface MailtoInput {
  to: string | null;
  subject: string;
  body: string;
  cc?: string | null;
}

const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The address: RFC 6068 lets unreserved characters and some delimiters (+, !, ...) stay as they are. */
const encodeAddress = (address: string): string =>
  [...new TextEncoder().encode(address)]
    .map((b) => {
      const c = String.fromCharCode(b);
      return b < 128 && /[A-Za-z0-9\-._~!$'()*+,;:@]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');

export function mailtoLink(input: MailtoInput): string {
  const fields: string[] = [];
  if (input.cc) fields.push(`cc=${encodeAddress(input.cc)}`);
  if (input.subject) fields.push(`subject=${enc(input.subject)}`);
  if (input.body) fields.push(`body=${enc(input.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${input.to ? encodeAddress(input.to) : ''}${fields.length ? `?${fields.join('&')}` : ''}`;
}
