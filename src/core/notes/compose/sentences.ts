// The sentences every kind of draft is built from. Each takes what the candidate recorded and says it
// back in a fixed frame; a missing input becomes a gap, never a guess. Phrasings vary by the
// recipient's place on the panel so notes to a panel differ in wording as well as in substance.
import type { Challenge } from '../../model.js';
import type { TimeFrame, TimeFrameEvent } from '../../timeframe/types.js';
import type { ComposeInput, DraftTone } from './types.js';
import { clean, firstName, firstPerson, gap, longDate, midSentence, pick } from './words.js';

export interface Parts {
  input: ComposeInput;
  tone: DraftTone;
  variant: number;
  who: string;
  topics: string[];
  /** The challenge to write about: the first one with the candidate's idea, else the first. */
  challenge: Challenge | null;
  article: string | null;
}

export function partsOf(input: ComposeInput): Parts {
  const notes = input.notes;
  const topics = (notes?.topics ?? []).map(midSentence).filter((t) => t !== '');
  const challenges = (notes?.challenges ?? []).filter((c) => clean(c.challenge) !== '');
  return {
    input,
    tone: input.tone,
    variant: input.variant ?? 0,
    who: firstName(input.recipient.name) || 'them',
    topics,
    challenge: challenges.find((c) => clean(c.idea) !== '') ?? challenges[0] ?? null,
    article: clean(notes?.article) || null,
  };
}

const warm = (p: Parts) => p.tone === 'warm';

/** Thanks that names what was discussed (the checker's specific detail). */
export function thanks(p: Parts): string {
  const t = p.topics[0] ?? gap(`something specific you discussed with ${p.who}`);
  const first = warm(p)
    ? pick(p.variant, [
        `Thank you for walking me through ${t}.`,
        `I really enjoyed our conversation about ${t}.`,
        `Thank you for the time you spent with me on ${t}.`,
      ])
    : pick(p.variant, [
        `Thank you for taking the time to discuss ${t} with me.`,
        `I appreciated the chance to learn about ${t} from you.`,
        `Thank you for explaining ${t} during our meeting.`,
      ]);
  const second = p.topics[1];
  if (!second) return first;
  return `${first} ${
    warm(p)
      ? `I also took a lot from what you said about ${second}.`
      : `Your points on ${second} were especially useful.`
  }`;
}

/** The challenge they raised and the candidate's own idea for it. */
export function idea(p: Parts): string {
  const ch = p.challenge ? midSentence(p.challenge.challenge) : gap(`the challenge ${p.who} mentioned`);
  const it = p.challenge && clean(p.challenge.idea) !== '' ? midSentence(p.challenge.idea) : gap('your idea for it');
  return warm(p)
    ? pick(p.variant, [
        `You mentioned ${ch}. One idea I would try: ${it}.`,
        `On ${ch}, which you raised, here is one idea: ${it}.`,
        `You described ${ch} as a real challenge; my idea would be this: ${it}.`,
      ])
    : pick(p.variant, [
        `You noted ${ch} as a current challenge. One approach I would suggest: ${it}.`,
        `Regarding ${ch}, one option I would propose: ${it}.`,
        `On the challenge of ${ch} that you raised, my suggestion would be: ${it}.`,
      ]);
}

/** Why the candidate wants this job, in their own words (the checker's interest). */
export function interest(p: Parts): string {
  const { company, why } = p.input.opportunity;
  const reason =
    clean(why) === '' ? gap('why you want this role') : firstPerson(why) ? clean(why) : `of ${midSentence(why)}`;
  return warm(p)
    ? pick(p.variant, [
        `I would love to join ${company} because ${reason}.`,
        `Our conversation made me even more sure I want to join ${company}, because ${reason}.`,
        `I am excited about joining ${company} because ${reason}.`,
      ])
    : pick(p.variant, [
        `I would like to join ${company} because ${reason}.`,
        `I am drawn to ${company} because ${reason}.`,
        `The position appeals to me because ${reason}.`,
      ]);
}

/** How the candidate would succeed, tied to the challenge (the checker's plan). */
export function strength(p: Parts): string {
  const s = p.input.opportunity.strength;
  const target = p.challenge ? midSentence(p.challenge.challenge) : 'this work';
  if (clean(s) === '') return `I would bring ${gap('how you would succeed in this role')} to ${target}.`;
  if (firstPerson(s)) {
    return warm(p)
      ? pick(p.variant, [
          `${clean(s)}, and I would bring the same approach to ${target}.`,
          `${clean(s)}; I would apply that same approach to ${target}.`,
          `${clean(s)}, so I would bring that approach straight to ${target}.`,
        ])
      : pick(p.variant, [
          `${clean(s)}, and I would apply the same approach to ${target}.`,
          `${clean(s)}; I would bring that approach to ${target}.`,
          `${clean(s)}, and I could apply the same approach to ${target}.`,
        ]);
  }
  const it = midSentence(s);
  return pick(p.variant + (warm(p) ? 0 : 1), [
    `I would bring ${it} to ${target}.`,
    `I could bring ${it} to bear on ${target}.`,
    `I would apply ${it} directly to ${target}.`,
  ]);
}

/** The article the candidate found for this person, when there is one. */
export function article(p: Parts, url: string): string {
  return warm(p)
    ? pick(p.variant, [
        `I came across this article and thought you might find it useful: ${url}`,
        `Here is an article I found that you may like: ${url}`,
      ])
    : `You may find this article useful: ${url}`;
}

const EVENT: Record<TimeFrameEvent, string> = {
  decision: 'decide',
  update: 'share an update',
  callback: 'get back to me',
  'interviews-end': 'finish interviews',
  offer: 'make an offer',
  start: 'have someone start',
  unknown: 'take the next step',
};

/**
 * "you mentioned you hoped to decide by Friday 13 March" (or `you said "..."` when no date could be
 * read), from the time frame they gave; null when they gave none.
 */
export function timeFrameClause(tf: TimeFrame | null, today: string): string | null {
  if (!tf) return null;
  const day = tf.latest ?? tf.earliest;
  if (day && (tf.firmness === 'firm' || tf.firmness === 'soft')) {
    const verb = tf.firmness === 'firm' ? 'planned' : 'hoped';
    return `you mentioned you ${verb} to ${EVENT[tf.event]} by ${longDate(day, today)}`;
  }
  const phrase = clean(tf.phrase);
  return phrase === '' ? null : `you said "${phrase}"`;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The close: the next step and the time frame they gave, when the candidate recorded them. */
export function close(p: Parts): string {
  const next = clean(p.input.nextStep);
  const when = timeFrameClause(p.input.timeFrame, p.input.today);
  const nextLine = next
    ? warm(p)
      ? `I look forward to the next step, ${midSentence(next)}.`
      : `I look forward to the next step: ${midSentence(next)}.`
    : null;
  const whenLine = when
    ? pick(p.variant, [
        `${capitalise(when)}, and I look forward to hearing from you.`,
        `${capitalise(when)}; I will look out for your news then.`,
      ])
    : null;
  if (!nextLine && !whenLine) {
    return warm(p)
      ? pick(p.variant, ['I look forward to hearing about the next steps.', 'I hope to hear from you soon.'])
      : 'I look forward to hearing from you about the next steps.';
  }
  return [nextLine, whenLine].filter(Boolean).join(' ');
}
