// The dashboard's data: each opportunity with its interview rounds, most recent activity first.
import { type Contact, type Id, type InterviewRecord, OPEN_STATUSES, type Opportunity } from '../../core/model.js';
import { listContactsByIds } from '../../store/repos/contact-repo.js';
import { listOpportunities } from '../../store/repos/opportunity-repo.js';
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
  /** The follow-up contacts of the rounds shown who are not on their panel (a recruiter named instead). */
  offPanelContacts: Map<Id, Contact>;
}

const isOpen = (o: Opportunity) => (OPEN_STATUSES as readonly string[]).includes(o.status);

/** The first `limit` opportunities with their rounds: a long history costs nothing to skip. */
export async function overviewPage(ctx: AppContext, limit: number): Promise<OverviewPage> {
  const all = await listOpportunities(ctx.store.db, ctx.owner);
  const ordered = [...all.filter(isOpen), ...all.filter((o) => !isOpen(o))].slice(0, Math.max(0, limit));
  const interviews = await listInterviews(
    ctx,
    ordered.map((o) => o.id),
  );
  const offPanel = interviews.flatMap((r) => {
    const id = r.nextSteps.contactId;
    return id && !r.participants.some((p) => p.contact.id === id) ? [id] : [];
  });
  const offPanelContacts = offPanel.length > 0 ? await listContactsByIds(ctx.store.db, ctx.owner, offPanel) : new Map();
  return { opportunities: ordered.map((o) => withRounds(o, interviews)), total: all.length, offPanelContacts };
}

const withRounds = (o: Opportunity, interviews: InterviewRecord[]): OpportunityOverview => ({
  ...o,
  interviews: interviews
    .filter((i) => i.opportunityId === o.id)
    .sort((a, b) => a.startsAtUtc.localeCompare(b.startsAtUtc)),
});

export async function overview(ctx: AppContext): Promise<OpportunityOverview[]> {
  const [opportunities, interviews] = [await listOpportunities(ctx.store.db, ctx.owner), await listInterviews(ctx)];
  return opportunities.map((o) => withRounds(o, interviews));
}
