// What shape a fragment the candidate typed has, so the composer can choose a frame that fits it:
// "pricing page redesign" is a noun phrase (needs "the"), "dispatchers don't trust the ETAs" a
// clause (goes after "that"), "to move dispatch off spreadsheets" an infinitive, "how we ship" a
// wh-clause, "led the redesign" a verb phrase without its subject.
import {
  AUXILIARIES,
  CONJUNCTIONS,
  COUNT_NOUNS,
  DETERMINERS,
  looksPast,
  MODALS,
  POSSESSIVES,
  PREPOSITIONS,
  SINGULAR_S,
  STRONG_PAST,
  SUBJECT_PRONOUNS,
  VERB_BASE,
  VERB_ING,
  VERB_PAST,
  VERB_S,
} from './lexicon.js';

export type FragmentShape =
  /** "pricing page redesign", "the Q3 roadmap", "feature flags" */
  | 'noun-phrase'
  /** "moving dispatch off spreadsheets": works where a noun phrase does, without a determiner */
  | 'gerund'
  /** "dispatchers don't trust the ETAs", "Northwind is moving dispatch off spreadsheets." */
  | 'clause'
  /** "that dispatchers don't trust the ETAs" */
  | 'that-clause'
  /** "how we ship releases", "why drivers ignore the app" */
  | 'wh-clause'
  /** "to move dispatch off spreadsheets" */
  | 'infinitive'
  /** "because the team is growing" */
  | 'because'
  /** "add a shared checklist": a verb phrase in the base form */
  | 'imperative'
  /** "led the onboarding redesign": a past verb phrase, its subject left out */
  | 'past-verb-phrase';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
export const wordsOf = (s: string): string[] => [...s.matchAll(WORD)].map((m) => m[0].toLowerCase().replace(/’/g, "'"));

const ADVERB_LIKE = new Set([
  'together',
  'often',
  'late',
  'early',
  'again',
  'too',
  'daily',
  'weekly',
  'slowly',
  'once',
  'twice',
  'always',
  'never',
  'usually',
  'still',
  'rarely',
  'sometimes',
  'already',
  'down',
  'up',
  'out',
  'off',
]);

