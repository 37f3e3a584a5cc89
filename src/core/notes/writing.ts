// The writing check: splices and slips that a spelling check cannot see, each with its span and a
// fix. Our own rules, tuned on the shapes drafts and hurried notes take: a clause where a noun phrase
// belongs ("because of Northwind is moving ..."), a missing determiner ("through pricing page
// redesign"), a verb right after "bring"/"apply" ("bring led the project"), a doubled word, "a"/"an"
// by sound, "a" before a plural, a sentence or "i" in lower case, doubled punctuation, and with an
// interview a company or person named a letter or two off. Pure and linear in the text.

import { indefinite } from './grammar/fit.js';
import {
  CLAUSE_VERBS,
  CONJUNCTIONS,
  COUNT_NOUNS,
  DETERMINERS,
  looksPast,
  OBJECT_PRONOUNS,
  POSSESSIVES,
  PREPOSITIONS,
  SINGULAR_S,
  STRONG_PAST,
  SUBJECT_PRONOUNS,
  VERB_BASE,
  VERB_ING,
  VERB_PAST,
  WH_WORDS,
} from './grammar/lexicon.js';
import { isFiniteVerbAt, NOUN_ING } from './grammar/shape.js';
import { HONORIFICS, ORG_WORDS } from './lexicon.js';
import { linkSpans, type Sentence, type Span, splitSentences, type Token, tokenize } from './text.js';
import type { Evidence, NoteContext } from './types.js';

export const WRITING_RULES = [
  'clause-as-noun',
  'missing-determiner',
  'verb-after-bring',
  'missing-to',
  'doubled-word',
  'indefinite-article',
  'article-plural',
  'lowercase-start',
  'lowercase-i',
  'punctuation',
  'name-typo',
] as const;
export type WritingRule = (typeof WRITING_RULES)[number];

export interface WritingFinding {
  rule: WritingRule;
  span: Evidence;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
}

export interface WritingOptions {
  /** The interview, for names spelled a letter or two off. */
  context?: NoteContext | null;
}

const CLAUSE_TRIGGERS = new Set([
  'of',
  'about',
  'through',
  'on',
  'for',
  'with',
  'into',
  'regarding',
  'around',
  'over',
  'to',
  'discuss',
  'discussed',
  'discussing',
]);
const DETERMINER_TRIGGERS = new Set([
  ...[...CLAUSE_TRIGGERS].filter((w) => w !== 'to'),
  'discuss',
  'discussed',
  'discussing',
  'explain',
  'explained',
  'explaining',
  'described',
  'describing',
  'mentioned',
]);
const BRING = new Set(['bring', 'brings', 'bringing', 'apply', 'applies', 'applying']);
// Prepositions with a bare singular noun that English allows: "on schedule", "in person".
const IDIOMS = new Set([
  'on schedule',
  'on budget',
  'on site',
  'on board',
  'on call',
  'on shift',
  'on track',
  'on purpose',
  'of course',
  'for example',
  'for instance',
  'on average',
  'at school',
  'in school',
  'in class',
  'in office',
  'of school',
  'for school',
  'on time',
]);
const KIND_OF = new Set(['kind', 'type', 'sort', 'form', 'part', 'piece', 'bit', 'lot', 'level', 'amount', 'degree']);

const ev = (text: string, start: number, end: number): Evidence => ({ text: text.slice(start, end), start, end });

export function checkWriting(text: string, options: WritingOptions = {}): WritingFinding[] {
  return writingFindings(text, splitSentences(text), options.context ?? null);
}

