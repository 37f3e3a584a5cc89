// What the dashboard shows: the touches due in the next week (overdue first), then every opportunity.
import type { DueTouch, FollowThrough, GhostedHint, OpportunityOverview } from '../app/index.js';
import { type ContactLookup, followUpContacts } from './contacts.js';

/** How far ahead the dashboard looks for due touches. */
export const DUE_DAYS = 7;

export interface DashboardData {
  due: DueTouch[];
  opportunities: OpportunityOverview[];
  contactOf: ContactLookup;
  now: Date;
  /** Processes silent past their close-the-loop date: "ghosted" is suggested, never set. */
  ghosted?: GhostedHint[];
}

export async function loadDashboard(api: FollowThrough, now: Date): Promise<DashboardData> {
  const [due, opportunities] = await Promise.all([api.followUps.due({ days: DUE_DAYS }), api.overview()]);
  const contactOf = await followUpContacts(
    api,
    opportunities.flatMap((o) => o.interviews),
  );
  return { due, opportunities, contactOf, now, ghosted: await api.outcomes.ghostedHints() };
}
