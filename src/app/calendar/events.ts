// The plan's open touches as calendar events: what to do, for whom, in which process, and why.
import type { Hint } from '../../core/hints.js';
import { effectiveDue } from '../../core/plan/index.js';
import type { TouchKind } from '../../core/plan/types.js';
import type { DueTouch } from '../../store/repos/touch-repo.js';

export interface TouchEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  alarmBefore: number;
  /** The touch's page, when the caller said where pages are. */
  url?: string;
}

/** Where a hint's page is, as a full URL: each front end knows its own origin and paths. */
export type PageUrl = (hint: Hint) => string;

const MINUTE = 60;

/** "Send thank-you to Dana Reyes (Acme Corp, Product Manager)". */
export function eventSummary(kind: TouchKind, who: string | null, company: string, role: string): string {
  const to = who?.trim() || 'your contact';
  const where = [company, role]
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(', ');
  const suffix = where ? ` (${where})` : '';
  const what: Record<TouchKind, string> = {
    'thank-you': `Send thank-you to ${to}`,
    'thank-you-card': `Mail thank-you card to ${to}`,
    'check-in-1': `Check in with ${to}`,
    'check-in-2': `Second check-in with ${to}`,
    'close-the-loop': 'Close the loop: treat silence as a no',
    'rejection-reply': `Reply to ${to}'s decision`,
    'keep-warm': `Keep in touch with ${to}`,
  };
  return `${what[kind]}${suffix}`;
}

// A thank-you is due by the end of the day: remind two hours ahead so there is time to write it.
const ALARM_BEFORE: Record<TouchKind, number> = {
  'thank-you': 120 * MINUTE,
  'thank-you-card': 120 * MINUTE,
  'check-in-1': 15 * MINUTE,
  'check-in-2': 15 * MINUTE,
  'close-the-loop': 15 * MINUTE,
  'rejection-reply': 15 * MINUTE,
  'keep-warm': 15 * MINUTE,
};

/** "Tue 8 Dec 2026, 10:00 EST" in the touch's own zone. */
function localWords(instant: Date, timeZone: string): string {
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'short',
      })
        .formatToParts(instant)
        .map((p) => [p.type, p.value]),
    );
    return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
  } catch {
    return `${instant.toISOString()} (UTC)`;
  }
}

/** The touch on its interview's plan. */
export const touchHint = (t: Pick<DueTouch, 'id' | 'interviewId'>): Hint => ({
  action: 'interview.show',
  id: t.interviewId,
  field: `touch-${t.id}`,
});

export function touchEvent(t: DueTouch, pageUrl?: PageUrl): TouchEvent {
  // A snoozed touch is due when its snooze ends.
  const start = new Date(effectiveDue(t));
  const url = pageUrl?.(touchHint(t));
  const description = [
    t.reason,
    '',
    `Due ${localWords(start, t.timeZone)}.`,
    ...(url ? [`When it is done, mark it on its page: ${url}`] : []),
  ].join('\n');
  return {
    uid: `${t.id}@followthrough`,
    start,
    end: new Date(start.getTime() + 30 * MINUTE * 1000),
    summary: eventSummary(t.kind, t.contactName, t.company, t.role),
    description,
    alarmBefore: ALARM_BEFORE[t.kind],
    ...(url && { url }),
  };
}
