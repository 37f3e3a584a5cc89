// Everything the owner has, in one documented JSON document (see README, "Export format").
import type { Contact, InterviewRecord, Opportunity, Profile } from '../core/model.js';
import { listContacts } from '../store/repos/contact-repo.js';
import { listOpportunities } from '../store/repos/opportunity-repo.js';
import type { AppContext } from './context.js';
import { listInterviews } from './interviews.js';
import { getProfile } from './profile.js';

export const EXPORT_FORMAT = 'followthrough-export';
export const EXPORT_VERSION = 1;

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  profile: Profile;
  opportunities: Opportunity[];
  contacts: Contact[];
  interviews: InterviewRecord[];
}

export async function exportAll(ctx: AppContext): Promise<ExportDocument> {
  const [profile, opportunities, contacts, interviews] = [
    await getProfile(ctx),
    await listOpportunities(ctx.store.db, ctx.owner),
    await listContacts(ctx.store.db, ctx.owner),
    await listInterviews(ctx),
  ];
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: ctx.clock.now().toISOString(),
    profile,
    opportunities,
    contacts,
    interviews,
  };
}
