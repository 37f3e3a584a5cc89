// The sentences every kind of draft is built from. Each takes what the candidate recorded, fits it to
// the frame its shape allows (grammar/fit.ts: a noun phrase after "about", a clause after "that"),
// and says it back; a missing input becomes a gap, never a guess. Each slot has three phrasings and
// the recipient's place on the panel picks one, so notes to a panel differ in wording as well as in
// substance; kinds.ts varies their order too.
import type { TimeFrame, TimeFrameEvent } from '../../timeframe/types.js';
import { cap, type Fitted, fitMine, fitTheirs, toRecipient, withDeterminer, withNameCase } from '../grammar/fit.js';
import type { ComposeInput, DraftTone } from './types.js';
import { clean, firstName, gap, longDate, pick } from './words.js';

export interface Parts {
  input: ComposeInput;
  tone: DraftTone;
  variant: number;
  who: string;
  topics: Fitted[];
  /** The challenge to write about: the first one with the candidate's idea, else the first. */
  challenge: { challenge: Fitted; idea: Fitted | null; rawIdea: string } | null;
  article: { url: string; label: string } | null;
  why: Fitted | null;
  strength: Fitted | null;
}

export function partsOf(input: ComposeInput): Parts {
  const notes = input.notes;
  // The same topic typed twice ("legacy forecasting", "the legacy forecasting") is written once.
  const bare = (f: Fitted) => f.nominal.toLowerCase().replace(/^(?:the|a|an|your) /u, '');
  // The company's name as recorded, so "northwind" typed in a hurry reads "Northwind". Only its first
  // word: "Logistics" in "Northwind Logistics" is also an everyday word.
  const names = [input.opportunity.company.trim().split(/\s+/u)[0] ?? ''];
  const named = (t: string | null | undefined) => withNameCase(clean(t), names);
  const topics = (notes?.topics ?? [])
    .filter((t) => named(t) !== '')
    .map((t) => fitTheirs(named(t)))
    .filter((f, i, all) => all.findIndex((g) => bare(g) === bare(f)) === i);
  const challenges = (notes?.challenges ?? []).filter((c) => named(c.challenge) !== '');
  const chosen = challenges.find((c) => named(c.idea) !== '') ?? challenges[0];
  const why = named(input.opportunity.why);
  const strength = named(input.opportunity.strength);
  return {
    input,
    tone: input.tone,
    variant: input.variant ?? 0,
    who: firstName(input.recipient.name) || 'them',
    topics,
    challenge: chosen
      ? {
          challenge: fitTheirs(named(chosen.challenge)),
          idea: named(chosen.idea) === '' ? null : fitMine(named(chosen.idea), 'a'),
          rawIdea: named(chosen.idea),
        }
      : null,
    article: articleOf(notes?.article ?? null),
    why: why === '' ? null : fitMine(theirsToYou(why), 'the'),
    strength: strength === '' ? null : fitMine(strength, 'a'),
  };
}

// In "why I want it", "they" and "their" are the employer: the note is addressed to them.
const theirsToYou = (s: string) => (/\b(?:they|their|them)\b/iu.test(s) ? toRecipient(s) : s);

const warm = (p: Parts) => p.tone === 'warm';

/** A phrasing for this slot: `slot` shifts the choice so that one note's slots do not all take the same index. */
const choose = (p: Parts, slot: number, options: readonly string[]) => pick(p.variant + slot, options);

