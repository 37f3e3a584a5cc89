// The outcome forms' data: one process, the people met in it and the other open processes, read in
// a fixed number of queries (not the whole account's overview).
import { notFound } from '../../core/errors.js';
import { type Contact, type Id, OPEN_STATUSES, type Opportunity } from '../../core/model.js';
import { allowedOutcomes, type Outcome } from '../../core/outcomes.js';
import type { AppContext } from '../context.js';

export interface OpportunityPeople {
  opportunity: Opportunity;
  /** What may follow, per the transitions table. */
  next: readonly Outcome[];
  /** Everyone on the process's panels, each once, earliest round first. */
  people: Contact[];
  /** The user's other open processes. */
  others: Opportunity[];
  /** The process's latest round, if it has one. */
  latestInterviewId: Id | null;
}

export async function opportunityPeople(ctx: AppContext, opportunityId: Id): Promise<OpportunityPeople> {
  return ctx.transaction(async (tx) => {
    const opportunity = await tx.opportunities.get(opportunityId);
    if (!opportunity) throw notFound('opportunity', opportunityId);
    // Earliest first, as the overview orders rounds.
    const rounds = (await tx.interviews.list(opportunityId)).sort((a, b) => a.startsAtUtc.localeCompare(b.startsAtUtc));
    const panels = await tx.participants.panels(rounds.map((r) => r.id));
    const people = new Map<Id, Contact>();
    for (const r of rounds) for (const p of panels.get(r.id) ?? []) people.set(p.contact.id, p.contact);
    const others = (await tx.opportunities.list()).filter(
      (o) => o.id !== opportunityId && OPEN_STATUSES.includes(o.status),
    );
    return {
      opportunity,
      next: allowedOutcomes(opportunity.status),
      people: [...people.values()],
      others,
      latestInterviewId: rounds.at(-1)?.id ?? null,
    };
  });
}
