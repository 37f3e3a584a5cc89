// A saved draft for people to read in a terminal: who it is for, its score, the text, and what to add.
import type { DraftView } from '../../app/index.js';
import { clean } from '../output.js';

export function draftText(d: DraftView): string {
  const to = d.to.email ? `${d.to.name} <${d.to.email}>` : d.to.name || 'no recipient';
  const lines = [
    `${d.id}: ${d.kind} to ${to} (${d.format}, ${d.tone}), ${d.status}`,
    `Score ${d.score}/100${d.generic ? ' (generic: add something only you two would know)' : ''}`,
  ];
  if (d.format === 'email') lines.push(`Subject: ${d.subject}`);
  lines.push('', d.body, '');
  if (d.gaps.length > 0) {
    lines.push(
      `Still to add (${d.gaps.length}); nothing is sent or scheduled while a [add: …] gap remains:`,
      ...d.gaps.map((g) => `  - ${g}`),
      `Edit it with: followthrough message edit ${d.id} --body-file FILE`,
    );
  } else {
    lines.push('No gaps: ready to review and send.');
  }
  return `${clean(lines.join('\n'))}\n`;
}

/** The stable --json shape of a draft, for scripts. */
export const draftJson = (d: DraftView) => ({
  id: d.id,
  kind: d.kind,
  to: d.to,
  format: d.format,
  tone: d.tone,
  subject: d.subject,
  body: d.body,
  gaps: d.gaps,
  score: d.score,
  generic: d.generic,
  interviewId: d.interviewId,
  touchId: d.touchId,
  status: d.status,
});
