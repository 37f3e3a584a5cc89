// Fitting a fragment the candidate typed into a sentence without changing what it says: its trailing
// full stop off, a sentence-start capital lowered, "i" capitalised, the interviewer's "we"/"our"
// turned to "you"/"your" (the note is addressed to them), a determiner where English needs one, and
// the form a frame asks for (a noun phrase after "about", a clause after "that").
import {
  AUXILIARIES,
  CONJUNCTIONS,
  COUNT_NOUNS,
  DETERMINERS,
  MODALS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  VERB_BASE,
  VERB_ING,
  VERB_PAST,
} from './lexicon.js';
import { type FragmentShape, isPluralPhrase, needsDeterminer, shapeOf } from './shape.js';

/** Trailing punctuation and spaces off, inner spaces collapsed, a lone "i" capitalised. */
export function tidy(s: string | null | undefined): string {
  return (
    (s ?? '')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/^["“'‘]+|["”'’]+$/gu, '')
      .replace(/[.!;,:\s]+$/u, '')
      .replace(/(^|[\s(])i(?=$|[\s,;:)]|['’](?:m|ve|d|ll)\b)/gu, '$1I')
      // Day and month names typed in lower case ("every friday"); "may" and "march" are also verbs.
      .replace(
        /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)\b/gu,
        (w) => w.charAt(0).toUpperCase() + w.slice(1),
      )
  );
}

const COMMON_START = (w: string) =>
  DETERMINERS.has(w) ||
  SUBJECT_PRONOUNS.has(w) ||
  PREPOSITIONS.has(w) ||
  CONJUNCTIONS.has(w) ||
  MODALS.has(w) ||
  AUXILIARIES.has(w) ||
  VERB_BASE.has(w) ||
  VERB_PAST.has(w) ||
  VERB_ING.has(w) ||
  COUNT_NOUNS.has(w) ||
  w === 'to' ||
  w === 'how' ||
  w === 'why' ||
  /^(?:\p{Ll}+(?:ing|ed|ly|tion|ment|ness|ity|ers|ies))$/u.test(w);

/**
 * Names typed in lower case ("northwind is moving dispatch") written as recorded ("Northwind"): each
 * capitalised word of the names given, matched as a whole word, case-insensitively.
 */
export function withNameCase(s: string, names: readonly string[]): string {
  const words = new Map<string, string>();
  for (const name of names) {
    for (const w of name.split(/[\s,]+/u)) {
      if (/^\p{Lu}[\p{L}\p{M}'’-]{2,}$/u.test(w) && !COMMON_START(w.toLowerCase())) words.set(w.toLowerCase(), w);
    }
  }
  if (words.size === 0) return s;
  return s.replace(/[\p{L}\p{M}'’-]+/gu, (w) => (w === w.toLowerCase() ? (words.get(w) ?? w) : w));
}

/** The fragment to go mid-sentence: a first word that is only capitalised as a sentence start is lowered. */
export function midSentence(s: string | null | undefined): string {
  const t = tidy(s);
  const m = /^(\p{Lu})(\p{Ll}*)(?=$|[\s,'’])/u.exec(t);
  if (!m || t.startsWith('I ') || /^I['’]/u.test(t) || t === 'I') return t;
  const word = m[0].toLowerCase();
  return COMMON_START(word) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

const PERSPECTIVE: Record<string, string> = {
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
  "we're": "you're",
  "we've": "you've",
  "we'll": "you'll",
  "we'd": "you'd",
  they: 'you',
  them: 'you',
  their: 'your',
  theirs: 'yours',
  "they're": "you're",
  "they've": "you've",
  "they'll": "you'll",
  "they'd": "you'd",
};
const THIRD = new Set(['they', 'them', 'their', 'theirs', "they're", "they've", "they'll", "they'd"]);

/**
 * The interviewer's side in the recipient's person: "our pricing page" -> "your pricing page",
 * "we ship together" -> "you ship together". "They" turns only when nothing before it in the
 * fragment could be what it stands for ("drivers ignore it because they ..." keeps "they").
 */
export function toRecipient(s: string): string {
  let plural = false;
  return s.replace(/[\p{L}'’]+/gu, (w) => {
    const lower = w.toLowerCase().replace(/’/g, "'");
    const to = PERSPECTIVE[lower];
    if (to && !(THIRD.has(lower) && plural)) {
      const out = w.charAt(0) === w.charAt(0).toUpperCase() && /\p{L}/u.test(w.charAt(0)) ? cap(to) : to;
      return w.includes('’') ? out.replace(/'/g, '’') : out;
    }
    if (/\p{Ll}s$/u.test(w) && w.length > 3 && !DETERMINERS.has(lower)) plural = true;
    return w;
  });
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "a" or "an" for the word that follows, by its sound. */
export function indefinite(next: string): 'a' | 'an' {
  const w = next.replace(/^["“‘'(]+/u, '');
  // An acronym read letter by letter: "an SQL test", "a URL", "an FAQ".
  if (/^[A-Z][A-Z\d]{1,5}s?(?![\p{Ll}])/u.test(w)) return 'AEFHILMNORSX'.includes(w.charAt(0)) ? 'an' : 'a';
  if (/^(?:8|11|18|80|800)(?!\d)/u.test(w)) return 'an';
  const l = w.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/u.test(l)) return 'an';
  if (/^(?:uni|use|usu|ura|uro|eu|ewe|one|once|ubiq|uti|u-)/u.test(l)) return 'a';
  return /^[aeiou]/u.test(l) ? 'an' : 'a';
}

/** The noun phrase with the determiner it needs: "the pricing page redesign", "a shared checklist". */
export function withDeterminer(np: string, kind: 'the' | 'a'): string {
  if (!needsDeterminer(np)) return np;
  if (kind === 'a') return isPluralPhrase(np) ? np : `${indefinite(np)} ${np}`;
  return `the ${np}`;
}

export interface Fitted {
  shape: FragmentShape;
  /** Usable where a noun phrase goes: "the pricing page redesign", "how dispatchers don't trust the ETAs". */
  nominal: string;
  /** A full clause when the fragment is one ("dispatchers don't trust the ETAs"); null for a noun phrase. */
  clause: string | null;
}

/** A fragment from the interviewer's side (a topic, a challenge) fitted for a note to them. */
export function fitTheirs(raw: string): Fitted {
  return fit(toRecipient(midSentence(raw)), 'the', 'you');
}

/** A fragment from the candidate's side (an idea, a strength, a reason) fitted for a note. */
export function fitMine(raw: string, det: 'the' | 'a' = 'a'): Fitted {
  return fit(midSentence(raw), det, 'I');
}

function fit(t: string, det: 'the' | 'a', subject: 'you' | 'I'): Fitted {
  const shape = shapeOf(t);
  const rest = t.replace(/^\S+\s+/u, '');
  switch (shape) {
    case 'noun-phrase':
      return { shape, nominal: withDeterminer(t, det), clause: null };
    case 'gerund':
    case 'wh-clause':
      return { shape, nominal: t, clause: null };
    case 'infinitive':
      return { shape, nominal: `how ${t}`, clause: null };
    case 'imperative':
      return { shape, nominal: `how to ${t}`, clause: null };
    case 'past-verb-phrase':
      return { shape, nominal: `how ${subject} ${t}`, clause: `${subject} ${t}` };
    case 'that-clause':
    case 'because':
      return { shape, nominal: `how ${rest}`, clause: rest };
    case 'clause':
      return { shape, nominal: `how ${t}`, clause: t };
  }
}
