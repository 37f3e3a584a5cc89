// Silence, delays and rejection: a passed date usually means a delay; after about three weeks of
// silence following several check-ins, treat it as no; answer a rejection graciously and ask for feedback.
import type { QuizQuestion } from '../types.js';

export const SETBACKS: QuizQuestion[] = [
  {
    id: 'sb-date-passed',
    area: 'setbacks',
    kind: 'single',
    scenario: 'Their date passed a week ago. Your first check-in has had no reply.',
    prompt: 'What does this most likely mean?',
    options: [
      {
        id: 'a',
        text: 'That you have been rejected, so there is no point following up any further',
        correct: false,
        explanation: 'A week of silence after a date is common and usually means a delay, not a decision.',
      },
      {
        id: 'b',
        text: 'They lost your application, so send the whole thing again',
        correct: false,
        explanation: 'Resending everything suggests you assume they are disorganised. A short check-in is enough.',
      },
      {
        id: 'c',
        text: 'Not much yet: hiring often runs late',
        correct: true,
        explanation:
          'Dates slip for many reasons. A second polite check-in about a week after the first is reasonable.',
      },
      {
        id: 'd',
        text: "You should escalate to the interviewer's manager",
        correct: false,
        explanation: 'Going over their head damages the relationship with the person who may decide.',
      },
    ],
  },
  {
    id: 'sb-three-weeks',
    area: 'setbacks',
    kind: 'single',
    scenario: 'You have checked in twice. Since then, about three weeks have passed in silence.',
    prompt: 'What should you do?',
    options: [
      {
        id: 'a',
        text: 'Keep checking in every week until somebody finally gives you an answer one way or the other',
        correct: false,
        explanation: 'After several unanswered check-ins, more messages are unlikely to help and may hurt.',
      },
      {
        id: 'b',
        text: 'Treat it as a no, move on, and stay in touch',
        correct: true,
        explanation:
          'After roughly three weeks of silence following several check-ins, treat the answer as no, put your energy elsewhere, and keep the door open.',
      },
      {
        id: 'c',
        text: 'Write to tell them how unprofessional their silence is',
        correct: false,
        explanation: 'It may feel deserved, but it closes a door that could open again later.',
      },
      {
        id: 'd',
        text: 'Delete their details and forget about them',
        correct: false,
        explanation: 'Moving on does not mean cutting ties: the contact may be useful for a future role.',
      },
    ],
  },
  {
    id: 'sb-rejection-reply',
    area: 'setbacks',
    kind: 'multiple',
    scenario: 'You receive a polite rejection email after the final round.',
    prompt: 'Which belong in a good reply? Choose all that apply.',
    options: [
      {
        id: 'a',
        text: 'Thanks for their time and the chance to meet the team',
        correct: true,
        explanation: 'A gracious reply is rare enough to be remembered.',
      },
      {
        id: 'b',
        text: 'An argument that they have made a mistake',
        correct: false,
        explanation: 'It will not change the decision and will close the door for future roles.',
      },
      {
        id: 'c',
        text: 'A request for any feedback that would help you',
        correct: true,
        explanation: 'Not everyone can give feedback, but asking politely often gets a useful answer.',
      },
      {
        id: 'd',
        text: 'That you would welcome hearing about future openings',
        correct: true,
        explanation: 'Runners-up are often the first call when a role reopens or a similar one appears.',
      },
      {
        id: 'e',
        text: 'Nothing: do not reply to a rejection',
        correct: false,
        explanation: 'Silence wastes the one moment when they are most likely to remember you kindly.',
      },
    ],
  },
  {
    id: 'sb-new-date',
    area: 'setbacks',
    kind: 'single',
    scenario: 'The recruiter replies to your check-in: "Sorry, we need about two more weeks."',
    prompt: 'What now?',
    options: [
      {
        id: 'a',
        text: 'Keep to your original check-in schedule regardless of what they said',
        correct: false,
        explanation: 'Checking in before the new date ignores what they just told you.',
      },
      {
        id: 'b',
        text: 'Withdraw: a delay like this shows they are not really interested in you',
        correct: false,
        explanation:
          'Delays usually come from their side (budgets, other candidates, holidays), not from doubts about you.',
      },
      {
        id: 'c',
        text: 'Ask them to reconsider the delay',
        correct: false,
        explanation: 'You cannot change their schedule, and pushing against it reads as impatience.',
      },
      {
        id: 'd',
        text: 'Thank them, note the new date and plan from it',
        correct: true,
        explanation: 'Their new date replaces the old one: your next check-in moves to just after it.',
      },
    ],
  },
];
