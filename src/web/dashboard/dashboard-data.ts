// What the dashboard shows: the touches due in the next week (overdue first), then every opportunity.
import type { DueTouch, FollowThrough, GhostedHint, OpportunityOverview } from '../../app/index.js';
import { type ContactLookup, followUpContacts } from '../interviews/contacts.js';

/** How far ahead the dashboard looks for due touches. */
export const DUE_DAYS = 7;
/** Opportunities shown before "Show all": a career's worth of history should not slow the first page. */
export const DASHBOARD_OPPORTUNITIES = 20;

export interface DashboardData {
  due: DueTouch[];
  opportunities: OpportunityOverview[];
  /** How many opportunities there are in all; more than shown when the list is cut. */
  total: number;
  contactOf: ContactLookup;
  now: Date;
  /** Processes silent past their close-the-loop date: "ghosted" is suggested, never set. */
  ghosted?: GhostedHint[];
}

export async function loadDashboard(api: FollowThrough, now: Date, showAll = false): Promise<DashboardData> {
  const [due, { opportunities, total }] = await Promise.all([
    api.followUps.due({ days: DUE_DAYS }),
    api.overviewPage(showAll ? Number.MAX_SAFE_INTEGER : DASHBOARD_OPPORTUNITIES),
  ]);
  const contactOf = followUpContacts(await api.offPanelContacts(opportunities.flatMap((o) => o.interviews)));
  return { due, opportunities, total, contactOf, now, ghosted: await api.outcomes.ghostedHints() };
}
