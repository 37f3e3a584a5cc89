// Spelling: every word checked against the dictionaries passed in (US or UK English), except what
// a dictionary cannot know: links, numbers, acronyms, job-search words, the interview's own names,
// and capitalised words inside a sentence (most likely names of people, products and places).
import type { Analysis } from './analysis.js';
import { JOB_SEARCH_WORDS } from './lexicon.js';
import { linkSpans, type Token, tokenize } from './text.js';
import type { SpellChecker } from './types.js';

// Longer than any English word: not worth a dictionary lookup, and surely a slip.
const MAX_WORD = 40;
const PREFIXES = ['re', 'inter', 'intra', 'co', 'pre', 'post', 'sub', 'over', 'under', 'multi', 'non', 'cross', 'self'];

export function misspellings(a: Analysis, speller: SpellChecker): Token[] {
  const links = linkSpans(a.text);
  // The interview's own words; the job-search list is checked beside it, not copied per note.
  const known = new KnownWords();
  if (a.context) {
    const names = [a.context.company, a.context.role, a.context.recipient?.name ?? ''];
    for (const p of a.context.people) names.push(p.name, ...p.topics, ...p.challenges.map((c) => c.challenge));
    for (const t of tokenize(names.join(' '))) known.add(t.lower);
  }
  const out: Token[] = [];
  for (const s of a.sentences) {
    // A line of one to three capitalised words is a signature or a name ("Luca", "Jordan Lee").
    if (
      s.tokens.length <= 3 &&
      /^[\p{Lu}][\p{L}\p{M}.'’ -]*$/u.test(s.text) &&
      s.tokens.every((t) => /^\p{Lu}/u.test(t.text))
    ) {
      continue;
    }
    s.tokens.forEach((t, i) => {
      if (links.length > 0 && links.some((l) => t.start >= l.start && t.start < l.end)) return;
      if (!wordIsFine(t, i === 0, known, speller)) out.push(t);
    });
  }
  return out;
}

class KnownWords extends Set<string> {
  override has(w: string): boolean {
    return JOB_SEARCH_WORDS.has(w) || super.has(w);
  }
}

// The verdict on a word depends only on the word, its place and the dictionary: remember it.
const verdicts = new WeakMap<SpellChecker, Map<string, boolean>>();

function wordIsFine(t: Token, sentenceStart: boolean, known: Set<string>, speller: SpellChecker): boolean {
  if (known.has(t.lower) || known.has(t.lower.replace(/'s$/, ''))) return true;
  // A compound of the interview's own words ("med-surg" when the notes say so) is fine too.
  if (t.lower.includes('-') && t.lower.split('-').every((p) => p.length <= 4 || known.has(p))) return true;
  let memo = verdicts.get(speller);
  if (!memo) {
    memo = new Map();
    verdicts.set(speller, memo);
  }
  const key = sentenceStart ? `^${t.text}` : t.text;
  let ok = memo.get(key);
  if (ok === undefined) {
    ok = dictionaryFine(t.text, sentenceStart, speller);
    if (memo.size > 50_000) memo.clear();
    memo.set(key, ok);
  }
  return ok;
}

function dictionaryFine(text: string, sentenceStart: boolean, speller: SpellChecker): boolean {
  const word = text.replace(/’/g, "'");
  if (word.length > MAX_WORD) return false;
  if (/\p{N}/u.test(word)) return true;
  if (!/^[\p{L}\p{M}'.-]+$/u.test(word)) return true; // other scripts mixed with digits etc.: not ours to judge
  if (/^\p{Lu}[\p{Lu}\d.]+$/u.test(word)) return true; // acronyms: CMS, KTX2, U.S.
  if (/\p{Ll}\p{Lu}/u.test(word)) return true; // camel case product names: WebGL, SaaS
  if (!sentenceStart && /^\p{Lu}/u.test(word)) return true; // a name
  if (!/^[\p{Script=Latin}\p{M}'.-]+$/u.test(word)) return true; // the dictionaries are English only
  const bare = word.replace(/'s$|s'$/u, (m) => (m === "s'" ? 's' : ''));
  const check = (w: string) => speller.correct(w) || speller.correct(w.toLowerCase());
  if (check(word) || check(bare)) return true;
  // Dictionaries lag behind work vocabulary: a plural noun ("actuals"), a prefixed word ("rebook",
  // "intercompany") or a closed compound of two words ("barcode") is fine. Both halves must be words
  // of three or more letters, so slips like "oportunity" or "converstion" still fail.
  const lower = bare.toLowerCase();
  if (/^\p{L}+$/u.test(lower)) {
    if (lower.endsWith('s') && check(lower.slice(0, -1))) return true;
    const prefix = PREFIXES.find((p) => lower.startsWith(p) && lower.length - p.length >= 3);
    if (prefix && check(lower.slice(prefix.length))) return true;
    for (let i = 3; i <= lower.length - 3; i++) if (check(lower.slice(0, i)) && check(lower.slice(i))) return true;
  }
  // Hyphenated compounds: fine when each longer part is a word ("time-to-value", "med-surg").
  if (word.includes('-'))
    return word.split('-').every((p) => p.length <= 4 || check(p) || JOB_SEARCH_WORDS.has(p.toLowerCase()));
  return false;
}
