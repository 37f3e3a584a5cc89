// The content checks: does the note cite this interview, give a real reason, and say how the
// candidate would contribute? Each rule looks for a cue in a sentence AND for substantive words
// around it (not filler, not the company or role name), so "I am excited because it is a great
// opportunity" never counts while "I want this job because your night shift runs on a plan" does.
import { type Analysis, matchedPhrases, substantive, tokensAfter, tokensBefore } from './analysis.js';
import { looksPast } from './grammar/lexicon.js';
import type { Sentence } from './text.js';

/** Normalised sentence text for cue patterns: lower case, straight apostrophes. Same length as the original. */
export const plain = (s: Sentence): string => s.text.toLowerCase().replace(/’/g, "'");

// Cues that something happened in this interview. Strong ones name an event on their own (a tour,
// "you mentioned"), so one substantive word nearby is enough; weak ones ("hearing about") need two.
const STRONG_DETAIL =
  /\b(?:tour|trial shift|deep dive|sit in|sat in|portfolio review|introduc(?:ing|ed) me to|show(?:ing|ed)? me|you (?:\w+ )?(?:mentioned|described|said|explained|showed|shared|told me|asked|noted|pointed out|raised)|when you)\b/gu;
const WEAK_DETAIL =
  /\b(?:hear(?:ing)?|learn(?:ing|ed|t)?|see(?:ing)?|saw|watch(?:ing|ed)?|(?:walk|talk)(?:ing|ed)? me through|tell(?:ing)? me about|told me about|explain(?:ing|ed)?|shar(?:ing|ed)|describ(?:ing|ed)|discuss(?:ing|ed)?|(?:our|the|your|my) (?:[\p{L}-]+ )?(?:discussion|conversation|talk|chat|story|point|example|question|comments?|answer)s? (?:about|of|on|around|into|to)|thanks? (?:you )?for (?:the|our|your) [\p{L}-]+ (?:about|on|of|around|into))\b/gu;

export function specificDetail(a: Analysis): Sentence[] {
  return a.sentences.filter((s) => {
    if (matchedPhrases(a, s, ['topic', 'challenge']).length > 0) return true;
    const text = plain(s);
    return cueWithWords(a, s, text, STRONG_DETAIL, 1) || cueWithWords(a, s, text, WEAK_DETAIL, 2);
  });
}

/** A cue whose neighbourhood (three words before, ten after) holds at least `need` substantive words. */
function cueWithWords(a: Analysis, s: Sentence, text: string, cue: RegExp, need: number): boolean {
  for (const m of text.matchAll(cue)) {
    const from = s.start + m.index;
    const to = from + m[0].length;
    const before = tokensBefore(s, from).slice(-3);
    const after = tokensAfter(s, to).slice(0, 10);
    const inCue = s.tokens.filter((t) => t.start >= from && t.end <= to);
    if (substantive(a, [...before, ...inCue, ...after]).length >= need) return true;
  }
  return false;
}

