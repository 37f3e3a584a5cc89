// The offer checks: an idea for a problem they raised (challenge) and something that helps with
// it (resource). "I have a few ideas" or "I read a great article" alone never count: the idea needs
// content, the resource needs a link, an attachment or a source the reader could find.
import { type Analysis, matchedPhrases, substantive, tokensAfter } from './analysis.js';
import { plain } from './content.js';
import type { Sentence } from './text.js';
import { linkSpans } from './text.js';

const PROPOSAL =
  /\b(?:(?:one|an|my|another|a simple|a small) (?:idea|approach|option|suggestion|way to)|idea (?:is|would be)|a way to|i(?:'d| would) (?:suggest|recomm?end|propose|try|consider|test|pilot|start (?:by|with)|begin (?:by|with))|i (?:suggest|recomm?end|propose)|(?:we|you|they|the team) (?:could|might|may want to|can) (?:try|test|add|use|build|print|route|start|pilot|post|consider|offer|run|create|set up|send|ship|automate|measure|introduce|move|split|cache|track|share|hold|host)|you might consider|what if|how about|consider (?:adding|using|a|an)|it (?:might|may|could) help to|(?:start|begin) (?:with|by) (?:the|a|an|one)|piloting)\b/u;

export function challenge(a: Analysis): Sentence[] {
  return a.sentences.filter((s) => {
    if (matchedPhrases(a, s, ['idea']).length > 0) return true;
    const m = PROPOSAL.exec(plain(s));
    return m !== null && substantive(a, tokensAfter(s, s.start + m.index + m[0].length)).length >= 3;
  });
}

const ATTACHMENT =
  /\b(?:attached|attach|attaching|enclosed|enclosing|i(?:'ve| have) included|here is|here's|linked)\b/u;
const DOCUMENT =
  /\b(?:plan|guide|report|sample|study|studies|summary|deck|slides|prototype|mock-?ups?|repo|repository|article|checklist|template|write-?up|paper|example|presentation|draft|analysis|demo|post|piece|video|book|chapter|research|survey|data ?set)\b/u;
// A publication with a source the reader can find: "a study from the Royal Veterinary College",
// "Gong published a study". Case-sensitive on the source's capital letter.
const PUBLICATION =
  /\b(?:article|study|studies|case study|paper|report|write-?up|blog post|post|guide|talk|book|research|survey|piece)\b/u;
const SOURCE_AFTER = /^(?:\s+[\p{Ll}\d'-]+){0,6}?\s+(?:by|from|in|at|on)\s+(?:the\s+)?\p{Lu}/u;
// Bounded repetitions keep this linear on long runs of capitals.
const SOURCE_BEFORE =
  /\p{Lu}[\p{L}-]{0,30}(?:\s\p{Lu}[\p{L}-]{0,30}){0,4}\s(?:published|released|wrote up|found|reported)\b/u;
// An article about the interviewer is praise, not help with a problem.
const ABOUT_THEM = /\b(?:about|on|of) (?:you|your (?:own )?(?:career|story|work|profile))\b/u;
// A profile link in a signature is not a resource.
const PROFILE = /linkedin\.com\/in\/|mailto:/iu;

function citesSource(s: Sentence, lower: string): boolean {
  // Drop the first word so a capitalised sentence start is not taken for a source.
  if (SOURCE_BEFORE.test(s.text.replace(/^\s*\S+/u, ' ')) && PUBLICATION.test(lower)) return true;
  for (const m of lower.matchAll(new RegExp(PUBLICATION.source, 'gu'))) {
    // "a study by ...", "this paper from ...": a publication is named as one, not "paper run sheets".
    if (
      !/\b(?:a|an|the|this|that|one|his|her|their|its|recent|new|white|research|case|blog|short|great|good|useful)\s+(?:[\p{Ll}-]+\s+)?$/u.test(
        lower.slice(Math.max(0, m.index - 30), m.index),
      )
    ) {
      continue;
    }
    if (SOURCE_AFTER.test(s.text.slice(m.index + m[0].length))) return true;
  }
  return false;
}

// What the employer asked for to judge the candidate is not help with their problem.
const APPLICATION_MATERIAL =
  /\b(?:portfolio|references?|reference letters?|letters? of (?:reference|recommendation)|r[ée]sum[ée]s?|cv|transcripts?|writing samples?|work samples?|certificates?|certifications?|cover letter|application|credentials|licen[cs]e|headshot)\b/u;

export function resource(a: Analysis): Sentence[] {
  const links = linkSpans(a.text).filter((l) => !PROFILE.test(l.text) && !l.text.includes('@'));
  const article = a.context?.people.flatMap((p) => (p.article ? [p.article.toLowerCase()] : [])) ?? [];
  return a.sentences.filter((s) => {
    const lower = plain(s);
    if (article.some((url) => lower.includes(url))) return true;
    if (links.some((l) => l.start >= s.start && l.end <= s.end)) return true;
    if (ABOUT_THEM.test(lower)) return false;
    if (APPLICATION_MATERIAL.test(lower) && !DOCUMENT.test(lower.replace(APPLICATION_MATERIAL, ''))) return false;
    return (ATTACHMENT.test(lower) && DOCUMENT.test(lower)) || citesSource(s, lower);
  });
}
