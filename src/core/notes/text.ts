// Splitting a note into sentences and words with character offsets into the original text, so
// every piece of evidence can be highlighted exactly where it is.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Token extends Span {
  /** Lower case, curly apostrophes straightened. */
  lower: string;
}

export interface Sentence extends Span {
  tokens: Token[];
}

// Abbreviations whose period does not end a sentence (lower case, without the period).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'approx',
  'dept',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
  'fig',
  'mt',
  'ave',
  'gov',
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]]/giu;
// Starts only where a word starts, so a long run without "@" is scanned once, not once per character.
const EMAIL = /(?<![^\s<>()])[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>().,;:]+/gu;

/** Ranges of URLs and email addresses, which are neither sentence ends nor words to spell-check. */
// Every check asks for the same note's links: remember the last answer (same input, same output).
let lastText: string | null = null;
let lastSpans: Span[] = [];

export function linkSpans(text: string): Span[] {
  if (text === lastText) return lastSpans.slice();
  const out = findLinks(text);
  lastText = text;
  lastSpans = out;
  return out.slice();
}

function findLinks(text: string): Span[] {
  const out: Span[] = [];
  for (const re of [URL, EMAIL]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

const inside = (spans: Span[], i: number) => spans.some((s) => i >= s.start && i < s.end);

/** Words with offsets. Dotted runs like "e.g" stay one word; a trailing period does not belong to it. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const slice = text.slice(start, end);
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (const m of slice.matchAll(WORD)) {
    const s = start + m.index;
    out.push({ start: s, end: s + m[0].length, text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/** Sentences: a line break always ends one; so does . ! ? followed by space, except after an abbreviation or initial. */
export function splitSentences(text: string): Sentence[] {
  const links = linkSpans(text);
  const bounds: [number, number][] = [];
  let from = 0;
  const push = (to: number) => {
    bounds.push([from, to]);
    from = to;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      push(i);
      from = i + 1;
      continue;
    }
    if ((c !== '.' && c !== '!' && c !== '?') || inside(links, i)) continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSERS.has(text[j] as string)) j++;
    if (j < text.length && !/\s/u.test(text[j] as string)) {
      i = j - 1;
      continue;
    }
    if (c === '.' && j === i + 1 && isAbbreviation(text, i)) continue;
    push(j);
    i = j - 1;
  }
  if (from < text.length) push(text.length);
  const out: Sentence[] = [];
  for (const [a, b] of bounds) {
    let s = a;
    let e = b;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), tokens: tokenize(text, s, e) });
  }
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  // Abbreviations are short: look back a few characters only, so long runs stay linear.
  while (k > 0 && dot - k < 8 && /[\p{L}.]/u.test(text[k - 1] as string)) k--;
  const word = text.slice(k, dot).toLowerCase();
  // A single letter is an initial ("J. Smith"); "I." ends a sentence often enough to leave alone.
  if (/^\p{L}$/u.test(word)) return word !== 'i';
  return ABBREVIATIONS.has(word);
}

/** Words as people count them: a URL is one word. */
export function wordCount(text: string): number {
  const links = linkSpans(text);
  let n = links.length;
  for (const t of tokenize(text)) if (!inside(links, t.start)) n++;
  return n;
}

/** A light stem for matching the note against the interview notes: plural and possessive off, first six letters. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.slice(0, 6);
}

export const toEvidence = (s: Span): { text: string; start: number; end: number } => ({
  text: s.text,
  start: s.start,
  end: s.end,
});