/** Is the word at i a finite verb, judged from its neighbours? */
export function isFiniteVerbAt(ws: readonly string[], i: number, loose = false): boolean {
  const w = ws[i] as string;
  // "parents rarely come": look past an adverb for the subject.
  const adverb = (x: string | undefined) =>
    x !== undefined && (ADVERB_LIKE.has(x) || /^\p{L}{3,}ly$/u.test(x)) && x !== 'daily' && x !== 'weekly';
  const prev = adverb(ws[i - 1]) && i >= 2 ? ws[i - 2] : ws[i - 1];
  const next = ws[i + 1];
  if (MODALS.has(w)) return true;
  if (AUXILIARIES.has(w) && !['be', 'been', 'being'].includes(w)) {
    // "has" and "had" are verbs; "the team's" is not an auxiliary here (tokenised as one word).
    return true;
  }
  if (prev !== undefined && (DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || prev === 'to')) return false;
  // "businesses like my parents' shop": "like" is a preposition unless a pronoun does the liking.
  if (PREPOSITIONS.has(w) && !(prev !== undefined && SUBJECT_PRONOUNS.has(prev))) return false;
  const nextOk =
    next === undefined ||
    DETERMINERS.has(next) ||
    PREPOSITIONS.has(next) ||
    POSSESSIVES.has(next) ||
    ADVERB_LIKE.has(next) ||
    next.endsWith('ly') ||
    next === 'to' ||
    SUBJECT_PRONOUNS.has(next) ||
    /^\d/u.test(next);
  if (VERB_PAST.has(w)) return i > 0 && nextOk;
  // "the ETA model drifts every week" is a clause; "validation tests in dbt" is not.
  const objectNext = nextOk && next !== undefined && (loose || !PREPOSITIONS.has(next));
  // "the slush pile takes months": after a subject with its determiner, a plural object is fine too.
  const pluralNext =
    next !== undefined && /[^s']s$/u.test(next) && ws[0] !== undefined && DETERMINERS.has(ws[0]) && i >= 2;
  if (VERB_S.has(w) && !COUNT_NOUNS.has(w.slice(0, -1))) return i > 0 && (objectNext || pluralNext);
  if (VERB_BASE.has(w)) {
    // "alerts wake people up", "bookings get cancelled": after a plural subject any object will do,
    // but not a preposition ("the claims feed in detail" is a noun phrase).
    const anyObject = next !== undefined && !PREPOSITIONS.has(next) && !CONJUNCTIONS.has(next) && next !== 'and';
    return i > 0 && next !== undefined && (nextOk || VERB_ING.has(next) || anyObject) && isPluralSubject(prev);
  }
  return false;
}

const isPluralSubject = (w: string | undefined) =>
  w !== undefined &&
  (['we', 'they', 'i', 'you'].includes(w) || (w.endsWith('s') && !w.endsWith("'s") && !SINGULAR_S.has(w)));

/** Where the first finite verb of a run of words is, or -1. */
export function firstFiniteVerb(ws: readonly string[]): number {
  for (let i = 0; i < ws.length; i++) {
    if (CONJUNCTIONS.has(ws[i] as string) && i > 0) return -1;
    if (isFiniteVerbAt(ws, i)) return i;
  }
  return -1;
}

export function shapeOf(fragment: string): FragmentShape {
  const ws = wordsOf(fragment);
  const first = ws[0];
  if (first === undefined) return 'noun-phrase';
  if (first === 'that' && ws.length > 2 && !DETERMINERS.has(ws[1] as string)) return 'that-clause';
  if (first === 'that' && ws.length > 2 && firstFiniteVerb(ws.slice(1)) > 0) return 'that-clause';
  if (['how', 'why', 'what', 'where', 'when', 'whether'].includes(first)) return 'wh-clause';
  if (first === 'to' && ws[1] !== undefined && VERB_BASE.has(ws[1])) return 'infinitive';
  if (first === 'because' || first === 'since') return 'because';
  if (SUBJECT_PRONOUNS.has(first) && first !== 'it' && ws.length > 1) return 'clause';
  if (/^(?:i'm|i've|i'd|i'll|we're|we've|they're|they've|you're|it's)$/u.test(first)) return 'clause';
  if (first === 'it' && ws[1] !== undefined && isFiniteVerbAt(ws, 1)) return 'clause';
  // "split the release", "cut costs": the same form is base and past; read it as the base form.
  const alsoBase = VERB_BASE.has(first);
  // "ran digital skills classes": a past form that is never an adjective starts a verb phrase.
  const strong = STRONG_PAST.has(first) && ws.length > 1;
  const second = ws[1] ?? '';
  const objectNext = second !== '' && !COUNT_NOUNS.has(second) && (nextIsObject(second) || /^\d/u.test(second));
  if (!alsoBase && (strong || (looksPast(first) && objectNext))) {
    return 'past-verb-phrase';
  }
  if (VERB_BASE.has(first) && ws.length > 1 && nextIsObject(ws[1] as string)) return 'imperative';
  // "version the API so ...": a word the lexicon does not know, followed at once by a determiner or a
  // possessive, is a verb taking its object; a noun phrase never runs "word the ...".
  if (
    ws.length > 2 &&
    (DETERMINERS.has(second) || POSSESSIVES.has(second)) &&
    !DETERMINERS.has(first) &&
    !POSSESSIVES.has(first) &&
    !PREPOSITIONS.has(first) &&
    !CONJUNCTIONS.has(first) &&
    !/^\d/u.test(first) &&
    !/(?:ing|ly)$/u.test(first)
  ) {
    return 'imperative';
  }
  // "moving dispatch off spreadsheets" is a gerund; "pricing page redesign" a noun phrase.
  if (VERB_ING.has(first) && ws.length > 1 && !NOUN_ING.has(first)) return 'gerund';
  if (firstFiniteVerb(ws) > 0) return 'clause';
  return 'noun-phrase';
}

// -ing words that usually name an activity as a noun modifier ("the pricing page", "staffing levels").
export const NOUN_ING = new Set(
  'pricing scheduling staffing billing training marketing onboarding hiring shipping planning routing testing reporting accounting engineering housing parking processing banking booking building ordering packing picking charting nursing tracking forecasting recruiting'.split(
    ' ',
  ),
);

const nextIsObject = (w: string) =>
  DETERMINERS.has(w) || POSSESSIVES.has(w) || ['up', 'off', 'out', 'down', 'more', 'fewer', 'less'].includes(w);

/** Shapes that can stand where a noun phrase goes ("about ___", "through ___"). */
export const isNominal = (s: FragmentShape): boolean => s === 'noun-phrase' || s === 'gerund' || s === 'wh-clause';

/** Does this noun phrase need "the" (or "a") before it? A bare singular count noun does. */
export function needsDeterminer(np: string): boolean {
  const ws = wordsOf(np);
  const first = ws[0];
  const head = ws[ws.length - 1];
  if (first === undefined || head === undefined) return false;
  if (DETERMINERS.has(first) || POSSESSIVES.has(first) || /^\d/u.test(first) || first.endsWith("'s")) return false;
  // Only the head noun decides: a phrase with a preposition ("data quality in the claims feed") is
  // headed before the preposition.
  const prep = ws.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const h = prep > 0 ? (ws[prep - 1] as string) : head;
  return COUNT_NOUNS.has(h) && !isProperOnly(np);
}

/** "Kubernetes", "Project Atlas": every word capitalised, so a name. */
function isProperOnly(np: string): boolean {
  const raw = np.trim().split(/\s+/u);
  return raw.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** Is the head of this noun phrase plural ("daily reminders")? */
export function isPluralPhrase(np: string): boolean {
  const ws = wordsOf(np);
  const prep = ws.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const h = prep > 0 ? ws[prep - 1] : ws[ws.length - 1];
  if (h === undefined) return false;
  return /[^s]s$/u.test(h) && !SINGULAR_S.has(h) && !/(?:ss|us|is)$/u.test(h);
}
