// Use cases for interviews: add, list, show, edit, delete. Each user action is one transaction.
import { AppError, notFound } from '../../core/errors.js';
import { EMPTY_NEXT_STEPS, type Id, type InterviewRecord, OPEN_STATUSES, type Opportunity } from '../../core/model.js';
import { localToUtc } from '../../core/time.js';
import type { Repos } from '../../store/repos/index.js';
import type { OpportunityPatch } from '../../store/repos/opportunity-repo.js';
import type { AppContext } from '../context.js';
import { checkCountry } from '../follow-ups/holiday-calendars.js';
import { replan } from '../follow-ups/planning.js';
import { parseInput } from '../validate.js';
import { type AddInterviewInput, addInterviewInput, type EditInterviewInput, editInterviewInput } from './inputs.js';
import { resolveFollowUpContact, resolveInterviewers } from './people.js';
import { loadRecord } from './records.js';

const denied = () => new AppError('failure', 'The store refused a change to data that is not yours.');

export async function addInterview(ctx: AppContext, raw: AddInterviewInput): Promise<InterviewRecord> {
  const input = parseInput(addInterviewInput, raw);
  await checkCountry(input.country);
  const now = ctx.clock.now().toISOString();
  return ctx.transaction(async (tx) => {
    const opportunity = await opportunityFor(tx, ctx, input, now);
    const id = ctx.newId('iv');
    const ok = await tx.interviews.insert({
      id,
      opportunityId: opportunity.id,
      stage: input.stage ?? '',
      startsAt: input.at,
      timeZone: input.tz,
      startsAtUtc: localToUtc(input.at, input.tz),
      country: input.country ?? '',
      format: input.format ?? 'video',
      location: input.location ?? '',
      createdAt: now,
      updatedAt: now,
    });
    if (!ok) throw denied();
    const panel = await resolveInterviewers(tx, ctx, input.interviewers ?? [], opportunity.company, now);
    if (!(await tx.participants.set(id, panel))) throw denied();
    const participants = await tx.participants.list(id);
    const contactId = input.contact
      ? await resolveFollowUpContact(tx, ctx, input.contact, participants, opportunity.company, now)
      : null;
    const saved = await tx.nextSteps.save(
      id,
      {
        timeframe: input.timeframe ?? '',
        contactId,
        permission: input.permission ?? 'unknown',
        channel: input.channel ?? 'email',
        nextStep: input.nextStep ?? '',
        card: input.card ?? false,
      },
      now,
    );
    if (!saved) throw denied();
    // A new round replaces the pending touches of the previous one.
    await replan(tx, ctx, opportunity.id);
    return loadRecord(tx, id);
  });
}

/** The opportunity a new round belongs to: the one named, the open one with the same company and role, or a new one. */
async function opportunityFor(
  repos: Repos,
  ctx: AppContext,
  input: ReturnType<typeof addInterviewInput.parse>,
  now: string,
): Promise<Opportunity> {
  const patch: OpportunityPatch = {};
  if (input.why !== undefined) patch.why = input.why;
  if (input.strength !== undefined) patch.strength = input.strength;
  if (input.postingUrl !== undefined) patch.postingUrl = input.postingUrl;
  let existing: Opportunity | undefined;
  if (input.opportunity) {
    existing = await repos.opportunities.get(input.opportunity);
    if (!existing) throw notFound('opportunity', input.opportunity);
  } else {
    existing = await repos.opportunities.find(input.company ?? '', input.role ?? '', OPEN_STATUSES);
  }
  if (existing) {
    if (existing.status === 'applied') patch.status = 'interviewing';
    if (Object.keys(patch).length > 0) await repos.opportunities.update(existing.id, patch, now);
    return (await repos.opportunities.get(existing.id)) ?? existing;
  }
  const created: Opportunity = {
    id: ctx.newId('op'),
    company: input.company ?? '',
    role: input.role ?? '',
    postingUrl: input.postingUrl ?? null,
    why: input.why ?? '',
    strength: input.strength ?? '',
    status: 'interviewing',
    createdAt: now,
    updatedAt: now,
  };
  await repos.opportunities.insert(created);
  return created;
}

export async function showInterview(ctx: AppContext, id: Id): Promise<InterviewRecord> {
  return loadRecord(ctx.repos, id);
}

