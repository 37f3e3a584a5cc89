// Readable renderings of time frames, plans and due lists: every date with its weekday, time and
// zone, every touch with its reason, user text made terminal-safe.

import type { DueTouch, StoredEvent, StoredTouch, TimeFrame } from '../../app/index.js';
import type { Id } from '../../core/model.js';
import { effectiveDue, isOverdueTouch as isOverdue } from '../../core/plan/index.js';
import { touchTitle as coreTouchTitle } from '../../core/plan/words.js';
import { cell, clean } from '../output.js';
import { atLocal, dayWords } from '../when.js';

type Kind = StoredTouch['kind'];

/** The touch as a noun, for short confirmations: "Marked the first check-in ... done". */
export const KIND_WORDS: Record<Kind, string> = {
  'thank-you': 'thank-you email',
  'thank-you-card': 'thank-you card',
  'check-in-1': 'first check-in',
  'check-in-2': 'second check-in',
  'close-the-loop': 'close-the-loop reminder',
  'rejection-reply': 'reply to their decision',
  'keep-warm': 'keep-warm note',
};

/** What the touch asks of the user: "Check in with Dana Reyes" (names made safe for the terminal). */
export const touchTitle = (kind: Kind, who: string | null): string => coreTouchTitle(kind, who ? clean(who) : null);

function statusWords(t: StoredTouch, now: Date): string {
  if (t.status === 'snoozed' && t.snoozedUntil) {
    return `snoozed until ${atLocal(t.snoozedUntil, t.timeZone)}${isOverdue(t, now) ? ', overdue' : ''}`;
  }
  if (t.status === 'pending') return isOverdue(t, now) ? 'overdue' : 'to do';
  return t.status;
}

/** Words wrapped to `width` columns, each line after the first indented. */
export function wrap(text: string, indent: number, width = 96): string {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = '';
  for (const word of clean(text).split(/\s+/).filter(Boolean)) {
    if (line && pad.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => pad + l).join('\n');
}

const FIRMNESS_WORDS: Record<TimeFrame['firmness'], string> = {
  firm: 'firm (a date or a promise)',
  soft: 'soft (a hope or an estimate, not a promise)',
  vague: 'vague (no date was given)',
  none: 'none (nothing was said about when)',
};

const EVENT_WORDS: Record<TimeFrame['event'], string> = {
  decision: 'a decision',
  update: 'news on next steps (not yet a decision)',
  callback: 'a call back',
  'interviews-end': 'the end of their interviews (a decision follows later)',
  offer: 'an offer',
  start: 'a start date',
  unknown: 'nothing understood',
};

function windowWords(t: TimeFrame): string {
  if (t.earliest && t.latest)
    return t.earliest === t.latest ? `on ${dayWords(t.latest)}` : `${dayWords(t.earliest)} to ${dayWords(t.latest)}`;
  if (t.latest) return `by ${dayWords(t.latest)}`;
  if (t.earliest) return `from ${dayWords(t.earliest)}`;
  return 'no date given';
}

/** What `followthrough timeframe` prints. */
export function timeFrameText(t: TimeFrame): string {
  return `${[
    `"${cell(t.phrase, 200)}"`,
    `  Expecting:    ${EVENT_WORDS[t.event]}`,
    `  When:         ${windowWords(t)}`,
    `  Firmness:     ${FIRMNESS_WORDS[t.firmness]}`,
    `  Check in on:  ${dayWords(t.checkInOn)}`,
    wrap(t.explanation, 2),
  ].join('\n')}\n`;
}

export interface PlanPage {
  interviewId: Id;
  roundId: Id;
  /** "Acme Corp — Product Manager". */
  heading: string;
  /** When the plan follows a later round than the one asked for: that round's date. */
  roundWhen?: string;
  timeZone: string;
  timeFrame: TimeFrame;
  touches: StoredTouch[];
  events: StoredEvent[];
  names: Record<Id, string>;
}

const EVENT_HISTORY: Record<StoredEvent['kind'], [string, string]> = {
  reply: ['They replied', 'from'],
  call: ['A phone call', 'with'],
  sent: ['You sent a message', 'to'],
  'new-date': ['They gave a new date', 'from'],
};

function historyLine(e: StoredEvent, page: PlanPage): string {
  const [what, prep] = EVENT_HISTORY[e.kind];
  const sent = e.kind === 'sent' && e.touchKind ? `You sent the ${KIND_WORDS[e.touchKind]}` : what;
  const who = e.contactId && page.names[e.contactId] ? ` ${prep} ${page.names[e.contactId]}` : '';
  const said = e.timeframe ? `: "${e.timeframe}"` : '';
  const note = e.note ? ` (${e.note})` : '';
  return `  ${atLocal(e.at, page.timeZone)}  ${cell(`${sent}${who}${said}${note}`, 200)}`;
}

/** Rows whose first columns line up, each followed by its reason. */
function touchRows(touches: StoredTouch[], cols: (t: StoredTouch) => string[]): string[] {
  const rows = touches.map(cols);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r, n) => {
    const head = r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
    return `  ${head.trimEnd()}\n${wrap((touches[n] as StoredTouch).reason, 6)}`;
  });
}

/** What `followthrough plan` (and `log`) prints: the time frame, then the touches as a timeline. */
export function planText(page: PlanPage, now: Date): string {
  const t = page.timeFrame;
  const out = [`${clean(page.heading)}  [${page.interviewId}]`];
  if (page.roundWhen) out.push(`This plan follows the latest round, ${page.roundId} (${page.roundWhen}).`);
  out.push(`Time frame: ${t.phrase ? `"${cell(t.phrase, 200)}"` : '(none given: ask for one next time)'}`);
  out.push(wrap(t.explanation, 2), '');
  if (page.touches.length === 0) out.push('Nothing planned: no follow-up is waiting.');
  else {
    out.push('Plan');
    const who = (s: StoredTouch) => (s.contactId ? (page.names[s.contactId] ?? null) : null);
    out.push(
      ...touchRows(page.touches, (s) => [
        s.id,
        atLocal(s.dueAt, s.timeZone),
        touchTitle(s.kind, who(s)),
        statusWords(s, now),
      ]),
    );
  }
  if (page.events.length > 0) out.push('', 'What happened', ...page.events.map((e) => historyLine(e, page)));
  return `${out.join('\n')}\n`;
}

const horizon = (days: number) => (days === 0 ? 'now' : days === 1 ? 'in the next day' : `in the next ${days} days`);

/** What `followthrough due` prints: most urgent first, overdue ones marked. */
export function dueText(touches: DueTouch[], days: number, now: Date): string {
  if (touches.length === 0) return `Nothing due ${horizon(days)}.\n`;
  const marked = touches.some((t) => isOverdue(t, now));
  const rows = touchRows(touches, (s) => {
    const d = s as DueTouch;
    return [
      ...(marked ? [isOverdue(d, now) ? 'OVERDUE' : ''] : []),
      d.id,
      atLocal(effectiveDue(d), d.timeZone),
      `${touchTitle(d.kind, d.contactName || d.contactEmail)} (${cell(d.company, 40)}, ${cell(d.role, 40)})`,
    ];
  });
  return `${[
    `Due ${horizon(days)}, most urgent first:`,
    ...rows,
    '',
    'When one is handled: followthrough touch done|skip|snooze TOUCH_ID',
  ].join('\n')}\n`;
}
