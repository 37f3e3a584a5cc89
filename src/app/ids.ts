import { randomBytes } from 'node:crypto';

// Crockford base32 without look-alikes: ids are typed by hand on the command line.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A short random id such as "iv_3kq9x7m2ab": 50 bits, prefix says what it is. */
export function randomId(prefix: string): string {
  const bytes = randomBytes(10);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return `${prefix}_${out}`;
}
