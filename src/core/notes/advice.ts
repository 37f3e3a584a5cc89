// Advice for a check that failed, in one or two sentences, built from the candidate's own
// interview notes when there are any ("You noted Dana mentioned churn in enterprise accounts").
import type { NoteContext, PersonNotes } from './types.js';

const quote = (s: string, max = 90) => {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

/** Whose notes the advice should draw on: the recipient's, else anyone's that have some. */
function focus(ctx: NoteContext | null): PersonNotes | null {
  if (!ctx) return null;
  const recipient = ctx.recipient?.name.toLowerCase();
  const theirs = ctx.people.find((p) => p.name.toLowerCase() === recipient);
  if (theirs && (theirs.topics.length > 0 || theirs.challenges.length > 0 || theirs.article)) return theirs;
  return ctx.people.find((p) => p.topics.length > 0 || p.challenges.length > 0) ?? theirs ?? null;
}

export function detailAdvice(ctx: NoteContext | null): string {
  const p = focus(ctx);
  const topics = p ? [...p.topics, ...p.challenges.map((c) => c.challenge)].slice(0, 2) : [];
  if (p && topics.length > 0) {
    return `Mention something concrete from this interview: you noted ${firstName(p.name)} talked about ${topics.map((t) => quote(t, 60)).join(' and ')}.`;
  }
  return 'Mention one concrete thing from this interview (a project, a topic, a person you met, the tour), so the note could not follow any other interview.';
}

export function interestAdvice(ctx: NoteContext | null): string {
  if (ctx?.why?.trim()) {
    return `Say why you want this job, with a reason only you could give: you noted "${quote(ctx.why)}".`;
  }
  return 'Give a reason you want this job or company ("I want this role because …"); excitement alone does not count.';
}

export function planAdvice(ctx: NoteContext | null): string {
  if (ctx?.strength?.trim()) {
    return `Tie your experience to their need: you noted "${quote(ctx.strength)}". Say how you would use it here.`;
  }
  return 'Say how you would contribute: one result of yours and the need of theirs it answers ("At X I …, and I would …").';
}

export function challengeAdvice(ctx: NoteContext | null): string {
  const p = focus(ctx);
  const c = p?.challenges[0];
  if (p && c) {
    const who = firstName(p.name);
    return c.idea.trim()
      ? `You noted ${who} mentioned ${quote(c.challenge, 70)}: offer your idea (${quote(c.idea, 70)}) in a sentence or two.`
      : `You noted ${who} mentioned ${quote(c.challenge, 70)}: offer one idea.`;
  }
  return 'Offer one idea for a problem or goal the interviewer raised ("One idea: …").';
}

export function resourceAdvice(ctx: NoteContext | null): string {
  const p = focus(ctx);
  const article = p?.article ?? ctx?.people.find((x) => x.article)?.article ?? null;
  const problem = p?.challenges[0]?.challenge;
  if (article) {
    return `Link the article you noted (${quote(article, 80)}) and say how it helps with ${problem ? quote(problem, 60) : 'the problem they raised'}.`;
  }
  return 'Point to something that helps with their problem: a link to an article or case study, or an attached sample of your work.';
}

export const TONE_ADVICE = {
  apology: 'Drop the apology: thank them, and if an answer fell flat, add what you would say now.',
  pleading: 'Leave out pleading ("I really need this job"): say what you would bring instead.',
  pressure:
    'Leave out deadlines and pressure; if another offer is pending, say so politely and ask about their timeline.',
  familiarity: 'Keep it warm but professional: no "hey", slang, or plans to socialise.',
} as const;
