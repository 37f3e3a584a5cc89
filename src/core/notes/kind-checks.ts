// The checks of the other kinds of message (issue 14): a check-in refers to the date they gave and
// asks one clear question; a clarification names the answer and gives the better one; a rejection
// reply is gracious, asks for feedback, keeps the door open and does not pitch; a keep-warm note has
// a reason to write and asks for no job; a withdrawal says so, thanks them and stays courteous.
// Each returns the sentences that are its evidence: what passed it, or, for the "no ..." checks,
// what failed it.
import { type Analysis, substantive, tokensAfter } from './analysis.js';
import { plain } from './content.js';
import { linkSpans, type Sentence } from './text.js';

const find = (a: Analysis, re: RegExp) => a.sentences.filter((s) => re.test(plain(s)));

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const DATE = new RegExp(
  `\\b(?:${WEEKDAY}|${MONTH}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}|end of (?:the |this |next )?(?:week|month|quarter)|next week|this week|in (?:a|one|two|three) weeks?|(?:two|three|a couple of) weeks|\\d{1,2}/\\d{1,2})\\b`,
  'u',
);
const TIMING_WORDS =
  /\b(?:decid\w*|decision|hear(?:ing)? back|update|timeline|time ?frame|timing|next steps?|get back|be in touch|make an offer|finish(?:ing)? interviews)\b/u;

/** Check-in: a sentence that brings back the date or time frame they gave. */
export function refersToDate(a: Analysis): Sentence[] {
  return a.sentences.filter((s) => {
    const t = plain(s);
    return (
      (DATE.test(t) && TIMING_WORDS.test(t)) ||
      /\b(?:timeline|time ?frame) (?:you|the team) (?:gave|mentioned|shared)\b/u.test(t)
    );
  });
}

const REQUEST =
  /\b(?:could|would|can) you (?:please )?(?:let me know|tell me|share|confirm|give me)|(?:please )?let me know (?:whether|if|when|where|how)|i would (?:be grateful|appreciate|love) (?:to know|to hear|knowing|hearing|an update|any update)|i(?:'d| would) be glad to hear (?:where|whether|how)/u;

/** Questions and polite requests: the asks of a message. */
export function asks(a: Analysis): Sentence[] {
  return a.sentences.filter((s) => /\?\s*$/u.test(s.text) || REQUEST.test(plain(s)));
}

const THANKS = /\b(?:thank|thanks|grateful|gratitude|appreciate[ds]?|appreciation)\b/u;
export const thanks = (a: Analysis): Sentence[] => find(a, THANKS);

const BITTER =
  /\b(?:unfair|wrong decision|a mistake|reconsider|change your mind|shocked|can't believe|cannot believe|waste of (?:my )?time|biased|should have (?:been )?(?:chosen|picked|hired)|why (?:didn't|did) you|disappointed (?:in|with) (?:you|the process|your))\b/u;

/** Rejection reply: thanks without bitterness. Evidence: the thanks, or the bitter sentences. */
export function gracious(a: Analysis): { passed: boolean; evidence: Sentence[] } {
  const bitter = find(a, BITTER);
  if (bitter.length > 0) return { passed: false, evidence: bitter };
  const t = thanks(a);
  return { passed: t.length > 0, evidence: t };
}

const FEEDBACK =
  /\b(?:feedback|what i could (?:have )?do(?:ne)? (?:better|differently)|areas? (?:to|i could|for|where i (?:could|might)) (?:improve|improvement|grow|work on)|how i (?:could|might|can) (?:improve|strengthen|do better)|what would have made (?:my|me)|any (?:advice|pointers|suggestions|tips) (?:for|on|about)|where i fell short)\b/u;
export const asksFeedback = (a: Analysis): Sentence[] => find(a, FEEDBACK);

const DOOR =
  /\b(?:future (?:roles?|openings?|opportunities|opportunity|positions?|vacancies)|keep me in mind|stay in touch|keep in touch|remain (?:very |keenly |truly )?interested|(?:be )?consider(?:ed)? (?:me )?(?:for|again)|paths cross|connect on linkedin|down the road|in the future|another opportunity|other (?:roles|openings|opportunities) (?:at|with|on))\b/u;
export const doorOpen = (a: Analysis): Sentence[] => find(a, DOOR);

