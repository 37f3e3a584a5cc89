// Recording how a process ended (issue 7). The transitions table in core decides what is allowed.
// Accepting an offer withdraws from the other open processes (their plans stop) with a courteous
// draft to each; a rejection replaces the pending check-ins with a reply and keep-warm touches.
import { Temporal } from 'temporal-polyfill';
import { badInput, notFound } from '../../core/errors.js';
import { type Contact, type Id, OPEN_STATUSES, type Opportunity } from '../../core/model.js';
import { allowedOutcomes, assertTransition, type Outcome } from '../../core/outcomes.js';
import { isOpenTouch } from '../../core/plan/index.js';
import { PLAN_RULES } from '../../core/plan/rules.js';
import type { Repos } from '../../store/repos/index.js';
import type { StoredTouch } from '../../store/repos/touch-repo.js';
import type { AppContext } from '../context.js';
import { latestRound, replan } from '../follow-ups/planning.js';
import { matchParticipant } from '../interviews/people.js';
import { loadRecord } from '../interviews/records.js';
import type { DraftView } from '../messages/drafts.js';
import { parseInput } from '../validate.js';
import { draftFor } from './drafts.js';
import { type OutcomeInput, outcomeInput } from './inputs.js';

export interface OutcomeResult {
  opportunity: Opportunity;
  /** What may follow now, per the transitions table. */
  next: readonly Outcome[];
  /** The plan after the change: open touches only. */
  touches: StoredTouch[];
  /** Drafts made for this change: a rejection reply, or a withdrawal per other process. */
  drafts: DraftView[];
  /** On accepting: the other processes withdrawn from. */
  withdrawn: Opportunity[];
  keepWarm: { contactId: Id; name: string; everyMonths: number }[];
  /** Display names of the contacts the touches name. */
  names: Record<Id, string>;
}

/** Everyone met in a process: each round's panel and the follow-up contacts, each once. */
export async function peopleOf(repos: Repos, opportunityId: Id): Promise<Contact[]> {
  const out = new Map<Id, Contact>();
  for (const i of (await repos.interviews.list()).filter((x) => x.opportunityId === opportunityId)) {
    const r = await loadRecord(repos, i.id);
    for (const p of r.participants) out.set(p.contact.id, p.contact);
    const c = r.nextSteps.contactId ? await repos.contacts.get(r.nextSteps.contactId) : undefined;
    if (c) out.set(c.id, c);
  }
  return [...out.values()];
}

function pickPerson(people: Contact[], spec: string, field: string): Contact {
  const byId = people.find((p) => p.id === spec);
  const match =
    byId ??
    matchParticipant(
      people.map((contact) => ({ contact, role: 'interviewer' as const })),
      spec,
    )?.contact;
  if (match) return match;
  const known = people.map((p) => p.name || p.email).join(', ') || 'nobody recorded yet';
  throw badInput([
    { field, message: `"${spec}" is not someone you met in this process (${known})`, example: people[0]?.name },
  ]);
}

function instantOf(at: string | undefined, zone: string, now: string): string {
  if (!at) return now;
  const instant =
    at.length === 10
      ? Temporal.PlainDate.from(at)
          .toZonedDateTime({ timeZone: zone, plainTime: { hour: 12 } })
          .toInstant()
      : Temporal.PlainDateTime.from(at).toZonedDateTime(zone).toInstant();
  if (Date.parse(instant.toString()) > Date.parse(now)) {
    throw badInput([{ field: 'at', message: 'is in the future: record what has happened', example: now.slice(0, 10) }]);
  }
  return instant.toString();
}

