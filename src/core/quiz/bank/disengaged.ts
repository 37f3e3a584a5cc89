// Practice 3, in the room: read the signals of a disengaged interviewer and recover, then clarify
// the answer that fell flat in the thank-you.
import type { QuizQuestion } from '../types.js';

export const DISENGAGED: QuizQuestion[] = [
  {
    id: 'dg-signals',
    area: 'disengaged',
    kind: 'single',
    scenario: 'Halfway through, the interviewer checks the time, looks away and cuts your answers short.',
    prompt: 'What is a good response?',
    options: [
      {
        id: 'a',
        text: 'Talk faster, so you can cover everything you prepared before the time runs out',
        correct: false,
        explanation: 'Rushing makes answers harder to follow and does not address whatever is distracting them.',
      },
      {
        id: 'b',
        text: 'Pause, and ask whether your last answer raised any questions',
        correct: true,
        explanation: 'A short pause and a question invite them back into the conversation and let you correct course.',
      },
      {
        id: 'c',
        text: 'Carry on exactly as planned and hope they come round',
        correct: false,
        explanation: 'Ignoring the signals wastes the chance to recover while you are still in the room.',
      },
      {
        id: 'd',
        text: 'Conclude that it has gone badly and wrap up early',
        correct: false,
        explanation: 'Their distraction may have nothing to do with you. Giving up early turns a guess into a fact.',
      },
    ],
  },
  {
    id: 'dg-recover',
    area: 'disengaged',
    kind: 'multiple',
    scenario: 'An interview seems to be going badly: short replies, no follow-up questions.',
    prompt: 'Which are reasonable ways to read the situation or recover? Choose all that apply.',
    options: [
      {
        id: 'a',
        text: 'Remember that their distraction may have nothing to do with you',
        correct: true,
        explanation: 'A looming deadline or a bad morning looks the same from across the table. Stay composed.',
      },
      {
        id: 'b',
        text: 'Tell them they seem distracted and ask them to pay attention',
        correct: false,
        explanation: 'Calling them out puts them on the defensive; an open question works better.',
      },
      {
        id: 'c',
        text: 'Ask, politely, how the interview is going from their side',
        correct: true,
        explanation: 'It takes some nerve, but it gives them the chance to raise a doubt you can still answer.',
      },
      {
        id: 'd',
        text: 'Afterwards, note the answer that fell flat, so your thank-you can clarify it',
        correct: true,
        explanation: 'The thank-you is a second chance at that answer, if you remember what it was.',
      },
      {
        id: 'e',
        text: 'Match their mood by keeping your own answers curt',
        correct: false,
        explanation: 'Mirroring disengagement makes the interview worse for both of you.',
      },
    ],
  },
  {
    id: 'dg-clarify-in-note',
    area: 'disengaged',
    kind: 'single',
    scenario: 'One answer, about how you managed a project budget, clearly fell flat.',
    prompt: 'In your thank-you, you should:',
    options: [
      {
        id: 'a',
        text: 'Apologise at length for the poor answer and explain how nervous you were at the time',
        correct: false,
        explanation: 'A long apology draws more attention to the weak moment and adds nothing they can use.',
      },
      {
        id: 'b',
        text: 'Avoid mentioning anything from the interview itself',
        correct: false,
        explanation: 'That wastes the note: specifics from the conversation are what make it worth reading.',
      },
      {
        id: 'c',
        text: 'Attach a rewritten version of the whole answer as an essay',
        correct: false,
        explanation: 'Too much. One or two sentences with the point you missed do the job.',
      },
      {
        id: 'd',
        text: 'Add the point you missed, in a sentence or two',
        correct: true,
        explanation: 'A brief, confident clarification repairs the answer without dwelling on it.',
      },
    ],
  },
  {
    id: 'dg-prepare',
    area: 'disengaged',
    kind: 'single',
    scenario: 'You have an important interview tomorrow and worry it might go badly.',
    prompt: 'What helps you recover if it does?',
    options: [
      {
        id: 'a',
        text: 'A couple of recovery lines, ready in advance',
        correct: true,
        explanation:
          'Lines like "Did that answer what you were asking?" are hard to invent under stress and easy to use when prepared.',
      },
      {
        id: 'b',
        text: 'Memorising every answer word for word, so nothing can throw you off during the interview',
        correct: false,
        explanation: 'Scripted answers break down as soon as the conversation changes direction, which it will.',
      },
      {
        id: 'c',
        text: 'Planning to leave early if they seem bored',
        correct: false,
        explanation: 'Leaving early ends any chance to recover; a bored look is not a verdict.',
      },
      {
        id: 'd',
        text: 'Nothing: a bad interview cannot be prepared for',
        correct: false,
        explanation: 'You cannot control their mood, but you can prepare how you will respond to it.',
      },
    ],
  },
];
