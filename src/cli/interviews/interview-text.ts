// Readable renderings of interviews for `interview list` and `interview show`.
import type { InterviewRecord, Participant } from '../../core/model.js';
import { formatPerson } from '../../core/person.js';
import { cell, clean, table } from '../output.js';
import { whenLocal } from '../when.js';

const ROLE_LABEL: Record<Participant['role'], string> = {
  interviewer: 'interviewer',
  'hiring-manager': 'hiring manager',
  recruiter: 'recruiter',
};

const panelNames = (r: InterviewRecord) =>
  r.participants.map((p) => p.contact.name || p.contact.email || '?').join(', ');

export function interviewTable(records: InterviewRecord[]): string {
  if (records.length === 0) {
    return 'No interviews yet. Record one with:\n  followthrough interview add --company "Acme Corp" --role "Product Manager" --at 2026-03-03T10:00 --tz America/New_York\n';
  }
  const rows = records.map((r) => [
    r.id,
    whenLocal(r),
    cell(r.opportunity.company, 24),
    cell(r.opportunity.role, 24),
    cell(r.stage || '-', 16),
    cell(panelNames(r) || '-', 30),
    cell(r.nextSteps.timeframe || '(none given)', 40),
  ]);
  return table(['ID', 'WHEN', 'COMPANY', 'ROLE', 'STAGE', 'PANEL', 'TIME FRAME'], rows);
}

/** Label/value lines, values indented under the label when they span lines. */
function fields(pairs: [string, string][]): string {
  const width = Math.max(...pairs.map(([k]) => k.length)) + 2;
  return pairs
    .map(([k, v]) => `  ${`${k}:`.padEnd(width)}${clean(v).replace(/\n/g, `\n  ${' '.repeat(width)}`)}`)
    .join('\n');
}

export function interviewDetail(r: InterviewRecord): string {
  const o = r.opportunity;
  const contact = r.participants.find((p) => p.contact.id === r.nextSteps.contactId)?.contact;
  const who = (id: string) => {
    const p = r.participants.find((x) => x.contact.id === id);
    return p ? formatPerson(p.contact) : id;
  };
  const out: string[] = [`${clean(o.company)} — ${clean(o.role)}  [${r.id}]`];
  out.push(
    fields([
      ['When', `${whenLocal(r)} (${r.startsAt} ${r.timeZone})`],
      ['Stage', r.stage || '-'],
      ['Format', [r.format, r.location].filter(Boolean).join(', ')],
      ['Country', r.country || '-'],
      ['Opportunity', `${o.id} (${o.status})${o.postingUrl ? ` ${o.postingUrl}` : ''}`],
      [
        'Panel',
        r.participants.map((p) => `${formatPerson(p.contact)} (${ROLE_LABEL[p.role]})`).join('\n') ||
          '(nobody recorded)',
      ],
    ]),
  );
  out.push('Next steps');
  out.push(
    fields([
      ['Time frame', r.nextSteps.timeframe ? `"${r.nextSteps.timeframe}"` : '(none given: ask for one next time)'],
      ['Follow up with', contact ? formatPerson(contact) : (r.nextSteps.contactId ?? '(nobody chosen)')],
      ['Permission', r.nextSteps.permission],
      ['Channel', r.nextSteps.channel],
      ['Thank-you card', r.nextSteps.card ? 'yes, mailed as well as the email' : 'no'],
      ['Next step', r.nextSteps.nextStep || '-'],
    ]),
  );
  if (o.why || o.strength)
    out.push(
      'Why this job',
      fields([
        ['Why', o.why || '-'],
        ['How I would succeed', o.strength || '-'],
      ]),
    );
  for (const n of r.notes) {
    const lines: [string, string][] = [];
    if (n.topics.length > 0) lines.push(['Topics', n.topics.join('\n')]);
    for (const c of n.challenges)
      lines.push(['Challenge', c.idea ? `${c.challenge}\nmy idea: ${c.idea}` : c.challenge]);
    if (n.article) lines.push(['Article', n.article]);
    if (n.weakAnswer) lines.push(['Weak answer', n.weakAnswer]);
    out.push(`Notes with ${clean(who(n.contactId))}`, lines.length > 0 ? fields(lines) : '  (empty)');
  }
  return `${out.join('\n')}\n`;
}