/** The same, on sentences already split (the checker's analysis). */
export function writingFindings(
  text: string,
  sentences: readonly Sentence[],
  context: NoteContext | null,
): WritingFinding[] {
  const out: WritingFinding[] = [];
  const links = linkSpans(text);
  const inLink = (i: number) => links.length > 0 && links.some((l) => i >= l.start && i < l.end);
  for (const s of sentences) {
    const tokens = s.tokens.filter((t) => !inLink(t.start));
    if (tokens.length === 0) continue;
    sentenceRules(text, s, tokens, out);
  }
  punctuation(text, inLink, out);
  if (context) nameTypos(text, sentences, context, inLink, out);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Is there punctuation (or a line break) between two neighbouring tokens? */
const broken = (text: string, a: Token, b: Token) => /[^\s\p{L}\p{N}'’-]|\n/u.test(text.slice(a.end, b.start));

function sentenceRules(text: string, s: Sentence, tokens: Token[], out: WritingFinding[]): void {
  const ws = tokens.map((t) => t.lower);
  const first = tokens[0] as Token;
  // A sentence starting in lower case ("dispatchers don't trust ..."), but not a brand like "iPhone".
  if (
    first.start === s.start &&
    /^\p{Ll}/u.test(first.text) &&
    !/\p{Lu}/u.test(first.text) &&
    !(tokens.length === 1 && s.text.length <= first.text.length + 1 && /,$/u.test(s.text))
  ) {
    out.push({
      rule: 'lowercase-start',
      span: ev(text, first.start, first.end),
      message: `Start the sentence with a capital: "${cap(first.text)}".`,
    });
  }
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (/^i(?:'|’|$)/u.test(t.text) && /^(?:i|i['’](?:m|ve|d|ll))$/u.test(t.text)) {
      out.push({ rule: 'lowercase-i', span: ev(text, t.start, t.end), message: 'Write "I" as a capital.' });
    }
    if (
      next &&
      !broken(text, t, next) &&
      t.lower === next.lower &&
      !/^\d/u.test(t.lower) &&
      t.lower !== 'that' &&
      t.lower !== 'had'
    ) {
      out.push({
        rule: 'doubled-word',
        span: ev(text, t.start, next.end),
        message: `"${t.text}" appears twice in a row: delete one.`,
      });
    }
    if (next && (t.text === 'a' || t.text === 'an' || (i === 0 && (t.text === 'A' || t.text === 'An')))) {
      const want = indefinite(next.text);
      if (want !== t.lower && !/^[\p{Lu}]$/u.test(next.text)) {
        out.push({
          rule: 'indefinite-article',
          span: ev(text, t.start, next.end),
          message: `Write "${want} ${next.text}": "${want}" goes before a ${want === 'an' ? 'vowel' : 'consonant'} sound.`,
        });
      } else {
        const np = nounPhrase(text, tokens, i + 1);
        const head = np.length > 0 ? (tokens[i + np.length] as Token) : null;
        // "a good template matters": a noun before the plural-looking word makes that word a verb.
        const quantity =
          (np[0] !== undefined && DETERMINERS.has(np[0].lower)) ||
          np.slice(0, -1).some((x) => COUNT_NOUNS.has(x.lower));
        if (head && !quantity && np.length <= 4 && isPlural(head)) {
          out.push({
            rule: 'article-plural',
            span: ev(text, t.start, head.end),
            message: `"${t.text}" goes before one thing, but "${head.text}" is plural: drop "${t.text}" or use the singular.`,
          });
        }
      }
    }
    if (BRING.has(t.lower) && next && !broken(text, t, next)) {
      const after = tokens[i + 2];
      const verbish =
        STRONG_PAST.has(next.lower) ||
        next.lower === 'i' ||
        (looksPast(next.lower) &&
          after !== undefined &&
          (DETERMINERS.has(after.lower) || POSSESSIVES.has(after.lower)));
      if (verbish) {
        out.push({
          rule: 'verb-after-bring',
          span: ev(text, t.start, next.end),
          message: `"${t.text} ${next.text}" puts a verb where what you would bring belongs: say "I ${next.text} …, and I would bring that experience to …".`,
        });
      }
    }
    // "One option might be version the API": a verb after "be" needs its "to".
    if (COPULAS.has(t.lower) && next && !broken(text, t, next)) {
      const after = tokens[i + 2];
      if (after && (DETERMINERS.has(after.lower) || POSSESSIVES.has(after.lower)) && verbBaseLike(next.text)) {
        out.push({
          rule: 'missing-to',
          span: ev(text, t.start, next.end),
          message: `"${t.text} ${next.text}" needs "to": say "${t.text} to ${next.text} …".`,
        });
      }
    }
    if (CLAUSE_TRIGGERS.has(t.lower)) clauseAsNoun(text, tokens, ws, i, out);
    if (DETERMINER_TRIGGERS.has(t.lower)) missingDeterminer(text, tokens, i, out);
  });
}

