export { answerProblems } from './answers.js';
export { AREAS, COMPARISON, QUIZ_SIZE } from './areas.js';
export { BUILT_IN_QUESTIONS } from './bank/index.js';
export { drawQuiz, toPaper } from './draw.js';
export { isSeed, MAX_SEED } from './prng.js';
export { type BankProblem, parseQuestionFile, questionSchema } from './schema.js';
export { creditFor, type QuizOutcome, SCORING_RULES, scoreQuiz } from './score.js';
export * from './types.js';
