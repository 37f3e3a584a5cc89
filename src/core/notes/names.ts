// Names: catches the copy-pasted note. The greeting must address the recipient (or at least
// someone on the panel), and a company or role the note says it wants must be this interview's.
import type { Analysis } from './analysis.js';
import { GROUP_ADDRESSES, HONORIFICS, ORG_WORDS } from './lexicon.js';
import { type Span, tokenize } from './text.js';

export interface NameProblem {
  span: Span;
  message: string;
}

const GREETING = /^(?:dear|hi|hello|hey|yo|hiya|greetings|good (?:morning|afternoon|evening))\b[\s,]*/iu;
const PLACEHOLDER = /\[[^\]\n]{1,40}\]/gu;
// "join the team at X", "the role at X", "I want to work at X": the company the note says it wants.
const TARGET =
  /\b(?:join(?:ing)?|to (?:work|teach|cook|be) (?:at|for)|(?:position|role|job|opportunity|opening|career|future|team|internship) (?:at|with)|to be at|interview(?:ing)? (?:at|with)|appl(?:y|ied|ying) (?:to|at))\s+(?:the team at\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]{0,30}(?:\s(?:&\s)?\p{Lu}[\p{L}\p{N}&'’.-]{0,30}){0,3})/gu;
const OWN_PAST = /\b(?:my|our|previous|former|old|last)\s+$/iu;
const ROLE =
  /\b(?:[Tt]he|[Tt]his|[Yy]our)\s+((?:\p{Lu}[\p{L}-]{0,30}\s){1,4})(?:role|position|job|opening|vacancy)\b/gu;

const nameWords = (s: string) =>
  tokenize(s)
    .map((t) => t.lower.replace(/'s$/, ''))
    .filter((w) => !HONORIFICS.has(w) && !GROUP_ADDRESSES.has(w));

export function nameProblems(a: Analysis): NameProblem[] {
  const ctx = a.context;
  if (!ctx) return [];
  const out: NameProblem[] = [];
  const span = (start: number, text: string): Span => ({ start, end: start + text.length, text });

  for (const m of a.text.matchAll(PLACEHOLDER)) {
    out.push({ span: span(m.index, m[0]), message: `Replace the placeholder ${m[0]}.` });
  }

  const first = a.sentences[0];
  if (first) {
    const g = GREETING.exec(first.text);
    // "Dana," or "Chef Martin," alone on the first line also greets.
    const bare = !g && /^[\p{Lu}][\p{L}.'’ -]{0,40},$/u.test(first.text);
    if (g || bare) {
      const offset = g ? g[0].length : 0;
      const rest = first.text.slice(offset).replace(/[\s,:;!.]+$/u, '');
      const said = nameWords(rest).filter((w) => !w.startsWith('['));
      const people = ctx.recipient ? [ctx.recipient.name] : ctx.people.map((p) => p.name);
      const fits = (who: string) => {
        const known = new Set(nameWords(who));
        return said.every((w) => known.has(w));
      };
      if (said.length > 0 && !people.some(fits)) {
        const other = ctx.people.find((p) => fits(p.name));
        const to = ctx.recipient?.name ?? people.join(' or ');
        out.push({
          span: span(first.start + offset, rest),
          message: other
            ? `The greeting names ${other.name}, but this note is for ${to}.`
            : `The greeting names "${rest}", but this note is for ${to}.`,
        });
      }
    }
  }

  // Compare on the distinctive part of the name: "Meridian Health" is not "Northwind Health".
  const allCompany = nameWords(ctx.company).filter((w) => w.length > 1);
  const distinctive = allCompany.filter((w) => !ORG_WORDS.has(w));
  const companyWords = new Set(distinctive.length > 0 ? distinctive : allCompany);
  const personWords = new Set(ctx.people.flatMap((p) => nameWords(p.name)));
  for (const m of a.text.matchAll(TARGET)) {
    if (OWN_PAST.test(a.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const named = (m[1] as string).replace(/[.’']+$/u, '');
    const words = nameWords(named);
    if (words.length === 0 || words.some((w) => companyWords.has(w) || personWords.has(w))) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push({
      span: span(start, named),
      message: `The note names ${named}, but this interview was with ${ctx.company}.`,
    });
  }

  const roleWords = new Set(nameWords(ctx.role));
  if (roleWords.size > 0) {
    for (const m of a.text.matchAll(ROLE)) {
      const title = (m[1] as string).trim();
      const words = nameWords(title);
      if (words.length === 0 || words.some((w) => roleWords.has(w) || companyWords.has(w))) continue;
      const start = m.index + m[0].indexOf(title);
      out.push({
        span: span(start, title),
        message: `The note names the ${title} role, but this interview was for ${ctx.role}.`,
      });
    }
  }
  return out;
}