export async function setOutcome(ctx: AppContext, opportunityId: Id, raw: OutcomeInput): Promise<OutcomeResult> {
  const input = parseInput(outcomeInput, raw);
  const now = ctx.clock.now().toISOString();
  const changed = await ctx.transaction(async (tx) => {
    const opportunity = await tx.opportunities.get(opportunityId);
    if (!opportunity) throw notFound('opportunity', opportunityId);
    assertTransition(opportunity.status, input.outcome);
    const round = await latestRound(tx, opportunityId);
    const people = await peopleOf(tx, opportunityId);
    const at = instantOf(input.at, round?.timeZone ?? 'UTC', now);
    const from = input.from ? pickPerson(people, input.from, 'from') : null;
    const warm = input.keepWarm.map((k) => pickPerson(people, k, 'keepWarm'));
    const closing = input.outcome === 'rejected' || input.outcome === 'ghosted';
    if (warm.length > 0 && !closing) {
      throw badInput([{ field: 'keepWarm', message: 'is for a rejection or a process that went silent' }]);
    }
    if (input.everyMonths !== undefined && !closing) {
      throw badInput([{ field: 'everyMonths', message: 'is for a rejection or a process that went silent' }]);
    }
    // A mistyped id must not withdraw the very process it was meant to keep open.
    if (input.keepOpen.length > 0) {
      if (input.outcome !== 'accepted') throw badInput([{ field: 'keepOpen', message: 'is for accepting an offer' }]);
      for (const id of input.keepOpen) {
        if (id === opportunityId) throw badInput([{ field: 'keepOpen', message: 'names the offer being accepted' }]);
        if (!(await tx.opportunities.get(id))) throw notFound('opportunity', id);
      }
    }
    await tx.outcomes.insert({
      id: ctx.newId('oc'),
      opportunityId,
      fromStatus: opportunity.status,
      status: input.outcome,
      contactId: from?.id ?? null,
      at,
      createdAt: now,
    });
    await tx.opportunities.update(opportunityId, { status: input.outcome }, now);
    if (input.outcome === 'rejected' || input.outcome === 'ghosted') {
      const every = input.everyMonths ?? PLAN_RULES.keepWarmEveryMonths;
      await tx.outcomes.setKeepWarm(
        opportunityId,
        [...new Map(warm.map((c) => [c.id, c])).values()].map((c) => ({ contactId: c.id, everyMonths: every })),
        now,
      );
    }
    await replan(tx, ctx, opportunityId);
    const withdrawn: Opportunity[] = [];
    if (input.outcome === 'accepted') {
      const others = (await tx.opportunities.list()).filter(
        (o) => o.id !== opportunityId && OPEN_STATUSES.includes(o.status) && !input.keepOpen.includes(o.id),
      );
      for (const o of others) {
        await tx.outcomes.insert({
          id: ctx.newId('oc'),
          opportunityId: o.id,
          fromStatus: o.status,
          status: 'withdrawn',
          contactId: null,
          at: now,
          createdAt: now,
        });
        await tx.opportunities.update(o.id, { status: 'withdrawn' }, now);
        await replan(tx, ctx, o.id); // a closed process: its open touches are cancelled
        withdrawn.push({ ...o, status: 'withdrawn' });
      }
    }
    return { withdrawn };
  });

  // Drafts are made after the change is safely stored: each in its own transaction.
  const drafts: DraftView[] = [];
  const repos = ctx.repos;
  if (input.outcome === 'rejected') {
    const reply = (await repos.touches.list(opportunityId)).find(
      (t) => t.kind === 'rejection-reply' && t.status === 'pending',
    );
    if (reply?.contactId) {
      const d = await draftFor(ctx, {
        interviewId: reply.interviewId,
        kind: 'rejection-reply',
        contactId: reply.contactId,
        touchId: reply.id,
      });
      if (d) drafts.push(d);
    }
  }
  for (const o of changed.withdrawn) {
    const round = await latestRound(repos, o.id);
    const to = round ? await withdrawalRecipient(repos, round.id) : null;
    if (!round || !to) continue;
    const d = await draftFor(ctx, { interviewId: round.id, kind: 'withdrawal', contactId: to.id, touchId: null });
    if (d) drafts.push(d);
  }
  return { ...(await outcomeView(ctx, opportunityId)), drafts, withdrawn: changed.withdrawn };
}

/** Whom a withdrawal goes to: the follow-up contact, else the recruiter, hiring manager, first on the panel. */
async function withdrawalRecipient(repos: Repos, interviewId: Id): Promise<Contact | null> {
  const r = await loadRecord(repos, interviewId);
  const named = r.nextSteps.contactId ? await repos.contacts.get(r.nextSteps.contactId) : undefined;
  const byRole = (role: string) => r.participants.find((p) => p.role === role)?.contact;
  return named ?? byRole('recruiter') ?? byRole('hiring-manager') ?? r.participants[0]?.contact ?? null;
}

/** An opportunity's outcome state: its status, what may follow, its open touches and keep-warm choices. */
export async function outcomeView(
  ctx: AppContext,
  opportunityId: Id,
): Promise<Omit<OutcomeResult, 'drafts' | 'withdrawn'>> {
  const repos = ctx.repos;
  const opportunity = await repos.opportunities.get(opportunityId);
  if (!opportunity) throw notFound('opportunity', opportunityId);
  const touches = (await repos.touches.list(opportunityId)).filter((t) => isOpenTouch(t));
  const keepWarm = [];
  for (const k of await repos.outcomes.keepWarm(opportunityId)) {
    const c = await repos.contacts.get(k.contactId);
    keepWarm.push({ contactId: k.contactId, name: c?.name || c?.email || '', everyMonths: k.everyMonths });
  }
  const names: Record<Id, string> = {};
  for (const id of new Set(touches.map((t) => t.contactId).filter((x): x is Id => x !== null))) {
    const c = await repos.contacts.get(id);
    if (c) names[id] = c.name || c.email || '';
  }
  return { opportunity, next: allowedOutcomes(opportunity.status), touches, keepWarm, names };
}