const PITCH =
  /\b(?:i would bring|i(?:'d| would) be (?:a )?(?:great|perfect|strong|ideal) (?:fit|addition|asset)|still the (?:best|right) (?:candidate|person|fit)|i know i (?:can|could) do (?:this|the) job|one idea (?:i would|would be|might be|is)|my (?:first )?idea would be|if you (?:reconsider|change your mind)|i would still (?:love|like) to (?:show|prove))\b/u;

/** Rejection reply: the sentences that pitch (a pitch after a "no" reads as not hearing it). */
export const pitches = (a: Analysis): Sentence[] => find(a, PITCH);

const REASON =
  /\b(?:congratulations|congrats|i saw (?:that|the|your|a|an)|i read (?:that|about|your|a|an)|came across|news|announce\w*|launch\w*|article|report|study|write-?up|piece|podcast|thought of you|noticed (?:that|your|the)|wanted to share|one more thought|an idea|further thought|i (?:have )?(?:recently|just) (?:finished|completed|started|earned|published|shipped|passed)|award|milestone|anniversary)\b/u;

/** Keep-warm: a genuine reason to write, with something to it (a link, or words beyond the cue). */
export function reasonToWrite(a: Analysis): Sentence[] {
  const links = linkSpans(a.text).filter((l) => !/linkedin\.com\/in\/|mailto:|@/iu.test(l.text));
  return a.sentences.filter((s) => {
    if (links.some((l) => l.start >= s.start && l.end <= s.end)) return true;
    const m = REASON.exec(plain(s));
    return m !== null && substantive(a, tokensAfter(s, s.start + m.index)).length >= 2;
  });
}

const JOB_ASK =
  /\b(?:any (?:new |open )?(?:openings|positions|roles|vacancies|opportunities)|(?:open|available) (?:positions?|roles?|vacanc\w+)|consider me|hire me|are you hiring|(?:is|are) (?:the team |your team )?hiring|job opening|refer me|a referral|put in a (?:good )?word|apply for|(?:position|role) (?:opens|becomes available|is available)|keep me in mind for|looking for (?:a|my next) (?:job|role|position))\b/u;
/** Keep-warm: the sentences that ask for a job. */
export const jobAsks = (a: Analysis): Sentence[] => find(a, JOB_ASK);

const WITHDRAW =
  /\b(?:withdraw\w*|remove (?:me|my application|my name|myself) from|no longer (?:be )?(?:available|pursuing|a candidate)|accepted (?:another|a different|an|a) (?:offer|position|role|job)|step(?:ping)? (?:back|away) from (?:the|this) process)\b/u;
export const saysWithdrawal = (a: Analysis): Sentence[] => find(a, WITHDRAW);

const WELL_WISH =
  /\b(?:wish (?:you|the team|your team)|best of luck|every success|all the best|paths cross|stay in touch|keep in touch|thank|grateful|appreciate)\b/u;
const NEGATIVE =
  /\b(?:too slow|took too long|better offer|pays? (?:more|better)|(?:low|lower) (?:salary|pay|offer)|disorgani[sz]ed|unprofessional|never heard back|waste of|more money|no one (?:got back|replied))\b/u;

/** Withdrawal: good wishes or thanks, and no dig at the employer. */
export function courteous(a: Analysis): { passed: boolean; evidence: Sentence[] } {
  const bad = find(a, NEGATIVE);
  if (bad.length > 0) return { passed: false, evidence: bad };
  const good = find(a, WELL_WISH);
  return { passed: good.length > 0, evidence: good };
}

const ANSWER =
  /\b(?:my (?:answer|response|reply) (?:to|on|about|regarding)|when you asked (?:me )?(?:about|whether|how|if|what|why|for)|the question (?:about|on|of)|(?:clarify|expand on|add to|follow up on|revisit|come back to|return to) (?:my|the|one|an) (?:answer|response|point|question)|i (?:didn't|did not) (?:fully |properly )?(?:answer|explain|mention)|(?:in|during) (?:the|our) (?:interview|conversation),? i (?:said|mentioned|answered))\b/u;

/** Clarification: the sentence naming the answer it revisits, with what it was about. */
export function namesAnswer(a: Analysis): Sentence[] {
  return a.sentences.filter((s) => {
    const m = ANSWER.exec(plain(s));
    return m !== null && substantive(a, tokensAfter(s, s.start + m.index)).length >= 1;
  });
}

const BETTER =
  /\b(?:i (?:have|had|led|built|ran|used|wrote|would|did|do|can)|in fact|specifically|for example|to be specific|the (?:better|fuller|short) answer|what i meant)\b/u;

/** Clarification: the better answer, in the naming sentence (after a colon) or the two after it. */
export function betterAnswer(a: Analysis, named: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of named) {
    const colon = s.text.search(/[:—–]/u);
    if (colon >= 0 && substantive(a, tokensAfter(s, s.start + colon)).length >= 3) {
      out.push(s);
      continue;
    }
    const i = a.sentences.indexOf(s);
    for (const n of a.sentences.slice(i + 1, i + 3)) {
      if (BETTER.test(plain(n)) && substantive(a, n.tokens).length >= 3) {
        out.push(n);
        break;
      }
    }
  }
  return out;
}
