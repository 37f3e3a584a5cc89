// Channel: email is fine for most employers; a mailed or handwritten card can set a candidate apart
// in some fields, and works best as a complement to a same-day email.
import type { QuizQuestion } from '../types.js';

export const CHANNEL: QuizQuestion[] = [
  {
    id: 'ch-email-ok',
    area: 'channel',
    kind: 'single',
    scenario: 'You interviewed at a software company; everything so far has happened by email.',
    prompt: 'How should your thank-you go?',
    options: [
      {
        id: 'a',
        text: 'Only as a mailed card, because email is too casual for a thank-you',
        correct: false,
        explanation:
          'Email is fine for most employers: 89% of hiring managers found it acceptable (CareerBuilder, 2011). A card alone arrives days late.',
      },
      {
        id: 'b',
        text: 'By email, the same day',
        correct: true,
        explanation:
          "Fast and expected: in CareerBuilder's 2011 survey 89% of hiring managers found an emailed thank-you acceptable.",
      },
      {
        id: 'c',
        text: "By a phone call to the interviewer's mobile",
        correct: false,
        explanation: 'An unplanned call interrupts them and leaves nothing in writing to share with colleagues.',
      },
      {
        id: 'd',
        text: "As a public comment on the interviewer's latest social media post",
        correct: false,
        explanation: 'A thank-you is private. A public comment puts them on the spot in front of their network.',
      },
    ],
    sources: ['CareerBuilder, 2011'],
  },
  {
    id: 'ch-traditional-firm',
    area: 'channel',
    kind: 'single',
    scenario: 'You interviewed at a small, family-run firm in a traditional field, and want to stand out.',
    prompt: 'What is the best approach?',
    options: [
      {
        id: 'a',
        text: 'Skip the email and mail only a handwritten card, so that the card is the first thing they hear from you',
        correct: false,
        explanation: 'A card takes days; with no email in between, you are silent while they decide.',
      },
      {
        id: 'b',
        text: 'Send nothing; small firms do not care about such things',
        correct: false,
        explanation: 'Small firms notice more, not less: every candidate is seen by the person who decides.',
      },
      {
        id: 'c',
        text: 'Email the same day, and mail a card as well',
        correct: true,
        explanation: 'The email arrives while you are fresh in their mind; the card sets you apart a few days later.',
      },
      {
        id: 'd',
        text: 'Send three short emails over the day',
        correct: false,
        explanation: 'One good note is worth more than several small ones, which read as anxious.',
      },
    ],
  },
  {
    id: 'ch-card-truths',
    area: 'channel',
    kind: 'multiple',
    scenario: 'You are deciding whether to mail a handwritten card after an interview.',
    prompt: 'Which of these are true? Choose all that apply.',
    options: [
      {
        id: 'a',
        text: 'In some fields, a mailed card can set you apart',
        correct: true,
        explanation: 'Where few candidates send one, a card is remembered.',
      },
      {
        id: 'b',
        text: 'A card replaces the email: it arrives later and so stays in their mind longer',
        correct: false,
        explanation: 'A card that arrives after the decision helps no one. Send the email first.',
      },
      {
        id: 'c',
        text: 'A card works best as a complement to a same-day email',
        correct: true,
        explanation: 'Email first for speed, then the card for the personal touch.',
      },
      {
        id: 'd',
        text: 'Most employers require a handwritten card',
        correct: false,
        explanation: 'Very few do; for most, email is entirely acceptable.',
      },
    ],
  },
  {
    id: 'ch-late-note',
    area: 'channel',
    kind: 'single',
    scenario: 'Your interview was yesterday, you have not sent a thank-you yet, and they decide tomorrow.',
    prompt: 'Which channel should you use?',
    options: [
      {
        id: 'a',
        text: 'A mailed card, because the personal touch makes up for it being a little late',
        correct: false,
        explanation: 'A card would arrive after the decision. Timing matters more than the medium here.',
      },
      {
        id: 'b',
        text: "A text message to the interviewer's personal phone",
        correct: false,
        explanation: 'Personal numbers are off limits unless they offered theirs for exactly this.',
      },
      {
        id: 'c',
        text: 'None: it is too late now, so it is better to send nothing at all',
        correct: false,
        explanation: 'A day late is far better than never, as long as it arrives before they decide.',
      },
      {
        id: 'd',
        text: 'Email, now',
        correct: true,
        explanation: 'Email arrives in time to count. Send it today, with the same care as ever.',
      },
    ],
  },
];
