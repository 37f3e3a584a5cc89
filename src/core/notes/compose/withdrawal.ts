// The withdrawal note (issue 7): the candidate accepted another offer and steps out of this process.
// Short and courteous; it names no other employer and asks for nothing, and like every draft it
// says only what the candidate recorded (the role, the company, a topic they discussed).
import type { Parts } from './sentences.js';
import { paragraph } from './words.js';

export function withdrawal(p: Parts): string[] {
  const { role, company } = p.input.opportunity;
  const topic = p.topics[0]?.nominal;
  const warm = p.tone === 'warm';
  const news = warm
    ? `Thank you for considering me for the ${role} role. I have accepted another offer, so I am withdrawing my application at ${company}.`
    : `Please accept this note as the withdrawal of my application for the ${role} role at ${company}. I have accepted another offer.`;
  const thanks = warm
    ? topic
      ? `I am grateful for your time, and I especially enjoyed our conversation about ${topic}.`
      : 'I am grateful for your time and the care you took over the process.'
    : topic
      ? `Thank you for your time and consideration, and in particular for our discussion of ${topic}.`
      : 'Thank you for your time and consideration throughout the process.';
  const close = warm
    ? 'I hope our paths cross again, and I wish you and the team every success.'
    : 'I hope we may stay in touch, and I wish you and your team every success.';
  return [news, paragraph(thanks, close)];
}
