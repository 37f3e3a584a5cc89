// Tone: what makes a reader wince. Apologising for the interview, pleading or putting the
// employer under pressure, and over-familiarity. Clarifying an answer that fell flat is fine.
import type { Analysis } from './analysis.js';
import { plain } from './content.js';
import type { Sentence } from './text.js';

export interface ToneProblem {
  kind: 'apology' | 'pleading' | 'pressure' | 'familiarity';
  sentence: Sentence;
}

const PATTERNS: [ToneProblem['kind'], RegExp][] = [
  [
    'apology',
    /\b(?:sorry|apologi[sz]e|apologies|forgive me|my mind went blank|i (?:was|got) (?:so |very |really )?nervous|(?:did not|didn't) make a good impression|i (?:know|realize|realise) i (?:did not|didn't) do (?:well|great)|i hope my \w+ (?:did not|didn't)|i blew|i messed up)\b/u,
  ],
  [
    'pleading',
    /\b(?:i (?:really |desperately |truly |badly )?need (?:this|the|a|that) (?:job|position|role|work|opportunity)|please,? please|(?:i am |i'm )?begging|desperate(?:ly)?|i(?:'ll| will) do anything|give me a (?:chance|shot)|please (?:hire|pick|choose) me|i don't know what i(?:'ll| will) do|running out of (?:money|savings)|my rent)\b/u,
  ],
  [
    'pressure',
    /\b(?:i need (?:your|a|an) (?:decision|answer|offer)|at the latest|otherwise i (?:will|'ll) (?:have to )?(?:accept|take|go)|i expect (?:to hear|a response|an answer|an offer)|i(?:'ll| will) call you (?:tomorrow|tonight|every)|you (?:need|have) to decide)\b/u,
  ],
  [
    'familiarity',
    /(?:^(?:hey|yo|sup|hiya)\b)|\b(?:dude|buddy|bro|mate|xoxo|lol|lmao|omg|love you|hugs|grab (?:a |some )?(?:drinks?|beers?)|best buds|bestie|you guys|had a blast|you're awesome|babe|hun)\b/u,
  ],
];

export function toneProblems(a: Analysis): ToneProblem[] {
  const out: ToneProblem[] = [];
  for (const s of a.sentences) {
    const text = plain(s);
    for (const [kind, re] of PATTERNS) if (re.test(text)) out.push({ kind, sentence: s });
  }
  return out;
}
