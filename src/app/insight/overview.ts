// The dashboard's data: each opportunity with its interview rounds, most recent activity first.
import { type Contact, type Id, type InterviewRecord, OPEN_STATUSES, type Opportunity } from '../../core/model.js';
import type { DueTouch } from '../../store/repos/touch-repo.js';
import type { AppContext } from '../context.js';
import { dueTouches } from '../follow-ups/follow-ups.js';
import { type GhostedHint, ghostedHints } from '../follow-ups/ghosted.js';
import { listInterviews } from '../interviews/interviews.js';

export interface OpportunityOverview extends Opportunity {
  interviews: InterviewRecord[];
}

export interface OverviewPage {
  /** Open processes first, then the rest; most recent activity first within each. */
  opportunities: OpportunityOverview[];
  /** How many opportunities the owner has in all. */
  total: number;
}

/** The dashboard as the app returns it: what is due, a page of opportunities, and everyone they name. */
export interface DashboardView extends OverviewPage {
  due: DueTouch[];
  /** The follow-up contacts of the rounds shown who are not on their panel (a recruiter named instead). */
  offPanelContacts: Map<Id, Contact>;
  /** Processes silent past their close-the-loop date: "ghosted" is suggested, never set. */
  ghosted: GhostedHint[];
}

const isOpen = (o: Opportunity) => (OPEN_STATUSES as readonly string[]).includes(o.status);

/** The first `limit` opportunities with their rounds: a long history costs nothing to skip. */
export async function overviewPage(ctx: AppContext, limit: number): Promise<OverviewPage> {
  const all = await ctx.repos.opportunities.list();
  const ordered = [...all.filter(isOpen), ...all.filter((o) => !isOpen(o))].slice(0, Math.max(0, limit));
  const interviews = await listInterviews(
    ctx,
    ordered.map((o) => o.id),
  );
  return { opportunities: ordered.map((o) => withRounds(o, interviews)), total: all.length };
}

const withRounds = (o: Opportunity, interviews: InterviewRecord[]): OpportunityOverview => ({
  ...o,
  interviews: interviews
    .filter((i) => i.opportunityId === o.id)
    .sort((a, b) => a.startsAtUtc.localeCompare(b.startsAtUtc)),
});

export async function overview(ctx: AppContext): Promise<OpportunityOverview[]> {
  const [opportunities, interviews] = [await ctx.repos.opportunities.list(), await listInterviews(ctx)];
  return opportunities.map((o) => withRounds(o, interviews));
}

/** The dashboard: touches due within `days`, the first `limit` opportunities, and the names they need. */
export async function dashboard(ctx: AppContext, options: { limit: number; days: number }): Promise<DashboardView> {
  const due = await dueTouches(ctx, { days: options.days });
  const page = await overviewPage(ctx, options.limit);
  const offPanel = page.opportunities.flatMap((o) =>
    o.interviews.flatMap((r) => {
      const id = r.nextSteps.contactId;
      return id && !r.participants.some((p) => p.contact.id === id) ? [id] : [];
    }),
  );
  const offPanelContacts = offPanel.length > 0 ? await ctx.repos.contacts.listByIds(offPanel) : new Map();
  return { due, ...page, offPanelContacts, ghosted: await ghostedHints(ctx) };
}
