// One pass over a note that every rule reads: sentences, words, and which words are only names
// (the company, the role title, the recipient) so that naming them never counts as saying something.
import { isSubstantive } from './lexicon.js';
import { type Sentence, splitSentences, stem, type Token, tokenize } from './text.js';
import type { NoteContext, PersonNotes } from './types.js';

export interface Analysis {
  text: string;
  sentences: Sentence[];
  context: NoteContext | null;
  /** Start offsets of tokens that are names or titles, not content. */
  masked: Set<number>;
  /** Stemmed phrases of the interview notes (topics, challenges, ideas), each a list of stems. */
  phrases: { kind: 'topic' | 'challenge' | 'idea'; text: string; person: string; stems: string[] }[];
}

// A role title sits just before these words: "the Data Analyst role", "the fifth grade position".
const TITLE_NOUNS = new Set(['role', 'position', 'job', 'opening', 'vacancy', 'post']);

export function analyse(text: string, context: NoteContext | null): Analysis {
  const sentences = splitSentences(text);
  const masked = new Set<number>();
  const nameWords = new Set<string>();
  if (context) {
    for (const w of tokenize(`${context.company} ${context.role}`)) nameWords.add(w.lower);
    if (context.recipient) for (const w of tokenize(context.recipient.name)) nameWords.add(w.lower);
  }
  // A template's placeholders ("[Company Name]", "[specific topic]") say nothing about any interview.
  const placeholders = [...text.matchAll(/\[[^\]\n]{1,60}\]|\{[^}\n]{1,60}\}|<[^>\n]{1,40}>|_{3,}/gu)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (placeholders.some(([a, b]) => t.start >= (a as number) && t.start < (b as number))) masked.add(t.start);
      if (nameWords.has(t.lower)) masked.add(t.start);
      if (TITLE_NOUNS.has(t.lower)) {
        for (let k = Math.max(0, i - 3); k < i; k++) masked.add((s.tokens[k] as Token).start);
      }
    });
  }
  return { text, sentences, context, masked, phrases: context ? phrasesOf(context.people) : [] };
}

function phrasesOf(people: PersonNotes[]): Analysis['phrases'] {
  const out: Analysis['phrases'] = [];
  const add = (kind: 'topic' | 'challenge' | 'idea', phrase: string, person: string) => {
    const stems = tokenize(phrase)
      .filter((t) => isSubstantive(t.lower))
      .map((t) => stem(t.lower));
    if (stems.length > 0) out.push({ kind, text: phrase, person, stems: [...new Set(stems)] });
  };
  for (const p of people) {
    for (const t of p.topics) add('topic', t, p.name);
    for (const c of p.challenges) {
      add('challenge', c.challenge, p.name);
      if (c.idea) add('idea', c.idea, p.name);
    }
  }
  return out;
}

/** Substantive words of a run of tokens, names and titles left out. */
export function substantive(a: Analysis, tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !a.masked.has(t.start) && isSubstantive(t.lower));
}

/** The interview-note phrases a sentence mentions: all stems of a short phrase, or two of a longer one. */
// Per analysis and per sentence, computed once: several checks ask the same question.
const discussedOf = new WeakMap<Analysis, Set<string>>();
const stemsOf = new WeakMap<Sentence, Set<string>>();

export function matchedPhrases(a: Analysis, s: Sentence, kinds?: readonly string[]): Analysis['phrases'] {
  if (a.phrases.length === 0) return [];
  let stems = stemsOf.get(s);
  if (!stems) {
    stems = new Set(substantive(a, s.tokens).map((t) => stem(t.lower)));
    stemsOf.set(s, stems);
  }
  // An idea is matched on its own words: "trunk-based development behind feature flags" is not
  // proposed by a sentence that only names the "feature flags" topic.
  let discussed = discussedOf.get(a);
  if (!discussed) {
    discussed = new Set(a.phrases.filter((p) => p.kind !== 'idea').flatMap((p) => p.stems));
    discussedOf.set(a, discussed);
  }
  return a.phrases.filter((p) => {
    if (kinds && !kinds.includes(p.kind)) return false;
    const own = p.kind === 'idea' ? p.stems.filter((x) => !discussed.has(x)) : p.stems;
    if (own.length === 0) return false;
    return own.filter((x) => stems.has(x)).length >= Math.min(own.length, 2);
  });
}

/** Tokens of a sentence from a character offset on (the part after a cue). */
export const tokensAfter = (s: Sentence, offset: number): Token[] => s.tokens.filter((t) => t.start >= offset);
export const tokensBefore = (s: Sentence, offset: number): Token[] => s.tokens.filter((t) => t.end <= offset);
