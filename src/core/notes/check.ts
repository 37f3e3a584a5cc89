// checkNote: scores a thank-you note against what makes one stand out (issue 4). Pure and
// deterministic: the dictionaries, the dates and the other notes are all passed in.
import { challengeAdvice, detailAdvice, interestAdvice, planAdvice, resourceAdvice, TONE_ADVICE } from './advice.js';
import { type Analysis, analyse } from './analysis.js';
import { toneProblems } from './conduct.js';
import { interest, plan, specificDetail } from './content.js';
import { hoursAfter, LENGTH_RANGES, lengthOf, NEAR_COPY, similarityTo, TIMELY_HOURS } from './form.js';
import { nameProblems } from './names.js';
import { challenge, resource } from './proposals.js';
import { misspellings } from './spelling.js';
import { type Span, toEvidence } from './text.js';
import { type Check, type CheckId, type CheckNoteInput, CONTENT_CHECKS, type NoteReport } from './types.js';

/** Weights sum to 100; the content checks carry 67 of them. */
export const WEIGHTS: Record<CheckId, number> = {
  'specific-detail': 20,
  interest: 15,
  plan: 15,
  challenge: 12,
  resource: 5,
  names: 10,
  tone: 10,
  uniqueness: 5,
  spelling: 4,
  length: 2,
  timeliness: 2,
};

/** However polished, a note that could follow any interview scores no higher than this. */
export const GENERIC_CAP = 40;

export function checkNote(input: CheckNoteInput): NoteReport {
  const a = analyse(input.text, input.context ?? null);
  const checks = [...contentChecks(a), ...formChecks(a, input)];
  const generic = !checks.some((c) => CONTENT_CHECKS.includes(c.id) && c.passed === true);
  return { score: scoreOf(checks, generic), generic, checks };
}

export function scoreOf(checks: readonly Check[], generic: boolean): number {
  let total = 0;
  let earned = 0;
  for (const c of checks) {
    if (c.passed === null) continue;
    total += c.weight;
    if (c.passed) earned += c.weight;
  }
  const score = total === 0 ? 0 : Math.round((100 * earned) / total);
  return generic ? Math.min(score, GENERIC_CAP) : score;
}

const make = (id: CheckId, passed: boolean | null, evidence: readonly Span[], advice: string): Check => ({
  id,
  passed,
  weight: WEIGHTS[id],
  evidence: evidence.map(toEvidence),
  advice: passed === false ? advice : '',
});

function contentChecks(a: Analysis): Check[] {
  const ctx = a.context;
  const proposals = challenge(a);
  const found: [CheckId, Span[], string][] = [
    ['specific-detail', specificDetail(a), detailAdvice(ctx)],
    ['interest', interest(a), interestAdvice(ctx)],
    ['plan', plan(a, proposals), planAdvice(ctx)],
    ['challenge', proposals, challengeAdvice(ctx)],
    ['resource', resource(a), resourceAdvice(ctx)],
  ];
  return found.map(([id, evidence, advice]) => make(id, evidence.length > 0, evidence, advice));
}

function formChecks(a: Analysis, input: CheckNoteInput): Check[] {
  const out: Check[] = [];

  const names = a.context ? nameProblems(a) : [];
  out.push(
    make(
      'names',
      a.context ? names.length === 0 : null,
      names.map((p) => p.span),
      names.map((p) => p.message).join(' '),
    ),
  );

  if (input.speller) {
    const wrong = misspellings(a, input.speller);
    const listed = [...new Set(wrong.map((w) => `"${w.text.length > 30 ? `${w.text.slice(0, 29)}…` : w.text}"`))];
    out.push(
      make(
        'spelling',
        wrong.length === 0,
        wrong,
        `Check the spelling of ${listed.slice(0, 5).join(', ')}${listed.length > 5 ? ` and ${listed.length - 5} more` : ''}.`,
      ),
    );
  } else {
    out.push(make('spelling', null, [], ''));
  }

  const channel = input.channel ?? 'email';
  const { words, ok } = lengthOf(a, channel);
  const range = LENGTH_RANGES[channel];
  out.push(
    make(
      'length',
      ok,
      [],
      words < range.min
        ? `At ${words} words this is short for ${channel === 'email' ? 'an' : 'a'} ${channel}: aim for ${range.min}–${range.max}, with one concrete detail and a reason.`
        : `At ${words} words this is long for ${channel === 'email' ? 'an' : 'a'} ${channel}: aim for ${range.min}–${range.max}; keep the detail, the reason and the idea.`,
    ),
  );

  const hours = hoursAfter(input.sentAt, input.interviewEndsAt);
  out.push(
    make(
      'timeliness',
      hours === null ? null : hours >= 0 && hours <= TIMELY_HOURS,
      [],
      hours !== null && hours < 0
        ? 'The send time is before the interview ends: send the note after it, the same day.'
        : `Sent about ${Math.round(hours ?? 0)} hours after the interview: thank-you notes land best within ${TIMELY_HOURS} hours. Send it as soon as you can anyway.`,
    ),
  );

  const others = (input.otherNotes ?? []).filter((n) => n.trim() !== '');
  if (others.length > 0) {
    const { similarity, shared } = similarityTo(a, others);
    out.push(
      make(
        'uniqueness',
        similarity < NEAR_COPY,
        shared,
        `This note is ${Math.round(similarity * 100)}% the same as another note to this panel. Interviewers compare notes: write each one about what you discussed with that person.`,
      ),
    );
  } else {
    out.push(make('uniqueness', null, [], ''));
  }

  const tone = toneProblems(a);
  const kinds = [...new Set(tone.map((t) => t.kind))];
  out.push(
    make(
      'tone',
      tone.length === 0,
      tone.map((t) => t.sentence),
      kinds.map((k) => TONE_ADVICE[k]).join(' '),
    ),
  );

  const order: CheckId[] = ['names', 'spelling', 'length', 'timeliness', 'uniqueness', 'tone'];
  return order.map((id) => out.find((c) => c.id === id) as Check);
}
