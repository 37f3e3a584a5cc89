// The interview sheet (issue 7): what to ask before leaving, the signs that an interviewer is drifting
// with a line to win them back, and the candidate's own points for this role. Pure: every front end
// (terminal, web page, PDF) renders the same content.
import type { InterviewRecord } from './model.js';
import { formatDay } from './timeframe/calendar.js';

/** The questions to ask before leaving: next steps, decision date, whom to contact, permission, doubts. */
export const QUESTIONS: readonly { text: string; why: string }[] = [
  { text: 'What are the next steps in the process?', why: 'so you know what to prepare for' },
  { text: 'When do you expect to make a decision?', why: 'the date your follow-up is planned from' },
  {
    text: 'Whom should I contact with questions, and how is best: email or phone?',
    why: 'a name, title and email or number',
  },
  {
    text: "If I haven't heard by then, may I check in with you?",
    why: 'a check-in made with permission is easy',
  },
  {
    text: 'Is there anything in my background that gives you pause?',
    why: 'a doubt you hear now is one you can answer now',
  },
];

/** Signs an interviewer is disengaging; their ids are what the quick capture records. */
export const CUES = [
  { id: 'checking-time', label: 'Checking the time or their phone' },
  { id: 'looking-away', label: 'Looking away, distracted' },
  { id: 'short-replies', label: 'Short or rushed replies' },
  { id: 'no-follow-ups', label: 'No follow-up questions on your answers' },
] as const;
export type CueId = (typeof CUES)[number]['id'];
export const CUE_IDS: readonly string[] = CUES.map((c) => c.id);

export const RECOVERY_LINES: readonly string[] = [
  'Pause and ask: "Did my last answer raise any questions I can clear up?"',
  'Ask how it is going: "How do you feel this is going? Is there anything you would like me to expand on?"',
];
export const RECOVERY_NOTE = 'Their distraction may have nothing to do with you: ask, do not guess.';

/** A tip backed by a survey names its source, as every fact in the product must. */
export interface SourcedTip {
  text: string;
  source: string;
}

export const SHEET_TIPS: readonly SourcedTip[] = [
  {
    text: '80% of HR managers find thank-you notes helpful, yet they received one from only 24% of applicants: send yours within 24 hours.',
    source: 'Accountemps survey, 2017',
  },
];

export interface SheetPoint {
  label: string;
  text: string;
}

export interface InterviewSheet {
  title: string;
  /** "Tue 3 Mar 2026, 10:00 (America/New_York)". */
  when: string;
  stage: string;
  panel: string[];
  questions: typeof QUESTIONS;
  cues: typeof CUES;
  recovery: readonly string[];
  recoveryNote: string;
  /** The candidate's own points for the role; empty when nothing is recorded yet. */
  points: SheetPoint[];
  tips: readonly SourcedTip[];
}

/**
 * The sheet for one interview. `earlier` are the other rounds of the same process: ideas recorded
 * there for a challenge are points worth making again.
 */
export function buildSheet(
  record: InterviewRecord,
  prepared: string[],
  earlier: InterviewRecord[] = [],
): InterviewSheet {
  const o = record.opportunity;
  const points: SheetPoint[] = [];
  if (o.why.trim()) points.push({ label: 'Why I want this job', text: o.why.trim() });
  if (o.strength.trim()) points.push({ label: 'How I would succeed', text: o.strength.trim() });
  for (const p of prepared) if (p.trim()) points.push({ label: 'Prepared point', text: p.trim() });
  for (const r of [...earlier, record]) {
    for (const n of r.notes) {
      for (const c of n.challenges) {
        if (c.idea.trim()) points.push({ label: `My idea for ${c.challenge.trim()}`, text: c.idea.trim() });
      }
    }
  }
  const seen = new Set<string>();
  return {
    title: `${o.company} — ${o.role}`,
    when: `${formatDay(record.startsAt.slice(0, 10))}, ${record.startsAt.slice(11, 16)} (${record.timeZone})`,
    stage: record.stage,
    panel: record.participants.map((p) =>
      [p.contact.name || p.contact.email || '', p.contact.title].filter(Boolean).join(', '),
    ),
    questions: QUESTIONS,
    cues: CUES,
    recovery: RECOVERY_LINES,
    recoveryNote: RECOVERY_NOTE,
    points: points.filter((p) => {
      if (seen.has(p.text)) return false;
      seen.add(p.text);
      return true;
    }),
    tips: SHEET_TIPS,
  };
}

/** The sheet as plain text, for the terminal. `clean` makes user text safe for where it goes. */
export function sheetText(s: InterviewSheet, clean: (t: string) => string = (t) => t): string {
  const out = [`Interview sheet: ${clean(s.title)}`, `${s.when}${s.stage ? ` · ${clean(s.stage)}` : ''}`];
  if (s.panel.length > 0) out.push(`Panel: ${s.panel.map(clean).join('; ')}`);
  out.push('', 'Before you leave, ask');
  for (const q of s.questions) out.push(`  [ ] ${q.text}  (${q.why})`);
  out.push('', 'If they drift: watch for');
  for (const c of s.cues) out.push(`  - ${c.label}`);
  out.push('Then');
  for (const r of s.recovery) out.push(`  > ${r}`);
  out.push(`  ${s.recoveryNote}`);
  out.push('', 'My points for this role');
  if (s.points.length === 0) out.push('  None recorded yet: add some with --point "..." (or on the sheet page).');
  for (const p of s.points) out.push(`  * ${clean(p.label)}: ${clean(p.text)}`);
  out.push('');
  for (const t of s.tips) out.push(`Tip: ${t.text} (Source: ${t.source})`);
  return `${out.join('\n')}\n`;
}