const COPULAS = new Set(['be', 'is', 'was']);

/** A word that reads as a bare verb here: a known base form, or a plain lower-case word that is no noun or adjective we know. */
function verbBaseLike(word: string): boolean {
  const w = word.toLowerCase();
  if (word !== w || !/^\p{Ll}{3,}$/u.test(w)) return false;
  if (VERB_BASE.has(w)) return true;
  // A noun cannot stand there either: "might be version the API" is wrong whichever it is.
  return (
    !DETERMINERS.has(w) &&
    !POSSESSIVES.has(w) &&
    !PREPOSITIONS.has(w) &&
    !CONJUNCTIONS.has(w) &&
    !WH_WORDS.has(w) &&
    !['that', 'which', 'who', 'whom', 'whose'].includes(w) &&
    !SUBJECT_PRONOUNS.has(w) &&
    !OBJECT_PRONOUNS.has(w) &&
    !/(?:s|ing|ed|ly|al|ful|ous|ive|ic|able|ible|er|est|ish|less|ent|ant|ary|ory)$/u.test(w) &&
    ![
      'not',
      'also',
      'just',
      'only',
      'all',
      'both',
      'still',
      'even',
      'never',
      'always',
      'often',
      'really',
      'very',
      'quite',
      'rather',
      'well',
      'about',
      'like',
      'such',
      'more',
      'most',
      'less',
      'much',
      'half',
      'twice',
      'today',
    ].includes(w)
  );
}

/** The noun phrase starting at `from`: up to a determiner (after its first word), a preposition, a verb, a pronoun or punctuation. */
function nounPhrase(
  text: string,
  tokens: Token[],
  from: number,
  ws: readonly string[] = tokens.map((t) => t.lower),
): Token[] {
  const out: Token[] = [];
  for (let j = from; j < tokens.length && out.length < 6; j++) {
    const t = tokens[j] as Token;
    const w = t.lower;
    if (j > from && broken(text, tokens[j - 1] as Token, t)) break;
    if (j > from && (DETERMINERS.has(w) || POSSESSIVES.has(w))) break;
    if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || WH_WORDS.has(w) || w === 'to' || w === 'and' || w === 'or') break;
    if (SUBJECT_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w)) break;
    if (j > from && VERB_ING.has(w) && !NOUN_ING.has(w)) break;
    // After "the kitchen" a verb is read loosely ("the kitchen runs on a plan"); after a bare
    // compound it is not ("validation tests in dbt").
    const loose = looseAfter(out);
    if (j > from && isFiniteVerbAt(ws, j, loose)) break;
    out.push(t);
  }
  return out;
}

/** "the kitchen" + verb: a determiner and a known noun, so a verb reading of what follows is safe. */
const looseAfter = (np: readonly Token[]) =>
  np.length === 2 && DETERMINERS.has((np[0] as Token).lower) && COUNT_NOUNS.has((np[1] as Token).lower);
