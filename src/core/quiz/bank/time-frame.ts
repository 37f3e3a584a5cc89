// Practice 1: leave the interview knowing the time frame, whom to contact, and that you may check in.
import type { QuizQuestion } from '../types.js';

export const TIME_FRAME: QuizQuestion[] = [
  {
    id: 'tf-last-question',
    area: 'time-frame',
    kind: 'single',
    scenario: 'The interview is wrapping up and the interviewer asks whether you have any questions.',
    prompt: 'Which question is the most useful one to ask before you leave?',
    options: [
      {
        id: 'a',
        text: 'How did I do compared with the other candidates you have seen this week?',
        correct: false,
        explanation:
          'They rarely can or will answer this on the spot, and even if they did it would not tell you when or whom to follow up with.',
      },
      {
        id: 'b',
        text: 'What are the next steps, and when do you expect to decide?',
        correct: true,
        explanation:
          'This gives you the time frame your whole follow-up is planned from. Without it, every check-in is guesswork.',
      },
      {
        id: 'c',
        text: 'None: asking about timing can seem pushy, so it is better to wait and let them contact you when they are ready.',
        correct: false,
        explanation:
          'Asking about next steps is expected and shows interest. Leaving without a time frame is the most common follow-up mistake.',
      },
      {
        id: 'd',
        text: 'What is the salary range for this role?',
        correct: false,
        explanation: 'Pay matters, but this question gives you no date and no contact; it does not help you follow up.',
      },
    ],
  },
  {
    id: 'tf-what-to-leave-with',
    area: 'time-frame',
    kind: 'multiple',
    scenario: 'You are about to walk out of a final-round interview.',
    prompt: 'Which of these should you know before you leave? Choose all that apply.',
    options: [
      {
        id: 'a',
        text: 'When the hiring manager expects to decide',
        correct: true,
        explanation: 'The decision window tells you when a check-in is welcome rather than premature.',
      },
      {
        id: 'b',
        text: 'How many people applied for the role',
        correct: false,
        explanation: 'Interesting, perhaps, but it changes nothing about when or how you follow up.',
      },
      {
        id: 'c',
        text: 'Whom to contact: their name, title, and an email or phone number',
        correct: true,
        explanation: 'A check-in needs a person to go to. A named contact is far better than a general inbox.',
      },
      {
        id: 'd',
        text: 'Whether it is all right to check in if you have not heard by then',
        correct: true,
        explanation: 'A follow-up made with permission is easy to make and easy to receive.',
      },
      {
        id: 'e',
        text: 'Which other candidates are still in the running',
        correct: false,
        explanation: 'They will not share this, and asking puts them in an awkward position.',
      },
    ],
  },
  {
    id: 'tf-write-it-down',
    area: 'time-frame',
    kind: 'single',
    scenario: 'As you leave, the recruiter says: "We hope to decide by the end of next week."',
    prompt: 'What should you write down?',
    options: [
      {
        id: 'a',
        text: 'Just "next week"',
        correct: false,
        explanation:
          'This loses two things that matter: that it is the end of the week, and that it is a hope, not a promise.',
      },
      {
        id: 'b',
        text: 'A firm deadline of next Friday, after which you can assume you have not been chosen',
        correct: false,
        explanation:
          '"We hope to" is an estimate, not a promise, and hiring often runs late. A passed date is a reason to check in, not to give up.',
      },
      {
        id: 'c',
        text: 'Their exact words, and who said them',
        correct: true,
        explanation:
          'Their words keep both the date and how firm it was ("hope" is softer than "will"), which sets when your check-in is due.',
      },
      {
        id: 'd',
        text: 'Nothing; you will remember it',
        correct: false,
        explanation: 'After several interviews the details blur. Write it down while it is fresh.',
      },
    ],
  },
  {
    id: 'tf-well-be-in-touch',
    area: 'time-frame',
    kind: 'single',
    scenario: 'The interviewer says "we\'ll be in touch" and stands up. No date was mentioned.',
    prompt: 'What is the best move?',
    options: [
      {
        id: 'a',
        text: 'Say nothing more; "we\'ll be in touch" means they will call within the week, so asking would only seem impatient.',
        correct: false,
        explanation:
          '"We\'ll be in touch" promises no date at all. A short question on the way out costs nothing and saves weeks of guessing.',
      },
      {
        id: 'b',
        text: 'Ask them to promise an answer by Friday',
        correct: false,
        explanation: 'Asking for a commitment they cannot give puts pressure on them; ask what they expect instead.',
      },
      {
        id: 'c',
        text: 'Ask when it would be fine to check in, and with whom',
        correct: true,
        explanation: 'This turns a vague goodbye into a date, a contact and permission, in one friendly question.',
      },
      {
        id: 'd',
        text: 'Email the chief executive the next morning to ask for the timeline',
        correct: false,
        explanation: "Going over the interviewer's head rarely helps; ask the people you met.",
      },
    ],
  },
  {
    id: 'tf-permission',
    area: 'time-frame',
    kind: 'single',
    scenario: 'You ask the hiring manager: "Is it all right if I check in with you if I haven\'t heard by then?"',
    prompt: 'Why is this worth asking?',
    options: [
      {
        id: 'a',
        text: 'It obliges the company to reply to you by that date',
        correct: false,
        explanation: 'It obliges nobody to anything; it simply makes your later check-in expected and welcome.',
      },
      {
        id: 'b',
        text: 'A check-in they agreed to reads as follow-through',
        correct: true,
        explanation: 'With permission, your call or email is something they said yes to, not an interruption.',
      },
      {
        id: 'c',
        text: 'It hints that you have other offers and makes them hurry their decision',
        correct: false,
        explanation: 'It says nothing about other offers, and using it as a pressure tactic would backfire.',
      },
      {
        id: 'd',
        text: 'It is not worth asking: check-ins are unwelcome whatever you do, so you should wait to be contacted',
        correct: false,
        explanation:
          'A polite check-in at the right time is normal and often welcome, all the more so when you asked first.',
      },
    ],
  },
];
