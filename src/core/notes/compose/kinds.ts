// The paragraphs of each kind of draft. Layout (greeting, closing, addresses) is added by layout.ts.
import {
  article,
  capitalise,
  close,
  idea,
  interest,
  type Parts,
  strength,
  thanks,
  timeFrameClause,
} from './sentences.js';
import type { DraftFormat } from './types.js';
import { clean, gap, longDate, midSentence, paragraph, pick } from './words.js';

const warm = (p: Parts) => p.tone === 'warm';

/** The thank-you: what was discussed, the idea for their challenge, why and how, then next steps. */
export function thankYou(p: Parts, format: DraftFormat, clarify: boolean): string[] {
  if (format === 'card') {
    // A card has room for a few lines: the same substance, no link, no second topic.
    const short = { ...p, topics: p.topics.slice(0, 1) };
    return [paragraph(thanks(short), idea(p), strength(p), interest(p))];
  }
  const out = [paragraph(thanks(p), idea(p), p.article ? article(p, p.article) : null)];
  out.push(pick(p.variant, [paragraph(interest(p), strength(p)), paragraph(strength(p), interest(p))]));
  if (clarify) out.push(clarification(p));
  out.push(close(p));
  return out;
}

/** "topic: what I would say now" splits into the answer and the point; without a point, a gap asks for it. */
export function clarification(p: Parts): string {
  const weak = clean(p.input.notes?.weakAnswer);
  if (weak === '') return `I would like to add one point to ${gap('the answer you want to clarify, and the point')}.`;
  const split = /\s*(?::|\s[—–-]\s)\s*/u.exec(weak);
  const topic = split ? weak.slice(0, split.index) : weak;
  const point = split ? clean(weak.slice(split.index + split[0].length)) : '';
  const said = point === '' ? gap('what you would say now') : point;
  return warm(p)
    ? `I would like to add one thing to my answer on ${midSentence(topic)}: ${said}.`
    : `I would also like to expand briefly on my answer about ${midSentence(topic)}: ${said}.`;
}

/** The first idea or article that no earlier message to this person already carried. */
function newValue(p: Parts): { idea?: { challenge: string; idea: string }; article?: string } | null {
  const earlier = (p.input.earlier ?? []).map((m) => m.toLowerCase());
  const fresh = (s: string) => !earlier.some((m) => m.includes(clean(s).toLowerCase()));
  for (const c of p.input.notes?.challenges ?? []) {
    if (clean(c.idea) !== '' && clean(c.challenge) !== '' && fresh(c.idea)) return { idea: c };
  }
  if (p.article && fresh(p.article)) return { article: p.article };
  return null;
}

function valueLine(p: Parts, v: NonNullable<ReturnType<typeof newValue>>): string {
  if (v.article) return article(p, v.article);
  const c = v.idea as { challenge: string; idea: string };
  return warm(p)
    ? `One more thought on ${midSentence(c.challenge)}: ${midSentence(c.idea)}.`
    : `I have one further thought on ${midSentence(c.challenge)}: ${midSentence(c.idea)}.`;
}

/** A check-in that refers back to the time frame they gave and adds something new, never "just checking in". */
export function checkIn(p: Parts): string[] {
  const { role, company } = p.input.opportunity;
  const spoke = `When we spoke on ${longDate(p.input.interview.date, p.input.today)}`;
  const when = timeFrameClause(p.input.timeFrame, p.input.today) ?? gap('the time frame they gave');
  const second = p.input.round === 2;
  const opening = second
    ? `${spoke}, ${when}. I am following up once more on the ${role} role, as I remain very interested in joining ${company}.`
    : `${spoke}, ${when}. I am writing to follow up on the ${role} role and to say that I remain very interested in joining ${company}.`;
  const value = newValue(p);
  const ask = second
    ? warm(p)
      ? 'If the timing has changed, I would be glad to hear where things stand.'
      : 'If the timing has changed, I would be grateful to know where things stand.'
    : warm(p)
      ? 'Is there any update you can share on the timing?'
      : 'Could you let me know whether there is any update on the timing?';
  return [opening, value ? valueLine(p, value) : null, ask].filter((x): x is string => x !== null);
}

/** Gracious, asks for specific feedback and for future roles, and sets up keeping in touch. */
export function rejectionReply(p: Parts): string[] {
  const { role, company } = p.input.opportunity;
  const topic = p.topics[0];
  const thanksLine = warm(p)
    ? paragraph(
        `Thank you for letting me know about the ${role} role.`,
        topic
          ? `I am disappointed, but I am grateful for your time, and I especially enjoyed our conversation about ${topic}.`
          : 'I am disappointed, but I am grateful for your time.',
      )
    : paragraph(
        `Thank you for letting me know your decision about the ${role} role.`,
        topic
          ? `While I am disappointed, I appreciated your time, and particularly our discussion of ${topic}.`
          : 'While I am disappointed, I appreciated your time.',
      );
  const feedback = warm(p)
    ? 'Would you be willing to share any specific feedback on my interviews? Knowing what would have made my application stronger would help me a great deal.'
    : 'Would you be willing to share any specific feedback on my interviews? I would value knowing what would have made my application stronger.';
  const future = warm(p)
    ? `I would still very much like to work at ${company}, so please consider me for future roles that fit.`
    : `I remain very interested in ${company} and would be grateful to be considered for future roles.`;
  const keep = topic
    ? `I would like to stay in touch, and I will pass along anything useful I come across on ${topic}.`
    : 'I would like to stay in touch, and I hope our paths cross again.';
  return [thanksLine, feedback, paragraph(future, keep)];
}

/** Some months on: a relevant article or idea, and no ask. */
export function keepWarm(p: Parts): string[] {
  const topic = p.topics[0];
  const opening = topic
    ? `I hope all is well since our conversation about ${topic}.`
    : `I hope all is well since we spoke on ${longDate(p.input.interview.date, p.input.today)}.`;
  const value = newValue(p);
  const body = value ? valueLine(p, value) : `${capitalise(gap('a relevant update or article'))}.`;
  const noAsk = warm(p)
    ? 'No need to reply; I simply thought of you.'
    : 'There is no need to reply; I simply thought it might interest you.';
  return [opening, body, noAsk];
}
