// composeDraft: the messages a strong candidate sends after an interview (issue 5), built only from
// what the candidate recorded. Pure and deterministic: the date and every input are passed in.
import { checkIn, keepWarm, rejectionReply, thankYou } from './kinds.js';
import { layout } from './layout.js';
import { type Parts, partsOf } from './sentences.js';
import type { ComposeInput, Draft } from './types.js';
import { withdrawal } from './withdrawal.js';
import { gapsIn } from './words.js';

export function composeDraft(input: ComposeInput): Draft {
  const p = partsOf(input);
  const body = layout(input, paragraphsFor(p));
  return {
    kind: input.kind,
    format: input.format,
    tone: input.tone,
    to: { name: input.recipient.name, email: input.recipient.email },
    subject: subjectFor(p),
    body,
    gaps: gapsIn(body),
  };
}

function paragraphsFor(p: Parts): string[] {
  switch (p.input.kind) {
    case 'thank-you':
      return thankYou(p, p.input.format, false);
    case 'clarification':
      return thankYou(p, p.input.format, true);
    case 'check-in':
      return checkIn(p);
    case 'rejection-reply':
      return rejectionReply(p);
    case 'keep-warm':
      return keepWarm(p);
    case 'withdrawal':
      return withdrawal(p);
  }
}

function subjectFor(p: Parts): string {
  const { role, company } = p.input.opportunity;
  const topic = p.topics[0];
  switch (p.input.kind) {
    case 'thank-you':
    case 'clarification':
      return p.tone === 'warm' ? `Thank you: ${role} interview` : `Thank you for the ${role} interview`;
    case 'check-in':
      return `Following up: ${role} at ${company}`;
    case 'rejection-reply':
      return `Thank you, and a request: ${role} at ${company}`;
    case 'keep-warm':
      return topic ? `Following our conversation about ${topic.nominal}` : 'Keeping in touch';
    case 'withdrawal':
      return `Withdrawing my application: ${role} at ${company}`;
  }
}