/** Every interview, most recent first, read in one transaction so the list is consistent. */
/** Every interview of the owner as a full record; only those of `opportunityIds` when given. */
export async function listInterviews(ctx: AppContext, opportunityIds?: readonly Id[]): Promise<InterviewRecord[]> {
  return ctx.transaction(async (tx) => {
    const rows = await tx.interviews.list(opportunityIds);
    // A handful of queries for the whole list, not five per interview: the dashboard lists them all.
    const ids = rows.map((r) => r.id);
    const [opportunities, panels, steps, notes] = [
      new Map((await tx.opportunities.list()).map((o) => [o.id, o])),
      await tx.participants.panels(ids),
      await tx.nextSteps.list(ids),
      await tx.notes.listOf(ids),
    ];
    return rows.map((row) => {
      const opportunity = opportunities.get(row.opportunityId);
      if (!opportunity) throw notFound('opportunity', row.opportunityId);
      return {
        ...row,
        opportunity,
        participants: panels.get(row.id) ?? [],
        nextSteps: steps.get(row.id) ?? { ...EMPTY_NEXT_STEPS },
        notes: notes.get(row.id) ?? [],
      };
    });
  });
}

export async function editInterview(ctx: AppContext, id: Id, raw: EditInterviewInput): Promise<InterviewRecord> {
  const input = parseInput(editInterviewInput, raw);
  await checkCountry(input.country);
  const now = ctx.clock.now().toISOString();
  return ctx.transaction(async (tx) => {
    let current = await loadRecord(tx, id);
    const moved = current.opportunityId;
    if (input.opportunity && input.opportunity !== current.opportunityId) {
      const target = await tx.opportunities.get(input.opportunity);
      if (!target) throw notFound('opportunity', input.opportunity);
      await tx.interviews.update(id, { opportunityId: target.id }, now);
      await tx.opportunities.deleteIfEmpty(current.opportunityId);
      current = await loadRecord(tx, id);
    }
    const opp: OpportunityPatch = {};
    for (const key of ['company', 'role', 'why', 'strength', 'postingUrl', 'status'] as const) {
      if (input[key] !== undefined) Object.assign(opp, { [key]: input[key] });
    }
    if (Object.keys(opp).length > 0) await tx.opportunities.update(current.opportunityId, opp, now);

    const startsAt = input.at ?? current.startsAt;
    const timeZone = input.tz ?? current.timeZone;
    await tx.interviews.update(
      id,
      {
        startsAt,
        timeZone,
        startsAtUtc: localToUtc(startsAt, timeZone),
        ...(input.stage !== undefined && { stage: input.stage }),
        ...(input.country !== undefined && { country: input.country }),
        ...(input.format !== undefined && { format: input.format }),
        ...(input.location !== undefined && { location: input.location }),
      },
      now,
    );
    const company = input.company ?? current.opportunity.company;
    if (input.interviewers !== undefined) {
      const panel = await resolveInterviewers(tx, ctx, input.interviewers, company, now);
      if (!(await tx.participants.set(id, panel))) throw denied();
    }
    const next = await tx.nextSteps.get(id);
    if (input.contact !== undefined) {
      next.contactId = input.contact
        ? await resolveFollowUpContact(tx, ctx, input.contact, await tx.participants.list(id), company, now)
        : null;
    }
    if (input.timeframe !== undefined) next.timeframe = input.timeframe;
    if (input.permission !== undefined) next.permission = input.permission;
    if (input.channel !== undefined) next.channel = input.channel;
    if (input.nextStep !== undefined) next.nextStep = input.nextStep;
    if (input.card !== undefined) next.card = input.card;
    if (!(await tx.nextSteps.save(id, next, now))) throw denied();
    const edited = await loadRecord(tx, id);
    await replan(tx, ctx, edited.opportunityId);
    if (edited.opportunityId !== moved) await replan(tx, ctx, moved);
    return edited;
  });
}

/** Deletes an interview with its participants, next steps and notes; its opportunity goes too if now empty. */
export async function deleteInterview(ctx: AppContext, id: Id): Promise<{ id: Id; opportunityDeleted: boolean }> {
  return ctx.transaction(async (tx) => {
    const record = await loadRecord(tx, id);
    await tx.interviews.delete(id);
    const opportunityDeleted = await tx.opportunities.deleteIfEmpty(record.opportunityId);
    if (!opportunityDeleted) await replan(tx, ctx, record.opportunityId);
    return { id, opportunityDeleted };
  });
}