// Wanting this job: the cue. The reason is what follows a reason marker, or, for "why I want" and
// "X made me want", the rest of the sentence.
const WANT =
  /\b(?:i(?: really| truly| still)?(?: want| wanted| would love|'d love| would like|'d like| hope| would welcome the chance| am eager| am keen) to (?:join|work|teach|cook|be part|build|be at|contribute to|help)|i want (?:this|the) (?:job|role|position|work)|drawn to|appeals to me|excited (?:about|by)|(?:i am|i'm) (?:applying|interested in (?:this|the) (?:role|position|job))|exactly the kind of (?:work|problem|place|team|role|job) i)\b/u;
// Cues whose reason is the rest of the sentence: "What draws me to Lumen is the way you train new
// nurses", "Your reading block is why I applied", "I have long admired how you ...".
const WANT_WHY =
  /\b(?:why i (?:want|applied|would like|am applying|'m applying|am so keen)|reason i (?:want|applied|am applying|'m applying)|made me (?:want|sure)|where i want to (?:work|be)|what (?:draws|drew|attracts|attracted|excites|excited|appeals to|appealed to|inspires|inspired) me|(?:drew|draws|attracted|attracts) me to|(?:a big|a large|the biggest|a key) part of why i|my interest in \S+(?: \S+){0,3} (?:comes|came|stems|grew) from|i (?:have )?(?:long |always |really )?(?:admire[ds]?|respect(?:ed)?) (?:your|the way|how|what)|it would mean a lot to (?:work|be|join)|(?:which|that)(?: is|'s) (?:why|the reason) (?:i|\S+ is (?:at the top of|first on) my list)|(?:at the top of|first on) my list|why (?:this|the) (?:role|job|position|work|company|team) (?:matters|appeals|means (?:so much|a lot))|(?:is|are) (?:exactly |precisely )?(?:the |what |the kind of |the sort of )?(?:work|problem|job|role|place|team|thing|mission)s? (?:that )?i (?:[a-z]+ ){0,2}(?:want|would love|'d love|hope|care about|enjoy))\b/u;
const REASON =
  /\b(?:because|since|bec\w{2,4}se|the reason|ever since|after|which is why|that's why|for the chance to|the (?:chance|prospect|opportunity) (?:to|of)|so (?:that )?i (?:can|could)|to)\b|[:—–]/gu;
// A personal tie to the company is a reason even without "because".
const PERSONAL =
  /\b(?:i(?:'ve| have)? (?:used|ate at|volunteered (?:at|with|for)|interned (?:at|with)|shopped at|banked with|studied at)|i(?:'ve| have) (?:followed|admired|relied on)|as a (?:customer|user|member|patient|parent|volunteer)|grew up|my (?:father|mother|parents|grandparents|family|kids|children))\b/u;

export function interest(a: Analysis): Sentence[] {
  return a.sentences.filter((s) => {
    const text = plain(s);
    const why = WANT_WHY.exec(text);
    if (why) {
      const cueStart = s.start + why.index;
      const cueEnd = cueStart + why[0].length;
      const rest = s.tokens.filter((t) => t.end <= cueStart || t.start >= cueEnd);
      return substantive(a, rest).length >= 2;
    }
    const want = WANT.exec(text);
    // A personal tie to this employer is a reason on its own: "I used your dashboards every day at my
    // last job", "I ate at your harbour kitchen every Friday as a student".
    const company = a.context?.company.toLowerCase().split(/\s+/u)[0];
    const helpedMe =
      company && company.length > 2
        ? new RegExp(
            `\\b${company.replace(/[^\p{L}\p{N}]/gu, '')} (?:\\w+ )?(?:paid for|gave|helped|hired|trained|taught|supported|saved|funded) (?:me|my)\\b`,
            'u',
          )
        : null;
    const tie =
      PERSONAL.exec(text) ??
      /\bi (?:ate|shopped|banked|trained|studied|learned|learnt|stayed|flew|read) (?:at|with|in|from) your\b/u.exec(
        text,
      ) ??
      helpedMe?.exec(text) ??
      null;
    if (!want && tie) {
      const after = text.slice(tie.index);
      const names = /\byour\b/u.test(after) || (company !== undefined && company.length > 2 && after.includes(company));
      return names && substantive(a, tokensAfter(s, s.start + tie.index)).length >= 2;
    }
    if (!want) return false;
    const personal = PERSONAL.exec(text);
    if (personal) {
      // "because I have volunteered at Crescent since school": a tie to this very employer is a reason.
      const company = a.context ? a.context.company.toLowerCase().split(/\s+/u)[0] : undefined;
      const after = text.slice(personal.index);
      if (company && company.length > 2 && after.includes(company)) return true;
      return substantive(a, s.tokens).length >= 3;
    }
    for (const m of text.matchAll(REASON)) {
      if (m.index < want.index + want[0].length) continue;
      const reason = tokensAfter(s, s.start + m.index + m[0].length);
      const n = substantive(a, reason).length;
      // A long reason in plain words ("to help people on the worst day of their year") counts too.
      if (n >= 2 || (n === 1 && reason.length >= 8)) return true;
    }
    return false;
  });
}

// A concrete past action or stretch of experience...
const EXPERIENCE =
  /\b(?:i(?: have|'ve| had| also)* (?:led|lead|built|ran|run|managed|designed|created|launched|shipped|moved|cut|reduced|increased|raised|lifted|grew|improved|trained|taught|wrote|set up|migrated|maintained|automated|redesigned|organi[sz]ed|spent|profiled|presented|handled|delivered|developed|implemented|introduced|coached|mentored|scaled|owned|sold|closed|reconciled|supervised|coordinated|analy[sz]ed|negotiated|doubled|halved|saved|founded|started|volunteered|written|taught|rebuilt|streamlined|cleaned up|turned around|worked (?:on|with|as|in))|my experience (?:with|in|at|of|leading|running|building|managing)|in my (?:current|last|previous|former|old) (?:role|job|position|team|company)|i have (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty) (?:\w+ )?years?|years of (?:\w+ ){0,3}(?:experience|work) (?:in|with|at|as))\b/u;
// ...tied to what this employer needs: by the candidate saying what they would do, by comparison
// ("the same", "similar"), or by sitting next to a proposal for their problem.
const TIE =
  /\b(?:i(?:'d| would| could| can| will)|so i|which i|would help|could help|the same|similar|like yours|for your|to your|on your|with your|(?:fits?|matche?s?|suits?) (?:your|the|what you)|relevant to|transfers? (?:directly )?to|useful (?:for|to|on|here)|at your|in your|i know how to)\b/u;
const OBJECT_WINDOW = 8;
const WOULD = /\bi(?:'d| would| could| can)\b/u;
// Saying what they would do here: "I would bring ...", "I could help your team move ...", "What I
// would bring to that problem is ...".
const CAPABILITY =
  /\b(?:i(?:'d| would| could| can| will)(?: love to| like to| be able to| be glad to)? (?:bring|apply|use|start by|own|run|set up|take on|build|lead|put|draw on|help (?:you |your team |the team )?(?:to )?\w+)|what i(?:'d| would| could| can) bring)\b/u;

// Any action verb in the past with "I" ("I kept renewals above 95%"), beyond the list above; not
// verbs of saying, thinking or being.
const NOT_ACTIONS = new Set(
  'thought felt said knew saw heard found met got went came was were had did told wanted hoped liked loved enjoyed learned learnt noticed realised realized understood believed applied interviewed spoke talked asked read left'.split(
    ' ',
  ),
);
function pastAction(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(/\bi(?: have| had|'ve| also)? ([a-z]+)\b/gu)) {
    const verb = m[1] as string;
    if (looksPast(verb) && !NOT_ACTIONS.has(verb)) return m;
  }
  return null;
}

export function plan(a: Analysis, proposals: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  a.sentences.forEach((s, i) => {
    const text = plain(s);
    const exp = EXPERIENCE.exec(text) ?? pastAction(text);
    // The object of the experience: the few words right after the cue.
    const object = exp ? tokensAfter(s, s.start + exp.index + exp[0].length).slice(0, OBJECT_WINDOW) : [];
    // A number in the object ("a 400-seat theatre", "by 40%") is concrete enough with one more word or alone.
    const objectWords = substantive(a, object);
    if (exp && (objectWords.length >= 2 || objectWords.some((t) => /\d/u.test(t.text)))) {
      const near = [a.sentences[i - 1], a.sentences[i + 1]].filter((x): x is Sentence => x !== undefined);
      const tied =
        TIE.test(text) ||
        matchedPhrases(a, s, ['topic', 'challenge']).length > 0 ||
        near.some((n) => WOULD.test(plain(n)) || proposals.includes(n));
      if (tied) {
        out.push(s);
        return;
      }
    }
    const can = CAPABILITY.exec(text);
    if (can && substantive(a, tokensAfter(s, s.start + can.index + can[0].length)).length >= 3) out.push(s);
  });
  return out;
}
