// Small helpers the templates share: gaps, dates in words, names, and how recorded phrases are fitted
// into a sentence without changing what they say.
import { dayOf, dayOfWeek, monthOf, yearOf } from '../../timeframe/calendar.js';
import type { IsoDate } from '../../timeframe/types.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Every capitalised word the templates write themselves (sentence starts, greetings, closings, day
 * and month names). Anything else capitalised in a draft came from what the candidate recorded.
 */
export const FIXED_WORDS: readonly string[] = [
  ...DAYS,
  ...MONTHS,
  'I',
  'Dear',
  'Thank',
  'Thanks',
  'Warm',
  'Kind',
  'Best',
  'With',
  'Sincerely',
  'Yours',
  'Regards',
  'You',
  'Your',
  'On',
  'One',
  'My',
  'It',
  'If',
  'In',
  'As',
  'At',
  'Since',
  'The',
  'This',
  'That',
  'When',
  'What',
  'Would',
  'Whatever',
  'Following',
  'Re',
  'An',
  'A',
  'Here',
  'Having',
  'Our',
  'From',
  'Please',
  'Regarding',
  'Is',
  'Could',
  'No',
  'There',
  'Keeping',
  'While',
  'Knowing',
  'Withdrawing',
  'Hi',
  'Hello',
  'Best',
  'Yours',
  'More',
  'Is',
  'Knowing',
  'Until',
  'Here',
  'Until',
];

/** "Friday 13 March", with the year when it is not this year's. */
export function longDate(iso: IsoDate, today: IsoDate): string {
  const base = `${DAYS[dayOfWeek(iso) - 1]} ${dayOf(iso)} ${MONTHS[monthOf(iso) - 1]}`;
  return yearOf(iso) === yearOf(today) ? base : `${base} ${yearOf(iso)}`;
}

/** "13 March 2026": the date line of a letter. */
export const letterDate = (iso: IsoDate): string => `${dayOf(iso)} ${MONTHS[monthOf(iso) - 1]} ${yearOf(iso)}`;

export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? '';

/** A clearly marked hole for the candidate to fill: the draft never fills it with plausible fiction. */
export const gap = (what: string): string => `[add: ${what}]`;

const GAP = /\[add: ([^\]\n]+)\]/gu;

/** The gaps left in a text, in order, each once: what `gaps` reports, even after the user edits the text. */
export const gapsIn = (text: string): string[] => [...new Set([...text.matchAll(GAP)].map((m) => m[1] as string))];

/** A recorded phrase without its trailing full stop and surrounding space. */
export const clean = (s: string | null | undefined): string => (s ?? '').trim().replace(/[.!;,\s]+$/u, '');

// Words that start a noun phrase and are only capitalised because the candidate typed them first.
const LEADING = /^(?:The|A|An|Your|Its|Their|Our|My|How|What|That|This|Being|Working|Helping|Building)\b/u;

/** A phrase to go mid-sentence: its first word lower-cased when that word is only a sentence start. */
export function midSentence(s: string): string {
  const t = clean(s);
  return LEADING.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** A phrase written in the first person ("I led ...", "I've used ..."): it can stand as a clause. */
export const firstPerson = (s: string): boolean => /^(?:I|I'm|I've|I'd|I’ve|I’m|I’d)\s/u.test(clean(s));

/** Picks one of the phrasings by the recipient's position on the panel. */
export const pick = <T>(variant: number, options: readonly T[]): T =>
  options[((variant % options.length) + options.length) % options.length] as T;

/** Joins sentences into a paragraph, leaving out the empty ones. */
export const paragraph = (...sentences: (string | null | undefined | false)[]): string =>
  sentences.filter((s): s is string => typeof s === 'string' && s.trim() !== '').join(' ');
