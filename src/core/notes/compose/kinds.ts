// The paragraphs of each kind of draft. Layout (greeting, closing, addresses) is added by layout.ts.
// Private notes stay private: the next step the candidate noted and the answer that fell flat reach
// a draft only when the draft is about them (the weak answer, in a clarification).
import { cap, type Fitted, fitMine } from '../grammar/fit.js';
import {
  article,
  close,
  complement,
  idea,
  interest,
  type Parts,
  speakerOf,
  strength,
  thanks,
  timeFrameClause,
} from './sentences.js';
import type { DraftFormat } from './types.js';
import { clean, gap, longDate, paragraph, pick } from './words.js';

const warm = (p: Parts) => p.tone === 'warm';

/** The thank-you: what was discussed, the idea for their challenge, why and how, then the time frame. */
export function thankYou(p: Parts, format: DraftFormat, clarify: boolean): string[] {
  const v = ((p.variant % 3) + 3) % 3;
  if (format === 'card') {
    // A card has room for a few lines: the same substance, no link, no second topic.
    const short = { ...p, topics: p.topics.slice(0, 1) };
    const more = clarify ? clarification(p) : null;
    return v === 1
      ? [paragraph(thanks(short), interest(p, 1), idea(p, 2), strength(p), more)]
      : [paragraph(thanks(short), idea(p, 1), strength(p, 2), interest(p), more)];
  }
  const link = p.article ? article(p, p.article, 2) : null;
  const extra = clarify ? [clarification(p)] : [];
  // Three structures, so that two panel members' notes differ in shape and not only in facts.
  // A link ends its paragraph: a sentence after a bare URL reads as part of it.
  if (v === 1) {
    return [paragraph(thanks(p), interest(p, 1)), paragraph(idea(p, 2), strength(p, 1), link), ...extra, close(p, 1)];
  }
  if (v === 2) {
    return [thanks(p), paragraph(idea(p), strength(p, 1)), paragraph(interest(p, 2), link), ...extra, close(p)];
  }
  return [paragraph(thanks(p), idea(p), link), paragraph(interest(p), strength(p)), ...extra, close(p)];
}

/** "topic: what I would say now" splits into the answer and the point; without a point, a gap asks for it. */
export function clarification(p: Parts): string {
  const weak = clean(p.input.notes?.weakAnswer);
  if (weak === '') return `I would like to add one point to ${gap('the answer you want to clarify, and the point')}.`;
  const split = /\s*(?::|\s[—–-]\s)\s*/u.exec(weak);
  const topicRaw = split ? weak.slice(0, split.index) : weak;
  const point = split ? clean(weak.slice(split.index + split[0].length)) : '';
  const topic = fitMine(topicRaw, 'the').nominal;
  const said = point === '' ? gap('what you would say now') : point;
  return warm(p)
    ? `I would like to add one thing to my answer on ${topic}: ${said}.`
    : `I would also like to expand briefly on my answer about ${topic}: ${said}.`;
}

/** The first idea or article that no earlier message to this person already carried. */
function newValue(p: Parts): { idea?: { challenge: Fitted; idea: Fitted }; article?: Parts['article'] } | null {
  const earlier = (p.input.earlier ?? []).map((m) => m.toLowerCase());
  const fresh = (s: string) => !earlier.some((m) => m.includes(clean(s).toLowerCase()));
  const c = p.challenge;
  if (c?.idea && fresh(c.rawIdea)) return { idea: { challenge: c.challenge, idea: c.idea } };
  if (p.article && fresh(p.article.url)) return { article: p.article };
  return null;
}

function valueLine(p: Parts, v: NonNullable<ReturnType<typeof newValue>>): string {
  if (v.article) return article(p, v.article, 1);
  const c = v.idea as { challenge: Fitted; idea: Fitted };
  const raw = p.challenge?.rawIdea ?? '';
  const what =
    c.idea.shape === 'imperative'
      ? `you could ${clean(raw).replace(/^\p{Lu}/u, (x) => x.toLowerCase())}`
      : c.idea.shape === 'infinitive'
        ? `it might help ${complement(c.idea, raw)}`
        : (c.idea.clause ?? c.idea.nominal);
  return warm(p)
    ? `One more thought on ${c.challenge.nominal}: ${what}.`
    : `I have one further thought on ${c.challenge.nominal}: ${what}.`;
}

/** A check-in that refers back to the time frame they gave and asks one question, never "just checking in". */
export function checkIn(p: Parts): string[] {
  const { role, company } = p.input.opportunity;
  const spoke = `When we spoke on ${longDate(p.input.interview.date, p.input.today)}`;
  const when = timeFrameClause(p.input.timeFrame, p.input.today, speakerOf(p.input)) ?? gap('the time frame they gave');
  const second = p.input.round === 2;
  const opening = second
    ? `${spoke}, ${when}. I am following up once more on the ${role} role, as I remain very interested in joining ${company}.`
    : `${spoke}, ${when}. I am writing to follow up on the ${role} role and to say that I remain very interested in joining ${company}.`;
  const value = newValue(p);
  const ask = second
    ? warm(p)
      ? 'Is there an updated timeline you could share?'
      : 'Could you let me know whether the timeline has changed?'
    : warm(p)
      ? 'Is there any update you can share on the timing?'
      : 'Could you let me know whether there is any update on the timing?';
  return [opening, value ? valueLine(p, value) : null, ask].filter((x): x is string => x !== null);
}

/** Gracious, asks for specific feedback and for future roles, and sets up keeping in touch. No pitch. */
export function rejectionReply(p: Parts): string[] {
  const { role, company } = p.input.opportunity;
  const topic = p.topics[0]?.nominal;
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
    ? 'I would like to stay in touch, and I will pass along anything useful I come across on that subject.'
    : 'I would like to stay in touch, and I hope our paths cross again.';
  return [thanksLine, feedback, paragraph(future, keep)];
}

/** Some months on: a relevant article or idea, and no ask. */
export function keepWarm(p: Parts): string[] {
  const topic = p.topics[0]?.nominal;
  const opening = topic
    ? `I hope all is well since our conversation about ${topic}.`
    : `I hope all is well since we spoke on ${longDate(p.input.interview.date, p.input.today)}.`;
  const value = newValue(p);
  const body = value ? valueLine(p, value) : `${cap(gap('a relevant update or article'))}.`;
  const noAsk = warm(p)
    ? pick(p.variant, ['No need to reply; I simply thought of you.', 'There is no need to reply.'])
    : 'There is no need to reply; I simply thought it might interest you.';
  return [opening, body, noAsk];
}
