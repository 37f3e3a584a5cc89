// The built-in question bank, written from the practices in PRODUCT.md. Coaches add their own in a
// JSON file (FOLLOWTHROUGH_QUIZ_FILE or `quiz --questions FILE`) without touching this code.
import type { QuizQuestion } from '../types.js';
import { CHANNEL } from './channel.js';
import { CONTENT } from './content.js';
import { DISENGAGED } from './disengaged.js';
import { KEEP_IN_TOUCH } from './keep-in-touch.js';
import { SETBACKS } from './setbacks.js';
import { TIME_FRAME } from './time-frame.js';
import { TIMING } from './timing.js';

export const BUILT_IN_QUESTIONS: readonly QuizQuestion[] = [
  ...TIME_FRAME,
  ...TIMING,
  ...CONTENT,
  ...CHANNEL,
  ...DISENGAGED,
  ...SETBACKS,
  ...KEEP_IN_TOUCH,
];
