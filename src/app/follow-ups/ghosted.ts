// "Ghosted" is suggested, never set: an open process whose close-the-loop date has passed with no
// reply or call since. The dashboard and the CLI's due list show these with how to confirm.
import type { Hint } from '../../core/hints.js';
import type { Id, Opportunity } from '../../core/model.js';
import { ghostedSuggestion } from '../../core/outcomes.js';
import type { StoredEvent } from '../../store/repos/event-repo.js';
import type { StoredTouch } from '../../store/repos/touch-repo.js';
import type { AppContext } from '../context.js';

export interface GhostedHint {
  opportunityId: Id;
  interviewId: Id;
  company: string;
  role: string;
  /** When the close-the-loop date passed (UTC ISO). */
  since: string;
  /** How to confirm it: each front end renders it (a command, a link). */
  hint: Hint;
}

export async function ghostedHints(ctx: AppContext): Promise<GhostedHint[]> {
  const repos = ctx.repos;
  // Only what the rule reads: close-the-loop touches and replies or calls, each looked up once.
  const [opportunities, touches, events] = [
    await repos.opportunities.list(),
    await repos.insight.allTouches({ kinds: ['close-the-loop'] }),
    await repos.insight.allEvents({ kinds: ['reply', 'call'] }),
  ];
  // Both lists are oldest first, so the last one seen per opportunity wins.
  const lastClose = new Map(touches.map((t) => [t.opportunityId, t]));
  const lastHeard = new Map(events.map((e) => [e.opportunityId, e.at]));
  const now = ctx.clock.now();
  const out: GhostedHint[] = [];
  for (const o of opportunities) {
    const close = lastClose.get(o.id) ?? null;
    const heard = lastHeard.get(o.id) ?? null;
    if (!close || !ghostedSuggestion({ status: o.status, closeTheLoop: close, lastHeardAt: heard, now })) continue;
    out.push({
      opportunityId: o.id,
      interviewId: close.interviewId,
      company: o.company,
      role: o.role,
      since: close.dueAt,
      hint: { action: 'outcome.ghosted', id: o.id },
    });
  }
  return out;
}

/** The same rule for one opportunity, from its own touches and events (each oldest first). */
export function isGhosted(
  o: Pick<Opportunity, 'status'>,
  touches: readonly StoredTouch[],
  events: readonly StoredEvent[],
  now: Date,
): boolean {
  const close = touches.filter((t) => t.kind === 'close-the-loop').at(-1) ?? null;
  const heard = events.filter((e) => e.kind === 'reply' || e.kind === 'call').at(-1)?.at ?? null;
  return close !== null && ghostedSuggestion({ status: o.status, closeTheLoop: close, lastHeardAt: heard, now });
}
