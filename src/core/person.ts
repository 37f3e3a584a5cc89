// Parses how people are written on the command line: "Dana Reyes <dana@acme.example>",
// "dana@acme.example" or "Dana Reyes". Returns null for anything else so the caller can say why.

export interface PersonSpec {
  name: string;
  email: string | null;
}

// Deliberately strict: one @, no spaces, a dot in the domain. Enough to catch typos, not RFC 5322.
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;
// Control characters would let a name or address smuggle headers into an email later.
const CONTROL = /[\u0000-\u001f\u007f]/;

export const isEmail = (s: string): boolean => EMAIL.test(s);

export function parsePerson(input: string): PersonSpec | null {
  const s = input.trim();
  if (s === '' || CONTROL.test(s)) return null;
  const angled = /^(.*?)\s*<([^<>]*)>$/.exec(s);
  if (angled) {
    const name = (angled[1] ?? '')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim();
    const email = (angled[2] ?? '').trim();
    if (!isEmail(email) || /[<>]/.test(name)) return null;
    return { name, email: email.toLowerCase() };
  }
  if (s.includes('@')) return isEmail(s) ? { name: '', email: s.toLowerCase() } : null;
  if (/[<>]/.test(s)) return null;
  return { name: s.replace(/\s+/g, ' '), email: null };
}

/** How a person is shown: "Dana Reyes <dana@acme.example>", or whichever half is known. */
export function formatPerson(p: { name: string; email: string | null }): string {
  if (p.name && p.email) return `${p.name} <${p.email}>`;
  return p.name || p.email || '(unnamed)';
}