/** The link and a human label for it: the title the candidate gave, else the words of its address. */
export function articleOf(raw: string | null): { url: string; label: string } | null {
  const text = clean(raw);
  const m = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/u.exec(text);
  if (!m) return null;
  const url = m[0];
  const title = clean(`${text.slice(0, m.index)} ${text.slice(m.index + url.length)}`)
    .replace(/^[\s"“'‘(—–-]+|[\s"”'’)—–:-]+$/gu, '')
    .trim();
  if (title.length >= 4) return { url, label: `“${title}”` };
  const slug = (
    url
      .replace(/[?#].*$/u, '')
      .split('/')
      .filter(Boolean)
      .pop() ?? ''
  ).replace(/\.\w{2,5}$/u, '');
  const words = slug
    .toLowerCase()
    .split(/[-_+]+/u)
    .filter((w) => /^[a-z]{2,}$/u.test(w));
  if (words.length >= 2 && words.length === slug.split(/[-_+]+/u).length) {
    // "claims-data-quality-case-study" is a case study on claims data quality.
    const kind = /(?:^| )(case study|study|guide|report|paper|checklist|post|article)$/u.exec(words.join(' '));
    const topic = kind ? words.join(' ').slice(0, kind.index).trim() : words.join(' ');
    const what = kind?.[1] ?? 'article';
    if (topic.split(' ').length >= 1 && topic !== '')
      return { url, label: `${/^[aeiou]/u.test(what) ? 'an' : 'a'} ${what} on ${withDeterminer(topic, 'the')}` };
  }
  return { url, label: 'an article on this' };
}

/** Thanks that names what was discussed (the checker's specific detail). */
export function thanks(p: Parts, slot = 0): string {
  const topic = p.topics[0];
  const t = topic?.nominal ?? gap(`something specific you discussed with ${p.who}`);
  const c = topic?.clause;
  const first = c
    ? warm(p)
      ? choose(p, slot, [
          `Thank you for explaining that ${c}.`,
          `It was useful to hear that ${c}.`,
          `Thank you for being so open about how ${c}.`,
        ])
      : choose(p, slot, [
          `Thank you for explaining that ${c}.`,
          `It was helpful to learn that ${c}.`,
          `Thank you for your candour about how ${c}.`,
        ])
    : warm(p)
      ? choose(p, slot, [
          `Thank you for walking me through ${t}.`,
          `I really enjoyed our conversation about ${t}.`,
          `It was a pleasure to talk with you about ${t}.`,
        ])
      : choose(p, slot, [
          `Thank you for taking the time to discuss ${t} with me.`,
          `I appreciated the chance to learn more about ${t}.`,
          `Thank you for explaining ${t} during our meeting.`,
        ]);
  const second = p.topics[1];
  if (!second) return first;
  const s = second.nominal;
  return `${first} ${
    warm(p)
      ? choose(p, slot, [
          `I also took a lot from what you said about ${s}.`,
          `Your thoughts on ${s} stayed with me too.`,
          `I also enjoyed hearing about ${s}.`,
        ])
      : choose(p, slot, [
          `Your points on ${s} were especially useful.`,
          `I also valued your remarks on ${s}.`,
          `Your perspective on ${s} was equally helpful.`,
        ])
  }`;
}

/** The challenge they raised. */
function challengeLine(p: Parts, slot: number): string {
  const ch = p.challenge?.challenge;
  if (!ch) return `You mentioned ${gap(`the challenge ${p.who} mentioned`)}.`;
  if (ch.clause) {
    return warm(p)
      ? choose(p, slot, [
          `You mentioned that ${ch.clause}.`,
          `You told me that ${ch.clause}, and I have kept thinking about it.`,
          `I have been thinking about what you said: ${ch.clause}.`,
        ])
      : choose(p, slot, [
          `You noted that ${ch.clause}.`,
          `I have given some thought to your point that ${ch.clause}.`,
          `You explained that ${ch.clause}.`,
        ]);
  }
  // "to cut ETA errors in half" is a goal: "the need to cut ETA errors in half".
  const np =
    ch.shape === 'infinitive'
      ? `the need ${ch.nominal.replace(/^how /u, '')}`
      : ch.shape === 'imperative'
        ? `the need ${ch.nominal.replace(/^how /u, '')}`
        : ch.nominal;
  return warm(p)
    ? choose(p, slot, [
        `You mentioned ${np} as a challenge.`,
        `I have been thinking about ${np} since we spoke.`,
        `You described ${np} as one of the team's challenges.`,
      ])
    : choose(p, slot, [
        `You noted ${np} as a current challenge.`,
        `I have given some thought to ${np} since our meeting.`,
        `You raised ${np} as a priority for the team.`,
      ]);
}

/** What can follow "is" or "would be": "a shared checklist", "to add a checklist", "adding one". */
export function complement(f: Fitted, raw: string): string | null {
  switch (f.shape) {
    case 'noun-phrase':
    case 'gerund':
    case 'wh-clause':
      return f.nominal;
    case 'infinitive':
      return clean(raw).replace(/^To\b/u, 'to');
    case 'imperative':
      return `to ${f.nominal.replace(/^how to /u, '')}`;
    default:
      return null;
  }
}

/** The candidate's idea for it. */
function ideaLine(p: Parts, slot: number): string {
  const idea = p.challenge?.idea;
  const comp = idea ? complement(idea, p.challenge?.rawIdea ?? '') : gap('your idea for it');
  if (comp !== null) {
    return warm(p)
      ? choose(p, slot, [
          `One idea I would try is ${comp}.`,
          `One option might be ${comp}.`,
          `My first idea would be ${comp}.`,
        ])
      : choose(p, slot, [
          `One approach I would suggest is ${comp}.`,
          `One option would be ${comp}.`,
          `My suggestion would be ${comp}.`,
        ]);
  }
  const c = idea?.clause ?? idea?.nominal ?? '';
  return warm(p)
    ? choose(p, slot, [`Here is one idea: ${c}.`, `One thought: ${c}.`, `An idea I would like to try: ${c}.`])
    : choose(p, slot, [`One suggestion: ${c}.`, `One possible approach: ${c}.`, `My suggestion is this: ${c}.`]);
}

/** The challenge they raised and the candidate's own idea for it. */
export function idea(p: Parts, slot = 0): string {
  return `${challengeLine(p, slot)} ${ideaLine(p, slot + 1)}`;
}

/** Why the candidate wants this job, in their own words (the checker's interest). */
export function interest(p: Parts, slot = 0): string {
  const company = p.input.opportunity.company;
  const w = p.why;
  if (!w) {
    return warm(p)
      ? `I would love to join ${company} because ${gap('why you want this role')}.`
      : `I would like to join ${company} because ${gap('why you want this role')}.`;
  }
  if (w.clause) {
    const c = w.clause;
    return warm(p)
      ? choose(p, slot, [
          `I would love to join ${company} because ${c}.`,
          `Our conversation made me even more sure I want to join ${company}, because ${c}.`,
          `I am excited about joining ${company} because ${c}.`,
        ])
      : choose(p, slot, [
          `I would like to join ${company} because ${c}.`,
          `I am drawn to ${company} because ${c}.`,
          `The role appeals to me because ${c}.`,
        ]);
  }
  if (w.shape === 'infinitive' || w.shape === 'imperative') {
    const inf = w.shape === 'infinitive' ? w.nominal.replace(/^how /u, '') : `to ${w.nominal.replace(/^how to /u, '')}`;
    return warm(p)
      ? choose(p, slot, [
          `I would love to join ${company} ${inf}.`,
          `I want to join ${company} ${inf}.`,
          `More than anything, I would like to join ${company} ${inf}.`,
        ])
      : choose(p, slot, [
          `I would welcome the chance to join ${company} ${inf}.`,
          `I would like to join ${company} ${inf}.`,
          `I am applying to ${company} ${inf}.`,
        ]);
  }
  if (w.shape === 'gerund') {
    return choose(p, slot, [
      `What draws me to ${company} is the prospect of ${w.nominal}.`,
      `The chance of ${w.nominal} is a big part of why I want to join ${company}.`,
      `I am drawn to ${company} by the prospect of ${w.nominal}.`,
    ]);
  }
  return warm(p)
    ? choose(p, slot, [
        `What draws me to ${company} is ${w.nominal}.`,
        `I want to join ${company} because of ${w.nominal}.`,
        `A big part of why I want to join ${company} is ${w.nominal}.`,
      ])
    : choose(p, slot, [
        `What draws me to ${company} is ${w.nominal}.`,
        `I am drawn to ${company} because of ${w.nominal}.`,
        `My interest in ${company} comes from ${w.nominal}.`,
      ]);
}

/** How the candidate would succeed, tied back to their challenge (the checker's plan). */
export function strength(p: Parts, slot = 0): string {
  const targets = p.challenge
    ? warm(p)
      ? ['that problem', 'a problem like that one', 'that challenge']
      : ['that challenge', 'a challenge of that kind', 'that problem']
    : ['this role', 'your team', 'the work here'];
  const target = choose(p, slot, targets);
  const s = p.strength;
  if (!s) return `I would bring ${gap('how you would succeed in this role')} to ${target}.`;
  const clause = s.clause ?? (s.shape === 'imperative' ? `I ${s.nominal.replace(/^how to /u, '')}` : null);
  if (clause) {
    const c = cap(clause);
    return warm(p)
      ? choose(p, slot, [
          `${c}, and I would bring the same approach to ${target}.`,
          `${c}; I would apply that experience to ${target}.`,
          `${c}, which is the experience I would bring to ${target}.`,
        ])
      : choose(p, slot, [
          `${c}, and I would apply the same approach to ${target}.`,
          `${c}; I would bring that experience to ${target}.`,
          `${c}, and I could apply that experience directly to ${target}.`,
        ]);
  }
  const np = s.shape === 'gerund' ? `experience ${s.nominal}` : s.nominal;
  return choose(p, slot, [
    `I would bring ${np} to ${target}.`,
    `What I would bring to ${target} is ${np}.`,
    `I could apply ${np} to ${target}.`,
  ]);
}

/** The article the candidate found for this person, with a human label. */
export function article(p: Parts, a: { url: string; label: string }, slot = 0): string {
  return warm(p)
    ? choose(p, slot, [
        `Here is ${a.label}, in case it is useful: ${a.url}`,
        `You might find ${a.label} useful: ${a.url}`,
        `I came across ${a.label} and thought of you: ${a.url}`,
      ])
    : choose(p, slot, [
        `You may find ${a.label} useful: ${a.url}`,
        `I thought ${a.label} might be of interest: ${a.url}`,
        `I would recommend ${a.label}: ${a.url}`,
      ]);
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

/** Who gave the time frame, as far as the composer knows: the recipient, or someone else on the team. */
export type TimeFrameSpeaker = 'recipient' | 'team';

/**
 * "you mentioned you hoped to decide by Friday 13 March" (or `you said "..."` when no date could be
 * read), from the time frame they gave; null when they gave none. When someone else gave it, the
 * team is named instead: "the team hoped to decide by ...".
 */
export function timeFrameClause(
  tf: TimeFrame | null,
  today: string,
  by: TimeFrameSpeaker = 'recipient',
): string | null {
  if (!tf) return null;
  const day = tf.latest ?? tf.earliest;
  if (day && (tf.firmness === 'firm' || tf.firmness === 'soft')) {
    const verb = tf.firmness === 'firm' ? 'planned' : 'hoped';
    const date = longDate(day, today);
    return by === 'recipient'
      ? `you mentioned you ${verb} to ${EVENT[tf.event]} by ${date}`
      : `I understood the team ${verb} to ${EVENT[tf.event]} by ${date}`;
  }
  const phrase = clean(tf.phrase);
  if (phrase === '') return null;
  return by === 'recipient' ? `you said “${phrase}”` : `I understood from the team that “${phrase}”`;
}

export const capitalise = cap;

export const speakerOf = (input: ComposeInput): TimeFrameSpeaker => input.timeFrameSaidBy ?? 'team';

/**
 * The close: the time frame they gave, attributed to whoever gave it. The next step the candidate
 * noted is private (it may say "possibly a final round with the VP") and never appears.
 */
export function close(p: Parts, slot = 0): string {
  const when = timeFrameClause(p.input.timeFrame, p.input.today, speakerOf(p.input));
  if (when) {
    return choose(p, slot, [
      `${cap(when)}, and I look forward to hearing from you.`,
      `${cap(when)}, so I will look out for your news then.`,
      `${cap(when)}; until then, thank you again for your time.`,
    ]);
  }
  return warm(p)
    ? choose(p, slot, [
        'I look forward to hearing about the next steps.',
        'I hope to hear from you soon.',
        'Thank you again, and I look forward to staying in touch.',
      ])
    : choose(p, slot, [
        'I look forward to hearing from you about the next steps.',
        'Thank you again for your time and consideration.',
        'I look forward to hearing from you.',
      ]);
}
