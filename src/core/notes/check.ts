// checkNote: scores a thank-you note against what makes one stand out (issue 4). Pure and
// deterministic: the dictionaries, the dates and the other notes are all passed in.
import { challengeAdvice, detailAdvice, interestAdvice, planAdvice, resourceAdvice, TONE_ADVICE } from './advice.js';
import { type Analysis, analyse } from './analysis.js';
import { toneProblems } from './conduct.js';
import { interest, plan, specificDetail } from './content.js';
import { hoursAfter, LENGTH_RANGES, lengthOf, NEAR_COPY, similarityTo, TIMELY_HOURS } from './form.js';
import {
  asks,
  asksFeedback,
  betterAnswer,
  courteous,
  doorOpen,
  gracious,
  jobAsks,
  namesAnswer,
  pitches,
  reasonToWrite,
  refersToDate,
  saysWithdrawal,
  thanks,
} from './kind-checks.js';
import { nameProblems } from './names.js';
import { challenge, resource } from './proposals.js';
import { misspellings } from './spelling.js';
import { type Span, toEvidence, wordCount } from './text.js';
import {
  CHECKLISTS,
  type Check,
  type CheckId,
  type CheckNoteInput,
  CONTENT_CHECKS,
  type NoteKind,
  type NoteReport,
} from './types.js';
import { writingFindings } from './writing.js';

/** Thank-you weights (the default kind); they sum to 100 and the content checks carry 58 of them. */
export const WEIGHTS: Partial<Record<CheckId, number>> = {
  'specific-detail': 16,
  interest: 13,
  plan: 13,
  challenge: 11,
  resource: 5,
  names: 10,
  tone: 9,
  uniqueness: 5,
  spelling: 4,
  writing: 10,
  length: 2,
  timeliness: 2,
};

/** Each kind's weights, over its own checklist (CHECKLISTS); each sums to 100. */
export const KIND_WEIGHTS: Record<NoteKind, Partial<Record<CheckId, number>>> = {
  'thank-you': WEIGHTS,
  'check-in': { 'refers-to-date': 25, 'one-question': 20, brief: 15, names: 10, tone: 15, writing: 10, spelling: 5 },
  clarification: {
    'names-answer': 25,
    'better-answer': 25,
    thanks: 10,
    names: 10,
    tone: 10,
    writing: 10,
    spelling: 5,
    length: 5,
  },
  'rejection-reply': {
    gracious: 20,
    'asks-feedback': 20,
    'door-open': 20,
    'no-pitch': 15,
    names: 5,
    tone: 5,
    writing: 10,
    spelling: 5,
  },
  'keep-warm': { 'reason-to-write': 30, 'no-job-ask': 25, brief: 10, names: 10, tone: 10, writing: 10, spelling: 5 },
  withdrawal: { 'says-withdrawal': 25, thanks: 20, brief: 15, courteous: 15, names: 10, writing: 10, spelling: 5 },
};

/** Most words a short kind of message should take. */
export const BRIEF_WORDS: Partial<Record<NoteKind, number>> = { 'check-in': 150, 'keep-warm': 200, withdrawal: 150 };

/** However polished, a thank-you that could follow any interview scores no higher than this. */
export const GENERIC_CAP = 40;

