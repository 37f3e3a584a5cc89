// Puts the paragraphs in their format: an email body, a full business letter, or a short card.
import type { ComposeInput } from './types.js';
import { clean, firstName, gap, letterDate, pick } from './words.js';

// Greetings and closings vary by the recipient's place on the panel too: panel members compare notes.
function greeting(input: ComposeInput): string {
  const name = clean(input.recipient.name);
  if (name === '') return `Dear ${gap('their name')},`;
  if (input.tone !== 'warm' || input.format === 'letter')
    return `Dear ${input.tone === 'warm' ? firstName(name) : name},`;
  return `${pick(input.variant ?? 0, ['Dear', 'Hi', 'Hello'])} ${firstName(name)},`;
}

function closing(input: ComposeInput): string {
  const v = input.variant ?? 0;
  if (input.format === 'letter') {
    return input.tone === 'warm'
      ? pick(v, ['With best wishes,', 'Warm regards,', 'Best wishes,'])
      : pick(v, ['Sincerely,', 'Yours sincerely,', 'Kind regards,']);
  }
  return input.tone === 'warm'
    ? pick(v, ['Warm regards,', 'Best wishes,', 'With thanks,'])
    : pick(v, ['Kind regards,', 'Best regards,', 'Sincerely,']);
}

const lines = (s: string): string[] =>
  s
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');

function signature(input: ComposeInput): string {
  const { profile } = input;
  if (input.format !== 'email') return clean(profile.name) || gap('your name');
  const sig = lines(profile.signature);
  return sig.length > 0 ? sig.join('\n') : clean(profile.name) || gap('your name');
}

/** Sender block, date and recipient block of a business letter; a missing address is a gap. */
function letterHead(input: ComposeInput): string[] {
  const { profile, recipient } = input;
  const sender = [
    clean(profile.name) || gap('your name'),
    ...(lines(profile.address).length > 0 ? lines(profile.address) : [gap('your postal address')]),
    ...[profile.email, profile.phone].map((x) => x.trim()).filter((x) => x !== ''),
  ];
  const to = [
    clean(recipient.name) || gap('their name'),
    ...[recipient.title, recipient.company || input.opportunity.company].map((x) => x.trim()).filter((x) => x !== ''),
    ...(lines(recipient.address).length > 0
      ? lines(recipient.address)
      : [gap(firstName(recipient.name) ? `${firstName(recipient.name)}'s postal address` : 'their postal address')]),
  ];
  return [sender.join('\n'), letterDate(input.today), to.join('\n')];
}

export function layout(input: ComposeInput, paragraphs: string[]): string {
  const sign = `${closing(input)}\n${signature(input)}`;
  const body = [greeting(input), ...paragraphs];
  if (input.format === 'card') return [...body, sign].join('\n');
  if (input.format === 'letter') return [...letterHead(input), ...body, sign].join('\n\n');
  return [...body, sign].join('\n\n');
}
