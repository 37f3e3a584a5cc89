// What may go into an email header. A line break in a name or subject would let text become a
// header of its own (an extra Bcc:, say), so anything with a control character is refused with a
// message saying which field; everything else is left to the MIME encoder to quote or encode.
import type { FieldProblem } from '../errors.js';

// C0 and C1 controls (CR, LF, TAB, NUL, ESC ...), DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

// A plain addr-spec: dot-atom local part and a domain of DNS labels. No quoted local parts, no
// comments, no IP literals: rare in practice and easy to abuse.
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export const hasControl = (s: string): boolean => CONTROL.test(s);

export function isEmailAddress(s: string): boolean {
  return s.length <= 254 && ADDRESS.test(s) && (s.split('@')[0]?.length ?? 0) <= 64;
}

/** Problems with a display name or subject, for `field`; empty when it may go into a header. */
export function headerTextProblems(field: string, value: string, max = 998): FieldProblem[] {
  if (hasControl(value))
    return [{ field, message: 'contains a line break or control character, which cannot go into an email header' }];
  if (value.length > max) return [{ field, message: `is longer than ${max} characters` }];
  return [];
}

/** Problems with an address, for `field`; empty when it is a plain address. */
export function addressProblems(field: string, value: string): FieldProblem[] {
  if (hasControl(value)) return [{ field, message: 'contains a line break or control character' }];
  if (!isEmailAddress(value)) return [{ field, message: 'is not an email address', example: 'dana@acme.example' }];
  return [];
}

/** A Message-ID in angle brackets: unique part, then the sender's domain (RFC 5322 msg-id). */
export function messageIdFor(unique: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1]?.toLowerCase() || 'followthrough.invalid';
  return `<${unique.replace(/[^A-Za-z0-9.$_-]/g, '')}@${domain}>`;
}