const CAUSATIVE = new Set([
  'help',
  'helps',
  'helped',
  'helping',
  'let',
  'lets',
  'make',
  'makes',
  'made',
  'watch',
  'watched',
  'saw',
  'see',
]);
const PRONOUN_AUX = /^(?:i|you|we|they|he|she|it|that|there)['’]/u;

function clauseAsNoun(text: string, tokens: Token[], ws: string[], i: number, out: WritingFinding[]): void {
  const np = nounPhrase(text, tokens, i + 1, ws);
  if (np.length === 0 || np.length > 4) return;
  const firstNp = np[0] as Token;
  if (VERB_ING.has(firstNp.lower) || broken(text, tokens[i] as Token, firstNp)) return;
  // "to make releases run smoothly": after "to" a verb starts an infinitive, not a noun phrase.
  if (
    ws[i] === 'to' &&
    !(DETERMINERS.has(firstNp.lower) || POSSESSIVES.has(firstNp.lower) || /[^s']s$/u.test(firstNp.lower))
  ) {
    return;
  }
  if (ws[i] === 'to' && ['be', 'have', 'do'].includes(firstNp.lower)) return;
  // "the challenges nurses face every day": a relative clause without "that", not a splice.
  if (DETERMINERS.has(firstNp.lower) && np.length >= 3) return;
  const j = i + 1 + np.length;
  const verb = tokens[j];
  if (!verb || broken(text, tokens[j - 1] as Token, verb) || !isFiniteVerbAt(ws, j, looseAfter(np))) return;
  // "With wait times doubled, ...": a participle closing an absolute phrase, not a verb.
  const after = tokens[j + 1];
  if (VERB_PAST.has(verb.lower) && (after === undefined || broken(text, verb, after))) return;
  // "the kind of result I'd aim for": a relative clause starting with its subject.
  if (PRONOUN_AUX.test(verb.lower)) return;
  // "helped hundreds of seniors set up ...": a verb that takes an object and a bare verb.
  if (ws.slice(Math.max(0, i - 4), i - 1).some((w) => CAUSATIVE.has(w))) return;
  if (['be', 'been', 'being'].includes(verb.lower)) return;
  // The preposition must sit inside a clause already under way ("Thank you for ...", "I enjoyed ...
  // about ..."), not inside a subject ("The culture of the team is ...") or after a verb that takes a
  // clause ("I think the culture of the team is ...").
  let main = i === 0 || (i > 0 && ws[i - 1] === 'because');
  for (let k = i - 1; k >= 0 && !main; k--) {
    const w = ws[k] as string;
    // A clause verb right before the preposition takes the preposition, not a clause: "what you said about ...".
    const between = ws.slice(k + 1, i);
    if (
      (CLAUSE_VERBS.has(w) && between.length > 0 && !between.every((x) => OBJECT_PRONOUNS.has(x))) ||
      (CONJUNCTIONS.has(w) && !(w === 'because' && k === i - 1))
    )
      return;
    if (broken(text, tokens[k] as Token, tokens[k + 1] as Token)) return;
    if (w === 'thank' || w === 'thanks' || isFiniteVerbAt(ws, k) || (k === 0 && SUBJECT_PRONOUNS.has(w))) main = true;
  }
  if (!main) return;
  const t = tokens[i] as Token;
  out.push({
    rule: 'clause-as-noun',
    span: ev(text, t.start, verb.end),
    message: `After "${t.text}" a noun phrase belongs, but "${text.slice(firstNp.start, verb.end)}" starts a clause: write "${t.text} how …" or "that …", or rephrase.`,
  });
}

function missingDeterminer(text: string, tokens: Token[], i: number, out: WritingFinding[]): void {
  const np = nounPhrase(text, tokens, i + 1);
  const first = np[0];
  const head = np[np.length - 1];
  if (!first || !head || broken(text, tokens[i] as Token, first)) return;
  const w = first.lower;
  if (DETERMINERS.has(w) || POSSESSIVES.has(w) || /^\d/u.test(w) || /['’]s$/u.test(w)) return;
  if (!COUNT_NOUNS.has(head.lower) || /^\p{Lu}/u.test(head.text)) return;
  // "for meeting with me": a gerund, not a noun.
  if (np.length === 1 && VERB_ING.has(head.lower)) return;
  const prev = tokens[i] as Token;
  if (np.length === 1 && IDIOMS.has(`${prev.lower} ${head.lower}`)) return;
  if (prev.lower === 'of' && KIND_OF.has(tokens[i - 1]?.lower ?? '')) return;
  // "per shift", "a day per week" and all-capitalised names ("Project Atlas") need none.
  if (np.every((t) => /^\p{Lu}/u.test(t.text))) return;
  out.push({
    rule: 'missing-determiner',
    span: ev(text, first.start, head.end),
    message: `"${text.slice(first.start, head.end)}" needs a determiner: "the ${text.slice(first.start, head.end)}" (or "your", "a").`,
  });
}

function isPlural(t: Token): boolean {
  const w = t.lower;
  if (/^\p{Lu}/u.test(t.text) || SINGULAR_S.has(w)) return false;
  if (!/[^s]s$/u.test(w) || /(?:ss|us|is|ics|ness|'s)$/u.test(w)) return false;
  return (
    COUNT_NOUNS.has(w.replace(/(?:ies)$/u, 'y').replace(/(?:es|s)$/u, '')) ||
    COUNT_NOUNS.has(w.slice(0, -1)) ||
    /(?:ers|ments|tions|ies)$/u.test(w)
  );
}

function punctuation(text: string, inLink: (i: number) => boolean, out: WritingFinding[]): void {
  const re = /(?<!\.)\.\s*\.(?!\.)|([,;:!?])\s*[,;:.]|,\s*\.|\s+[,;:](?=\s|$)|\.\s*[,;:]/gu;
  for (const m of text.matchAll(re)) {
    if (inLink(m.index)) continue;
    out.push({
      rule: 'punctuation',
      span: ev(text, m.index, m.index + m[0].length),
      message: 'Doubled or misplaced punctuation: keep one mark, with no space before it.',
    });
  }
}

/** Damerau-Levenshtein distance, stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((d[i - 1]?.[j] ?? 0) + 1, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (d[i - 2]?.[j - 2] ?? 0) + 1);
      (d[i] as number[])[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]?.[b.length] ?? max + 1;
}

function nameTypos(
  text: string,
  sentences: readonly Sentence[],
  ctx: NoteContext,
  inLink: (i: number) => boolean,
  out: WritingFinding[],
): void {
  const names = new Map<string, string>();
  const add = (full: string) => {
    for (const t of tokenize(full)) {
      if (t.text.length >= 4 && /^\p{Lu}/u.test(t.text) && !HONORIFICS.has(t.lower) && !ORG_WORDS.has(t.lower))
        names.set(t.lower, t.text);
    }
  };
  add(ctx.company);
  if (ctx.recipient) add(ctx.recipient.name);
  for (const p of ctx.people) add(p.name);
  if (names.size === 0) return;
  // Words the interview itself uses (the role "Data Analyst" beside Dana) are not slips.
  const known = new Set(
    tokenize(
      [
        ctx.role,
        ...ctx.people.flatMap((p) => [
          p.title ?? '',
          ...p.topics,
          ...p.challenges.flatMap((c) => [c.challenge, c.idea]),
        ]),
      ].join(' '),
    ).map((t) => t.lower),
  );
  const starts = new Set(sentences.map((s) => s.start));
  const usNames = new Set([...names.keys()].map(us));
  const lengths = [...names.keys()].map((n) => n.length);
  const shortest = Math.min(...lengths) - 2;
  const longest = Math.max(...lengths) + 2;
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (t.text.length < 4 || t.text.length < shortest || t.text.length > longest + 2) continue;
      if (!/^\p{Lu}\p{Ll}/u.test(t.text) || inLink(t.start)) continue;
      const w = t.lower.replace(/['’]s$/u, '');
      if (names.has(w) || known.has(w)) continue;
      // US and UK spellings of one word ("Harbour Road" beside Harbor Foods) are not a slip.
      if (usNames.has(us(w))) continue;
      typo(t, w);
    }
  }
  function typo(t: Token, w: string) {
    // A capital at a sentence start is often an ordinary word ("Data quality ..."): only names after it.
    if (starts.has(t.start) && !/^\s*,/u.test(text.slice(t.end, t.end + 2))) return;
    for (const [lower, original] of names) {
      const max = lower.length >= 7 ? 2 : 1;
      if (lower[0] !== w[0] && lower.length < 7) continue;
      const dd = distance(w, lower, max);
      if (dd > 0 && dd <= max) {
        out.push({
          rule: 'name-typo',
          span: ev(text, t.start, t.start + w.length),
          message: `"${t.text}" looks like a slip for "${original}": check the spelling of the name.`,
        });
        break;
      }
    }
  }
}

const us = (x: string) =>
  x
    .replace(/our/gu, 'or')
    .replace(/is(e|ing|ed)/gu, 'iz$1')
    .replace(/tre\b/gu, 'ter');

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export type { Span };
