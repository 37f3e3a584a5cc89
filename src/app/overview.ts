// The dashboard's data: each opportunity with its interview rounds, most recent activity first.
import type { InterviewRecord, Opportunity } from '../core/model.js';
import { listOpportunities } from '../store/repos/opportunity-repo.js';
import type { AppContext } from './context.js';
import { listInterviews } from './interviews.js';

export interface OpportunityOverview extends Opportunity {
  interviews: InterviewRecord[];
}

export async function overview(ctx: AppContext): Promise<OpportunityOverview[]> {
  const [opportunities, interviews] = [await listOpportunities(ctx.store.db, ctx.owner), await listInterviews(ctx)];
  return opportunities.map((o) => ({
    ...o,
    interviews: interviews
      .filter((i) => i.opportunityId === o.id)
      .sort((a, b) => a.startsAtUtc.localeCompare(b.startsAtUtc)),
  }));
}
