// "Ghosted" is suggested, never set: an open process whose close-the-loop date has passed with no
// reply or call since. The dashboard and `followthrough due` show these with how to confirm.
import type { Id } from '../core/model.js';
import { ghostedSuggestion } from '../core/outcomes.js';
import { listAllEvents, listAllTouches } from '../store/repos/insight-repo.js';
import { listOpportunities } from '../store/repos/opportunity-repo.js';
import type { AppContext } from './context.js';

export interface GhostedHint {
  opportunityId: Id;
  interviewId: Id;
  company: string;
  role: string;
  /** When the close-the-loop date passed (UTC ISO). */
  since: string;
  /** The command that confirms it. */
  command: string;
}

export async function ghostedHints(ctx: AppContext): Promise<GhostedHint[]> {
  const db = ctx.store.db;
  const [opportunities, touches, events] = [
    await listOpportunities(db, ctx.owner),
    await listAllTouches(db, ctx.owner),
    await listAllEvents(db, ctx.owner),
  ];
  const now = ctx.clock.now();
  const out: GhostedHint[] = [];
  for (const o of opportunities) {
    const close = touches.filter((t) => t.opportunityId === o.id && t.kind === 'close-the-loop').at(-1) ?? null;
    const heard = events.filter((e) => e.opportunityId === o.id && (e.kind === 'reply' || e.kind === 'call')).at(-1);
    if (!close || !ghostedSuggestion({ status: o.status, closeTheLoop: close, lastHeardAt: heard?.at ?? null, now }))
      continue;
    out.push({
      opportunityId: o.id,
      interviewId: close.interviewId,
      company: o.company,
      role: o.role,
      since: close.dueAt,
      command: `followthrough outcome ${o.id} ghosted`,
    });
  }
  return out;
}
