// Drawing a quiz: every area at least once, at most three questions from one area, in an order
// that depends only on the seed and the bank.
import { QUIZ_SIZE } from './areas.js';
import { mulberry32, shuffle } from './prng.js';
import { type PaperQuestion, QUIZ_AREAS, type QuizQuestion } from './types.js';

const MAX_PER_AREA = 3;

export function drawQuiz(bank: readonly QuizQuestion[], seed: number, size = QUIZ_SIZE): QuizQuestion[] {
  const random = mulberry32(seed);
  const picked: QuizQuestion[] = [];
  const perArea = new Map<string, number>();
  const take = (q: QuizQuestion) => {
    picked.push(q);
    perArea.set(q.area, (perArea.get(q.area) ?? 0) + 1);
  };
  // One from each area first, so every area is covered whatever the seed.
  for (const area of QUIZ_AREAS) {
    const first = shuffle(
      bank.filter((q) => q.area === area),
      random,
    )[0];
    if (first) take(first);
  }
  const rest = shuffle(
    bank.filter((q) => !picked.includes(q)),
    random,
  );
  for (const q of rest) {
    if (picked.length >= size) break;
    if ((perArea.get(q.area) ?? 0) < MAX_PER_AREA) take(q);
  }
  // A small bank with a lopsided area: fill up regardless of the cap rather than give fewer questions.
  for (const q of rest) {
    if (picked.length >= size) break;
    if (!picked.includes(q)) take(q);
  }
  return shuffle(picked, random);
}

/** The question without its answers, for showing while it is being answered. */
export function toPaper(q: QuizQuestion): PaperQuestion {
  return {
    id: q.id,
    area: q.area,
    kind: q.kind,
    scenario: q.scenario,
    prompt: q.prompt,
    options: q.options.map((o) => ({ id: o.id, text: o.text })),
  };
}
