// The areas the self-assessment covers, each with the part of the product that helps practise it.
import type { AreaHelp, QuizArea, QuizComparison } from './types.js';

export interface AreaInfo {
  title: string;
  help: AreaHelp;
}

export const AREAS: Record<QuizArea, AreaInfo> = {
  'time-frame': {
    title: 'Asking for the time frame and contact before leaving',
    help: {
      label: 'Record the time frame, the contact and permission to check in on the interview sheet',
      hint: { action: 'interview.add', field: 'timeframe' },
    },
  },
  timing: {
    title: 'Timing of the thank-you and the check-ins',
    help: {
      label: 'See when each follow-up is due, with its reason, in your plan',
      hint: { action: 'plan' },
    },
  },
  content: {
    title: 'Content of a strong thank-you',
    help: {
      label: 'Check a thank-you note against the qualities that make it stand out',
      hint: { action: 'check' },
    },
  },
  channel: {
    title: 'Channel: email, a mailed card, or both',
    help: {
      label: 'Choose the channel and whether to mail a card too on the interview sheet',
      hint: { action: 'interview.edit', field: 'channel' },
    },
  },
  disengaged: {
    title: 'Reading and recovering from a disengaged interviewer',
    help: {
      label: 'Note an answer that fell flat, so your thank-you can clarify it',
      hint: { action: 'interview.notes' },
    },
  },
  setbacks: {
    title: 'Handling silence, delays and rejection',
    help: {
      label: 'Log replies, calls and new dates; the plan moves its check-ins to match',
      hint: { action: 'log' },
    },
  },
  'keep-in-touch': {
    title: 'Keeping in touch',
    help: {
      label: 'Follow your plan through to its close-the-loop step, then keep the contact warm',
      hint: { action: 'due' },
    },
  },
};

/** Shown beside every score. Our questions are not Boyer's, so it is "a similar" assessment. */
export const COMPARISON: QuizComparison = {
  text: 'About 3 in 10 candidates answered a similar follow-up self-assessment correctly (Boyer Management, 2014).',
  source: 'Boyer Management, 2014',
};

/** How many questions a quiz has. */
export const QUIZ_SIZE = 12;