export function checkNote(input: CheckNoteInput): NoteReport {
  const kind = input.kind ?? 'thank-you';
  const a = analyse(input.text, input.context ?? null);
  const all = new Map<CheckId, Check>();
  const weights = KIND_WEIGHTS[kind];
  const make = (id: CheckId, passed: boolean | null, evidence: readonly Span[], advice: string): Check => ({
    id,
    passed,
    weight: weights[id] ?? 0,
    evidence: evidence.map(toEvidence),
    advice: passed === false ? advice : '',
  });
  const list = CHECKLISTS[kind];
  const want = new Set(list);
  if (kind === 'thank-you') for (const c of contentChecks(a, make)) all.set(c.id, c);
  for (const c of formChecks(a, input, kind, make, want)) all.set(c.id, c);
  if (kind !== 'thank-you') for (const c of kindChecks(a, kind, make)) all.set(c.id, c);
  const checks = list.map((id) => all.get(id) as Check);
  const generic = kind === 'thank-you' && !checks.some((c) => CONTENT_CHECKS.includes(c.id) && c.passed === true);
  return { kind, score: scoreOf(checks, generic), generic, checks };
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

type Make = (id: CheckId, passed: boolean | null, evidence: readonly Span[], advice: string) => Check;

function contentChecks(a: Analysis, make: Make): Check[] {
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

function formChecks(a: Analysis, input: CheckNoteInput, kind: NoteKind, make: Make, want: Set<CheckId>): Check[] {
  const out: Check[] = [];

  if (want.has('writing')) {
    const found = writingFindings(a.text, a.sentences, a.context);
    const advice = [...new Set(found.map((f) => f.message))].slice(0, 3).join(' ');
    out.push(
      make(
        'writing',
        found.length === 0,
        found.map((f) => f.span),
        found.length > 3 ? `${advice} (${found.length - 3} more.)` : advice,
      ),
    );
  }

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

  // A clarification may regret an answer: that is its point, not a lapse of tone.
  const tone = toneProblems(a).filter((t) => !(kind === 'clarification' && t.kind === 'apology'));
  const kinds = [...new Set(tone.map((t) => t.kind))];
  out.push(
    make(
      'tone',
      tone.length === 0,
      tone.map((t) => t.sentence),
      kinds.map((k) => TONE_ADVICE[k]).join(' '),
    ),
  );

  return out.filter((c) => want.has(c.id));
}

function kindChecks(a: Analysis, kind: NoteKind, make: Make): Check[] {
  const out: Check[] = [];
  const max = BRIEF_WORDS[kind];
  if (max !== undefined) {
    const words = wordCount(a.text);
    out.push(make('brief', words <= max, [], `At ${words} words this is long for a ${kind}: keep it under ${max}.`));
  }
  const th = thanks(a);
  out.push(make('thanks', th.length > 0, th, 'Thank them: for their time, the conversation, or considering you.'));
  switch (kind) {
    case 'check-in': {
      const when = refersToDate(a);
      out.push(
        make(
          'refers-to-date',
          when.length > 0,
          when,
          'Refer to the time frame they gave: "When we spoke on …, you mentioned you hoped to decide by …".',
        ),
      );
      const q = asks(a);
      out.push(
        make(
          'one-question',
          q.length === 1,
          q,
          q.length === 0
            ? 'Ask one clear question, e.g. "Is there any update you can share on the timing?"'
            : `This asks ${q.length} things: keep the one question that matters, about the timing.`,
        ),
      );
      break;
    }
    case 'clarification': {
      const named = namesAnswer(a);
      out.push(
        make(
          'names-answer',
          named.length > 0,
          named,
          'Name the answer you are revisiting: "I would like to add to my answer on …".',
        ),
      );
      const better = betterAnswer(a, named);
      out.push(
        make(
          'better-answer',
          better.length > 0,
          better,
          'Give the better answer itself, in a sentence or two: what you would say now, with a concrete example.',
        ),
      );
      break;
    }
    case 'rejection-reply': {
      const g = gracious(a);
      out.push(
        make(
          'gracious',
          g.passed,
          g.evidence,
          g.evidence.length > 0
            ? 'Accept the decision graciously: leave out disagreement, and thank them for their time.'
            : 'Thank them for letting you know and for their time.',
        ),
      );
      const fb = asksFeedback(a);
      out.push(
        make(
          'asks-feedback',
          fb.length > 0,
          fb,
          'Ask for specific feedback: what would have made your application stronger.',
        ),
      );
      const door = doorOpen(a);
      out.push(
        make(
          'door-open',
          door.length > 0,
          door,
          'Keep the door open: ask to be considered for future roles and to stay in touch.',
        ),
      );
      const pitch = pitches(a);
      out.push(
        make(
          'no-pitch',
          pitch.length === 0,
          pitch,
          'Leave out the pitch (ideas, what you would bring): after a "no" it reads as not hearing it.',
        ),
      );
      break;
    }
    case 'keep-warm': {
      const reason = reasonToWrite(a);
      out.push(
        make(
          'reason-to-write',
          reason.length > 0,
          reason,
          'Give a genuine reason to write: their news, congratulations, or an article or idea relevant to what you discussed.',
        ),
      );
      const ask = jobAsks(a);
      out.push(
        make(
          'no-job-ask',
          ask.length === 0,
          ask,
          'Leave out the ask for a job: a keep-warm note gives, it does not ask.',
        ),
      );
      break;
    }
    case 'withdrawal': {
      const w = saysWithdrawal(a);
      out.push(
        make(
          'says-withdrawal',
          w.length > 0,
          w,
          'Say plainly that you are withdrawing your application (you have accepted another offer).',
        ),
      );
      const c = courteous(a);
      out.push(
        make(
          'courteous',
          c.passed,
          c.evidence,
          c.evidence.length > 0
            ? 'Leave out criticism or comparisons with the other offer: thank them and wish them well.'
            : 'Close with thanks or good wishes for the team.',
        ),
      );
      break;
    }
  }
  return out;
}
