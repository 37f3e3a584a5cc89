// What the interviewer said would happen: a decision, an update on next steps, a call, the end of
// the interview round, an offer or a start date. Checked in this order; the first match wins.
import type { TimeFrameEvent } from './types.js';

const RULES: [Exclude<TimeFrameEvent, 'unknown' | 'decision'>, RegExp][] = [
  [
    'interviews-end',
    /\b(done|finish|finished|finishing|wrap|wrapping|wrapped|complete|completing|conclude|concluding|through) (up )?(with )?(the |our |all |all the |all of our )?(interviews|interviewing|this round|the round|first round|first-round interviews|round of interviews|meeting candidates|seeing candidates|candidate interviews)\b|\binterview(s|ing)? (will )?(run|continue|go on|wrap up|end|close)s?\b|\b(last|final) (interview|candidate)s? (is|are|will be)\b|\bother candidates (through|until|by)\b/,
  ],
  [
    'start',
    /\b(start date|starting date|start(s)? (on|by|in|around|at)|(to|you'd|you would|would|could|can) start|begin(s)? (on|by|in)|first day|join (us|the team)|onboard(ing)?)\b/,
  ],
  ['offer', /\b(an offer|offers?|extend)\b/],
  ['callback', /\b(call|phone|ring) (you|back)\b|\bgive you a (call|ring)\b|\bcall-?back\b|\bschedule a call\b/],
  [
    'update',
    /\b(next steps?|next round|an update|update you|second (round|interview)|final round|follow-up interview|further interviews?|move (you )?forward|schedule (the|a|another|your)|shortlist)\b/,
  ],
];

const DECISION =
  /\b(decid\w*|decision|choose|choosing|select|selecting|make (a|our|the) (choice|hire|call)|hire|hiring|let you know|hear back|hear from|get back to you|feedback|respond|answer|news|outcome|result)\b/;

export function detectEvent(normalized: string, hasDate: boolean): TimeFrameEvent {
  for (const [event, pattern] of RULES) if (pattern.test(normalized)) return event;
  if (DECISION.test(normalized) || hasDate) return 'decision';
  return 'unknown';
}
