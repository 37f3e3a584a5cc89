// The thank-you note report for a terminal: the score and any "generic" warning first, then each
// check with a mark (✓ passed, ✗ not yet, – does not apply), the sentences that earned it and the advice.

import { CHECK_LABELS, GENERIC_WARNING } from '../../core/notes/labels.js';
import type { Check, CheckId, NoteKind, NoteReport } from '../../core/notes/types.js';
import { cell, clean } from '../output.js';

// "Score: 80/100 as a check-in": which checklist the score is on, when it is not the thank-you one.
const AS_KIND: Record<NoteKind, string> = {
  'thank-you': 'a thank-you note',
  'check-in': 'a check-in',
  clarification: 'a clarification',
  'rejection-reply': 'a reply to a rejection',
  'keep-warm': 'a keep-in-touch note',
  withdrawal: 'a withdrawal',
};

const MARKS = { pass: '✓', fail: '✗', na: '–' } as const;
const QUOTES_SHOWN = 2;
const QUOTE_WIDTH = 72;

// Why a check is left out of the score, in terms of what the command can be given.
const NOT_APPLICABLE: Partial<Record<CheckId, string>> = {
  names: 'give --interview (and --to for a panel) to check names, company and role',
  timeliness: 'give --interview and --sent-at to check when it was sent',
  uniqueness: 'compares the notes to several interviewers; a single note has nothing to compare',
};

export function checkReportText(report: NoteReport): string {
  const passed = report.checks.filter((c) => c.passed === true).length;
  const applicable = report.checks.filter((c) => c.passed !== null).length;
  const kind = report.kind === 'thank-you' ? '' : ` as ${AS_KIND[report.kind]}`;
  const lines = [`Score: ${report.score}/100${kind} (${passed} of ${applicable} checks passed)`];
  if (report.generic) lines.push(`! Generic: ${GENERIC_WARNING}`);
  lines.push('');
  for (const check of report.checks) lines.push(...checkLines(check));
  return `${lines.join('\n')}\n`;
}

function checkLines(check: Check): string[] {
  const mark = check.passed === null ? MARKS.na : check.passed ? MARKS.pass : MARKS.fail;
  const out = [`${mark} ${CHECK_LABELS[check.id]} (${check.id})`];
  for (const e of check.evidence.slice(0, QUOTES_SHOWN)) out.push(`    “${cell(e.text, QUOTE_WIDTH)}”`);
  const more = check.evidence.length - QUOTES_SHOWN;
  if (more > 0) out.push(`    (and ${more} more)`);
  if (check.passed === null)
    out.push(`    Does not apply: ${NOT_APPLICABLE[check.id] ?? 'not enough is known to check it'}.`);
  else if (check.advice)
    out.push(
      ...clean(check.advice)
        .split('\n')
        .map((l) => `    → ${l}`),
    );
  return out;
}
