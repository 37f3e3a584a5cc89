// Views across every process: each person met with when you were last in touch and what is due
// next (the contacts view), and the candidate's own follow-up record (stats).
import type { Id, OpportunityStatus } from '../../core/model.js';
import { effectiveDue, isOpenTouch } from '../../core/plan/index.js';
import type { TouchKind } from '../../core/plan/types.js';
import { touchTitle } from '../../core/plan/words.js';
import { computeStats, type FollowUpStats } from '../../core/stats.js';
import type { AppContext } from '../context.js';
import { listInterviews } from '../interviews/interviews.js';

export interface ContactSummary {
  contactId: Id;
  name: string;
  title: string;
  email: string | null;
  company: string;
  opportunities: { id: Id; company: string; role: string; status: OpportunityStatus }[];
  /** The last contact in either direction: an interview, their reply or call, a note you sent. */
  lastInTouch: { at: string; what: 'interview' | 'reply' | 'call' | 'sent'; timeZone: string } | null;
  next: {
    touchId: Id;
    interviewId: Id;
    kind: TouchKind;
    title: string;
    /** When it is due: the end of a snooze, else its planned time (UTC ISO). */
    dueAt: string;
    dueLocal: string;
    timeZone: string;
    reason: string;
  } | null;
}

export async function contactsOverview(ctx: AppContext): Promise<ContactSummary[]> {
  const repos = ctx.repos;
  const [contacts, interviews, touches, events, messages, opportunities] = [
    await repos.contacts.list(),
    await listInterviews(ctx),
    await repos.insight.allTouches(),
    await repos.insight.allEvents(),
    await repos.messages.list(),
    await repos.opportunities.list(),
  ];
  const byId = new Map(opportunities.map((o) => [o.id, o]));
  const now = ctx.clock.now().getTime();
  const out: ContactSummary[] = [];
  for (const c of contacts) {
    const met = interviews.filter(
      (i) => i.participants.some((p) => p.contact.id === c.id) || i.nextSteps.contactId === c.id,
    );
    if (met.length === 0) continue;
    const zone = met[0]?.timeZone ?? 'UTC';
    const moments: NonNullable<ContactSummary['lastInTouch']>[] = [
      ...met
        .filter((i) => Date.parse(i.startsAtUtc) <= now && i.participants.some((p) => p.contact.id === c.id))
        .map((i) => ({ at: i.startsAtUtc, what: 'interview' as const, timeZone: i.timeZone })),
      ...events
        .filter((e) => e.contactId === c.id && e.kind !== 'new-date')
        .map((e) => ({ at: e.at, what: e.kind as 'reply' | 'call' | 'sent', timeZone: zone })),
      ...messages
        .filter((m) => m.contactId === c.id && m.sentAt)
        .map((m) => ({ at: m.sentAt as string, what: 'sent' as const, timeZone: zone })),
    ];
    const last = moments.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1) ?? null;
    const open = touches
      .filter((t) => t.contactId === c.id && isOpenTouch(t))
      .map((t) => ({ t, due: effectiveDue(t) }))
      .sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
    const opps = [...new Set(met.map((i) => i.opportunityId))].flatMap((id) => {
      const o = byId.get(id);
      return o ? [{ id: o.id, company: o.company, role: o.role, status: o.status }] : [];
    });
    out.push({
      contactId: c.id,
      name: c.name,
      title: c.title,
      email: c.email,
      company: c.company || opps[0]?.company || '',
      opportunities: opps,
      lastInTouch: last,
      next: open
        ? {
            touchId: open.t.id,
            interviewId: open.t.interviewId,
            kind: open.t.kind,
            title: touchTitle(open.t.kind, c.name || c.email),
            dueAt: open.due,
            dueLocal: open.t.dueLocal,
            timeZone: open.t.timeZone,
            reason: open.t.reason,
          }
        : null,
    });
  }
  // What is due soonest first; then the people with nothing planned, by name.
  return out.sort((a, b) =>
    a.next && b.next
      ? Date.parse(a.next.dueAt) - Date.parse(b.next.dueAt)
      : a.next
        ? -1
        : b.next
          ? 1
          : a.name.localeCompare(b.name),
  );
}

export async function followUpStats(ctx: AppContext): Promise<FollowUpStats> {
  const repos = ctx.repos;
  const interviews = await listInterviews(ctx);
  return computeStats({
    now: ctx.clock.now(),
    interviews: interviews.map((i) => ({
      id: i.id,
      startsAtUtc: i.startsAtUtc,
      hasTimeFrame: i.nextSteps.timeframe.trim() !== '',
    })),
    touches: await repos.insight.allTouches(),
    events: await repos.insight.allEvents(),
    messages: await repos.messages.list(),
    statuses: (await repos.opportunities.list()).map((o) => o.status),
  });
}
