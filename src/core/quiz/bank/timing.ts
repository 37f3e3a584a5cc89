// Timing: the thank-you within 24 hours; check-ins 1-2 business days after a given date, or about
// 5 business days to 2 weeks when no date was given; a second check-in a week or so later.
import type { QuizQuestion } from '../types.js';

export const TIMING: QuizQuestion[] = [
  {
    id: 'tm-thank-you-when',
    area: 'timing',
    kind: 'single',
    scenario: 'Your interview ended at 11:00 on a Tuesday.',
    prompt: 'When should your thank-you go out?',
    options: [
      {
        id: 'a',
        text: 'Within the week, once you have had time to reflect properly on everything that was discussed',
        correct: false,
        explanation:
          'Common advice is within 24 hours. A week later the decision may be under way and the note reads as an afterthought.',
      },
      {
        id: 'b',
        text: 'Only after they tell you their decision',
        correct: false,
        explanation:
          'By then it can no longer help. The thank-you is part of the interview, not an answer to the result.',
      },
      {
        id: 'c',
        text: 'That same day',
        correct: true,
        explanation:
          'Within 24 hours is the usual advice; the same day, while the conversation is fresh for both of you, is best.',
      },
      {
        id: 'd',
        text: 'On Friday, so it arrives at the end of the week',
        correct: false,
        explanation:
          'Three days is longer than needed, and Friday afternoons are when messages are most easily missed.',
      },
    ],
  },
  {
    id: 'tm-firm-date-passed',
    area: 'timing',
    kind: 'single',
    scenario: 'They said: "We will decide by Thursday." Thursday passes and you have heard nothing.',
    prompt: 'When do you check in?',
    options: [
      {
        id: 'a',
        text: 'On Thursday morning, to remind them of their deadline',
        correct: false,
        explanation: 'The date has not passed yet; a reminder before it reads as pressure.',
      },
      {
        id: 'b',
        text: 'Friday or Monday',
        correct: true,
        explanation:
          'One or two business days after the date passes is the usual advice: late enough to be fair, soon enough to matter.',
      },
      {
        id: 'c',
        text: 'Two weeks later, so as not to seem impatient',
        correct: false,
        explanation:
          'By then the decision may have been made without you. A polite check-in just after the date is expected.',
      },
      {
        id: 'd',
        text: 'Never: if they have not called by the date, the answer is no',
        correct: false,
        explanation: 'Decisions slip all the time. Silence right after a date usually means a delay, not a rejection.',
      },
    ],
  },
  {
    id: 'tm-no-date',
    area: 'timing',
    kind: 'single',
    scenario: 'Nobody mentioned a time frame, and you did not get the chance to ask.',
    prompt: 'When is a first check-in reasonable?',
    options: [
      {
        id: 'a',
        text: 'The next morning',
        correct: false,
        explanation: 'Too soon: they have barely started comparing candidates. Your thank-you covers the first days.',
      },
      {
        id: 'b',
        text: 'After a month, when they have surely decided',
        correct: false,
        explanation:
          'A month is long enough for the role to be filled; you would find out too late to make a difference.',
      },
      {
        id: 'c',
        text: 'Never: without a date, you have no reason to get in touch with them',
        correct: false,
        explanation: 'Not having a date is a reason to ask for one, not to stay silent.',
      },
      {
        id: 'd',
        text: 'About a week or two after the interview',
        correct: true,
        explanation:
          'With no date, the usual advice is about 5 business days to 2 weeks. Our plan picks 5 business days and says so.',
      },
    ],
  },
  {
    id: 'tm-sound-timings',
    area: 'timing',
    kind: 'multiple',
    scenario: 'A friend shares their follow-up habits with you.',
    prompt: 'Which of their habits are sound? Choose all that apply.',
    options: [
      {
        id: 'a',
        text: 'A thank-you within 24 hours of every interview',
        correct: true,
        explanation: 'This is the common advice, and the same day is better still.',
      },
      {
        id: 'b',
        text: 'A check-in every day once the promised date has passed, to stay top of mind',
        correct: false,
        explanation: 'Daily messages read as pressure. One check-in, then another about a week later, is plenty.',
      },
      {
        id: 'c',
        text: 'A check-in one or two business days after a date they gave has passed',
        correct: true,
        explanation: 'Late enough to be fair to their date, soon enough to still matter.',
      },
      {
        id: 'd',
        text: 'Waiting for a reply to the thank-you before planning any check-in',
        correct: false,
        explanation: 'Many thank-yous get no reply. Plan the check-in from their time frame, not from a reply.',
      },
    ],
  },
  {
    id: 'tm-second-check-in',
    area: 'timing',
    kind: 'single',
    scenario: 'You checked in politely the day after their date passed. There has been no reply.',
    prompt: 'What now?',
    options: [
      {
        id: 'a',
        text: 'Call every day until somebody picks up',
        correct: false,
        explanation: 'Persistence is good; daily calls are not. Give them room to answer.',
      },
      {
        id: 'b',
        text: 'Check in once more about a week later',
        correct: true,
        explanation: 'A second check-in about five business days later is reasonable; our plan schedules exactly that.',
      },
      {
        id: 'c',
        text: 'Give up at once: one unanswered check-in means they have moved on',
        correct: false,
        explanation:
          'One unanswered message usually means a busy inbox. Silence is only an answer after several weeks.',
      },
      {
        id: 'd',
        text: 'Write to human resources to complain about the delay in the process',
        correct: false,
        explanation: 'Complaining about a delay burns goodwill you may need, in this process and later.',
      },
    ],
  },
];
