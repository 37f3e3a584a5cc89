// The candidate's own follow-up record (issue 7), computed from what is stored. Pure: the app
// passes in the rows and the current time.
import type { OpportunityStatus } from './model.js';
import { OPPORTUNITY_STATUSES } from './model.js';
import type { TouchKind, TouchStatus } from './plan/types.js';

export interface StatsInput {
  now: Date;
  interviews: { id: string; startsAtUtc: string; hasTimeFrame: boolean }[];
  touches: {
    interviewId: string;
    kind: TouchKind;
    contactId: string | null;
    status: TouchStatus;
    dueAt: string;
    completedAt: string | null;
    /** When it last changed: for a cancelled touch, when it was cancelled. */
    updatedAt: string;
  }[];
  events: { kind: string; at: string }[];
  messages: {
    kind: string;
    interviewId: string;
    contactId: string | null;
    touchId: string | null;
    score: number;
    sentAt: string | null;
  }[];
  statuses: OpportunityStatus[];
}

export interface Share {
  count: number;
  of: number;
  /** Whole percent; null when there is nothing to count. */
  percent: number | null;
}

export interface MonthPoint {
  /** "2026-03". */
  month: string;
  notesSent: number;
  replies: number;
}

export interface FollowUpStats {
  interviews: number;
  timeFrameCaptured: Share;
  thankYouWithin24h: Share;
  averageNoteScore: { average: number | null; notes: number };
  checkInsOnTime: Share;
  repliesReceived: number;
  outcomes: Record<OpportunityStatus, number>;
  byMonth: MonthPoint[];
}

const share = (count: number, of: number): Share => ({
  count,
  of,
  percent: of === 0 ? null : Math.round((count / of) * 100),
});
const DAY = 86_400_000;
const NOTE_KINDS = new Set(['thank-you', 'clarification']);

export function computeStats(i: StatsInput): FollowUpStats {
  const now = i.now.getTime();
  const ended = i.interviews.filter((iv) => Date.parse(iv.startsAtUtc) <= now);
  const startOf = new Map(i.interviews.map((iv) => [iv.id, Date.parse(iv.startsAtUtc)]));
  // A touch cancelled while already overdue (the process ended first) was still missed; one
  // cancelled before it was due never counted.
  const live = i.touches.filter((t) => t.status !== 'cancelled' || Date.parse(t.updatedAt) > Date.parse(t.dueAt));
  // A thank-you counts once it is due or done: the ones still ahead are not yet a record.
  const thanks = live.filter((t) => t.kind === 'thank-you' && (t.completedAt || Date.parse(t.dueAt) <= now));
  const sentMessage = (t: StatsInput['touches'][number]) =>
    i.messages.find(
      (m) => m.sentAt && NOTE_KINDS.has(m.kind) && m.interviewId === t.interviewId && m.contactId === t.contactId,
    )?.sentAt ?? null;
  const within = thanks.filter((t) => {
    const sent = (t.status === 'done' ? t.completedAt : null) ?? sentMessage(t);
    const start = startOf.get(t.interviewId);
    return sent !== null && start !== undefined && Date.parse(sent) - start <= DAY + 60 * 60_000;
  });
  const checkIns = live.filter(
    (t) => (t.kind === 'check-in-1' || t.kind === 'check-in-2') && (t.status === 'done' || Date.parse(t.dueAt) < now),
  );
  const onTime = checkIns.filter(
    (t) => t.status === 'done' && t.completedAt !== null && Date.parse(t.completedAt) <= Date.parse(t.dueAt) + DAY,
  );
  const notes = i.messages.filter((m) => NOTE_KINDS.has(m.kind));
  const outcomes = Object.fromEntries(OPPORTUNITY_STATUSES.map((s) => [s, 0])) as Record<OpportunityStatus, number>;
  for (const s of i.statuses) outcomes[s] += 1;
  return {
    interviews: i.interviews.length,
    timeFrameCaptured: share(ended.filter((iv) => iv.hasTimeFrame).length, ended.length),
    thankYouWithin24h: share(within.length, thanks.length),
    averageNoteScore: {
      average: notes.length === 0 ? null : Math.round(notes.reduce((a, m) => a + m.score, 0) / notes.length),
      notes: notes.length,
    },
    checkInsOnTime: share(onTime.length, checkIns.length),
    repliesReceived: i.events.filter((e) => e.kind === 'reply').length,
    outcomes,
    byMonth: byMonth(i),
  };
}

const monthOf = (iso: string) => iso.slice(0, 7);

/** Notes sent and replies per month, from the first month with either to this one (at most 12). */
function byMonth(i: StatsInput): MonthPoint[] {
  // A note sent outside the plan's touches (a message with no touch) counts too; a touch marked done
  // already logged a "sent" event.
  const sent = [
    ...i.events.filter((e) => e.kind === 'sent').map((e) => e.at),
    ...i.messages.filter((m) => m.sentAt && !m.touchId).map((m) => m.sentAt as string),
  ];
  const replies = i.events.filter((e) => e.kind === 'reply').map((e) => e.at);
  const all = [...sent, ...replies].map(monthOf).sort();
  const last = monthOf(i.now.toISOString());
  if (all.length === 0) return [];
  const months: string[] = [];
  let [y, m] = (all[0] as string).split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months.slice(-12).map((month) => ({
    month,
    notesSent: sent.filter((s) => monthOf(s) === month).length,
    replies: replies.filter((r) => monthOf(r) === month).length,
  }));
}
