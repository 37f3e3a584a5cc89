// The checks about form and sending: length for the channel, timeliness, and uniqueness across a panel.
import type { Analysis } from './analysis.js';
import { type Sentence, tokenize, wordCount } from './text.js';
import type { NoteChannel } from './types.js';

/** Word ranges per channel: a card has room for a few lines, a letter for a page. */
export const LENGTH_RANGES: Record<NoteChannel, { min: number; max: number }> = {
  email: { min: 40, max: 300 },
  card: { min: 20, max: 120 },
  letter: { min: 100, max: 450 },
};

export function lengthOf(a: Analysis, channel: NoteChannel): { words: number; ok: boolean } {
  const words = wordCount(a.text);
  const r = LENGTH_RANGES[channel];
  return { words, ok: words >= r.min && words <= r.max };
}

export const TIMELY_HOURS = 24;

/** Hours from the end of the interview to sending, or null when either date is missing or unreadable. */
export function hoursAfter(sentAt: string | null | undefined, endsAt: string | null | undefined): number | null {
  if (!sentAt || !endsAt) return null;
  const sent = Date.parse(sentAt);
  const end = Date.parse(endsAt);
  if (Number.isNaN(sent) || Number.isNaN(end)) return null;
  return (sent - end) / 3_600_000;
}

/**
 * Near-copy threshold on the Jaccard similarity of 3-word shingles. In the corpus
 * (test/fixtures/notes) the name-swapped copies to two panel members score 0.94, different notes to
 * the same panel 0.005 or less, and the most alike of all other pairs of notes 0.14 (two notes that
 * open with the same sentence). 0.5 sits far from both clusters: a note is flagged when roughly two
 * thirds of its phrasing is shared, while a shared greeting, sign-off or one common sentence is not.
 */
export const NEAR_COPY = 0.5;

const shingles = (text: string): Set<string> => {
  const words = tokenize(text).map((t) => t.lower);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  // A note under three words is its own single shingle.
  if (out.size === 0 && words.length > 0) out.add(words.join(' '));
  return out;
};

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Similarity {
  /** The highest similarity to any other note, 0..1. */
  similarity: number;
  /** Sentences of this note whose phrasing all appears in the most similar note. */
  shared: Sentence[];
}

export function similarityTo(a: Analysis, others: readonly string[]): Similarity {
  const mine = shingles(a.text);
  let best = 0;
  let bestSet = new Set<string>();
  for (const other of others) {
    const theirs = shingles(other);
    const j = jaccard(mine, theirs);
    if (j > best) {
      best = j;
      bestSet = theirs;
    }
  }
  const shared = a.sentences.filter((s) => {
    const own = shingles(s.text);
    return own.size > 1 && [...own].every((x) => bestSet.has(x));
  });
  return { similarity: best, shared };
}
