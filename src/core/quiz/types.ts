// The self-assessment's vocabulary: areas of follow-up practice, questions with explained options,
// and the shape of a scored result. Pure data; no I/O.
import type { Hint } from '../hints.js';

export const QUIZ_AREAS = [
  'time-frame',
  'timing',
  'content',
  'channel',
  'disengaged',
  'setbacks',
  'keep-in-touch',
] as const;
export type QuizArea = (typeof QUIZ_AREAS)[number];

export interface QuizOption {
  /** Stable within its question; what an answers file names ("a", "b", ...). */
  id: string;
  text: string;
  correct: boolean;
  /** Why this option is right or wrong: every option teaches. */
  explanation: string;
}

export interface QuizQuestion {
  /** Unique across the bank, e.g. "tf-ask-before-leaving". */
  id: string;
  area: QuizArea;
  /** single: exactly one option is right; multiple: pick every right one (partial credit). */
  kind: 'single' | 'multiple';
  /** The situation, in a sentence or two. */
  scenario: string;
  /** What the candidate is asked. */
  prompt: string;
  options: QuizOption[];
  /** Named sources for any figure the question quotes, e.g. "CareerBuilder, 2011". */
  sources?: string[];
}

/** A question as shown while it is being answered: nothing that gives the answer away. */
export interface PaperQuestion {
  id: string;
  area: QuizArea;
  kind: 'single' | 'multiple';
  scenario: string;
  prompt: string;
  options: { id: string; text: string }[];
}

/** Selected option ids per question id. */
export type QuizAnswers = Record<string, string[]>;

export interface QuestionOutcome {
  id: string;
  area: QuizArea;
  kind: 'single' | 'multiple';
  scenario: string;
  prompt: string;
  selected: string[];
  /** 0..1: the share of the question's point earned. */
  credit: number;
  /** Full credit. */
  correct: boolean;
  answered: boolean;
  options: (QuizOption & { selected: boolean })[];
  sources: string[];
}

export interface AreaHelp {
  /** What to open, in words. */
  label: string;
  /** Where it is done: the web renders it as a link, the CLI as a command. */
  hint: Hint;
}

export interface AreaOutcome {
  area: QuizArea;
  title: string;
  questions: number;
  /** Points earned, to two decimals. */
  points: number;
  percent: number;
  /** Fewer points than questions: the practice to look at again. */
  missed: boolean;
  help: AreaHelp;
}

export interface QuizScore {
  /** Points earned (partial credit included), to two decimals. */
  points: number;
  outOf: number;
  /** Whole percent of outOf. */
  percent: number;
  /** Questions answered fully right. */
  correct: number;
}

export interface QuizComparison {
  text: string;
  source: string;
}

/** The questions a quiz is drawn from: the built-in ones plus any from a coach's file. */
export interface QuizBank {
  questions: readonly QuizQuestion[];
  /** Where the questions came from, for messages: "built-in", then file paths. */
  origins: string[];
}
