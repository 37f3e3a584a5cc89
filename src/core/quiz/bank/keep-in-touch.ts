// Keeping in touch: after a rejection, or after accepting elsewhere, keep contacts warm and close
// open processes politely.
import type { QuizQuestion } from '../types.js';

export const KEEP_IN_TOUCH: QuizQuestion[] = [
  {
    id: 'kt-after-rejection',
    area: 'keep-in-touch',
    kind: 'single',
    scenario: 'You were turned down, but you liked the team and the hiring manager.',
    prompt: 'Over the next few months, you should:',
    options: [
      {
        id: 'a',
        text: 'Never contact them again; it would look desperate',
        correct: false,
        explanation: 'An occasional, useful message is not desperate; it keeps you in mind for the next opening.',
      },
      {
        id: 'b',
        text: 'Ask every week whether a new role has opened up that you could apply for',
        correct: false,
        explanation: 'Weekly asks are a burden. Give before you ask.',
      },
      {
        id: 'c',
        text: 'Now and then, send something useful or congratulate them on news',
        correct: true,
        explanation: 'Occasional, relevant contact keeps the relationship warm without asking anything of them.',
      },
      {
        id: 'd',
        text: 'Ask them straight away for a referral to another company',
        correct: false,
        explanation: 'Asking for a favour right after a rejection spends goodwill you have not built yet.',
      },
    ],
  },
  {
    id: 'kt-reasons',
    area: 'keep-in-touch',
    kind: 'multiple',
    scenario: 'Months after an interview that did not lead to an offer, you think of the interviewer.',
    prompt: 'Which are good reasons to get in touch? Choose all that apply.',
    options: [
      {
        id: 'a',
        text: 'Their company announced news you can congratulate them on',
        correct: true,
        explanation: 'Congratulations cost them nothing to read and show you still follow their work.',
      },
      {
        id: 'b',
        text: 'To ask once more why you were not chosen',
        correct: false,
        explanation: 'Ask for feedback once, when they tell you; asking again months later puts them on the spot.',
      },
      {
        id: 'c',
        text: 'You found an article about a challenge they mentioned',
        correct: true,
        explanation: 'Sharing something useful for their problem is the best kind of keeping in touch.',
      },
      {
        id: 'd',
        text: 'To send them your updated CV every month',
        correct: false,
        explanation: 'Unasked-for CVs are clutter; share your news when it is relevant to them.',
      },
      {
        id: 'e',
        text: 'You started a new role and want to thank them for their time back then',
        correct: true,
        explanation: 'A short update with thanks closes the loop warmly and keeps the door open.',
      },
    ],
  },
  {
    id: 'kt-accepted-elsewhere',
    area: 'keep-in-touch',
    kind: 'single',
    scenario: 'You accepted an offer. Two other companies are still considering you.',
    prompt: 'What should you do about them?',
    options: [
      {
        id: 'a',
        text: 'Withdraw politely and thank them',
        correct: true,
        explanation: 'A prompt, courteous withdrawal respects their time and keeps you welcome there in future.',
      },
      {
        id: 'b',
        text: 'Say nothing, and let them work it out when you stop replying to their messages',
        correct: false,
        explanation: 'Disappearing wastes their time and is remembered long after.',
      },
      {
        id: 'c',
        text: 'Keep attending their interviews without mentioning the offer',
        correct: false,
        explanation: 'Taking up interview slots you do not need costs them time and another candidate a chance.',
      },
      {
        id: 'd',
        text: 'Tell them you are withdrawing because their process was too slow',
        correct: false,
        explanation: 'Even if true, it adds nothing but a sour last impression.',
      },
    ],
  },
  {
    id: 'kt-stay-in-touch-invite',
    area: 'keep-in-touch',
    kind: 'single',
    scenario: 'A hiring manager who turned you down said: "Let\'s stay in touch."',
    prompt: 'What is a good first step?',
    options: [
      {
        id: 'a',
        text: 'Wait for them to contact you; they said it, so it is up to them',
        correct: false,
        explanation: 'They meant it kindly but are busy. If you want the connection, you will have to keep it alive.',
      },
      {
        id: 'b',
        text: 'Send them your CV again the next day',
        correct: false,
        explanation: 'They already have it; sending it again turns a kind gesture into a sales pitch.',
      },
      {
        id: 'c',
        text: 'Add them to your personal newsletter without asking them first',
        correct: false,
        explanation: 'Subscribing someone without asking is an imposition, and in many places against the rules.',
      },
      {
        id: 'd',
        text: 'Connect with a short personal note',
        correct: true,
        explanation: 'A brief note that recalls your conversation makes "stay in touch" something real.',
      },
    ],
  },
];
