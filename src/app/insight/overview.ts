// The dashboard's data: each opportunity with its interview rounds, most recent activity first.
import { type Contact, type Id, type InterviewRecord, OPEN_STATUSES, type Opportunity } from '../../core/model.js';
import type { AppContext } from '../context.js';
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

/** The follow-up contacts of these rounds who are not on their own panel, in one query. */
export async function offPanelContacts(
  ctx: AppContext,
  records: readonly InterviewRecord[],
): Promise<Map<Id, Contact>> {
  const ids = records.flatMap((r) => {
    const id = r.nextSteps.contactId;
    return id && !r.participants.some((p) => p.contact.id === id) ? [id] : [];
  });
  return ids.length > 0 ? ctx.repos.contacts.listByIds(ids) : new Map();
}
