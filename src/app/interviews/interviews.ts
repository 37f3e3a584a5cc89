// Use cases for interviews: add, list, show, edit, delete. Each user action is one transaction.
import { AppError, notFound } from '../../core/errors.js';
import { EMPTY_NEXT_STEPS, type Id, type InterviewRecord, OPEN_STATUSES, type Opportunity } from '../../core/model.js';
import { localToUtc } from '../../core/time.js';
import {
  deleteInterview as deleteInterviewRow,
  insertInterview,
  listInterviews as listInterviewRows,
  updateInterview,
} from '../../store/repos/interview-repo.js';
import { getNextSteps, listNextSteps, saveNextSteps } from '../../store/repos/next-steps-repo.js';
import { listNotesOf } from '../../store/repos/notes-repo.js';
import {
  deleteOpportunityIfEmpty,
  findOpportunity,
  getOpportunity,
  insertOpportunity,
  listOpportunities,
  type OpportunityPatch,
  updateOpportunity,
} from '../../store/repos/opportunity-repo.js';
import { listPanels, listParticipants, setParticipants } from '../../store/repos/participant-repo.js';
import type { Executor } from '../../store/schema.js';
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
  return ctx.store.db.transaction().execute(async (trx) => {
    const opportunity = await opportunityFor(trx, ctx, input, now);
    const id = ctx.newId('iv');
    const ok = await insertInterview(trx, ctx.owner, {
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
    const panel = await resolveInterviewers(trx, ctx, input.interviewers ?? [], opportunity.company, now);
    if (!(await setParticipants(trx, ctx.owner, id, panel))) throw denied();
    const participants = await listParticipants(trx, ctx.owner, id);
    const contactId = input.contact
      ? await resolveFollowUpContact(trx, ctx, input.contact, participants, opportunity.company, now)
      : null;
    const saved = await saveNextSteps(
      trx,
      ctx.owner,
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
    await replan(trx, ctx, opportunity.id);
    return loadRecord(trx, ctx, id);
  });
}

/** The opportunity a new round belongs to: the one named, the open one with the same company and role, or a new one. */
async function opportunityFor(
  db: Executor,
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
    existing = await getOpportunity(db, ctx.owner, input.opportunity);
    if (!existing) throw notFound('opportunity', input.opportunity);
  } else {
    existing = await findOpportunity(db, ctx.owner, input.company ?? '', input.role ?? '', OPEN_STATUSES);
  }
  if (existing) {
    if (existing.status === 'applied') patch.status = 'interviewing';
    if (Object.keys(patch).length > 0) await updateOpportunity(db, ctx.owner, existing.id, patch, now);
    return (await getOpportunity(db, ctx.owner, existing.id)) ?? existing;
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
  await insertOpportunity(db, ctx.owner, created);
  return created;
}

export async function showInterview(ctx: AppContext, id: Id): Promise<InterviewRecord> {
  return loadRecord(ctx.store.db, ctx, id);
}

/** Every interview, most recent first, read in one transaction so the list is consistent. */
/** Every interview of the owner as a full record; only those of `opportunityIds` when given. */
export async function listInterviews(ctx: AppContext, opportunityIds?: readonly Id[]): Promise<InterviewRecord[]> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const rows = await listInterviewRows(trx, ctx.owner, opportunityIds);
    // A handful of queries for the whole list, not five per interview: the dashboard lists them all.
    const ids = rows.map((r) => r.id);
    const [opportunities, panels, steps, notes] = [
      new Map((await listOpportunities(trx, ctx.owner)).map((o) => [o.id, o])),
      await listPanels(trx, ctx.owner, ids),
      await listNextSteps(trx, ctx.owner, ids),
      await listNotesOf(trx, ctx.owner, ids),
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
  return ctx.store.db.transaction().execute(async (trx) => {
    let current = await loadRecord(trx, ctx, id);
    const moved = current.opportunityId;
    if (input.opportunity && input.opportunity !== current.opportunityId) {
      const target = await getOpportunity(trx, ctx.owner, input.opportunity);
      if (!target) throw notFound('opportunity', input.opportunity);
      await updateInterview(trx, ctx.owner, id, { opportunityId: target.id }, now);
      await deleteOpportunityIfEmpty(trx, ctx.owner, current.opportunityId);
      current = await loadRecord(trx, ctx, id);
    }
    const opp: OpportunityPatch = {};
    for (const key of ['company', 'role', 'why', 'strength', 'postingUrl', 'status'] as const) {
      if (input[key] !== undefined) Object.assign(opp, { [key]: input[key] });
    }
    if (Object.keys(opp).length > 0) await updateOpportunity(trx, ctx.owner, current.opportunityId, opp, now);

    const startsAt = input.at ?? current.startsAt;
    const timeZone = input.tz ?? current.timeZone;
    await updateInterview(
      trx,
      ctx.owner,
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
      const panel = await resolveInterviewers(trx, ctx, input.interviewers, company, now);
      if (!(await setParticipants(trx, ctx.owner, id, panel))) throw denied();
    }
    const next = await getNextSteps(trx, ctx.owner, id);
    if (input.contact !== undefined) {
      next.contactId = input.contact
        ? await resolveFollowUpContact(
            trx,
            ctx,
            input.contact,
            await listParticipants(trx, ctx.owner, id),
            company,
            now,
          )
        : null;
    }
    if (input.timeframe !== undefined) next.timeframe = input.timeframe;
    if (input.permission !== undefined) next.permission = input.permission;
    if (input.channel !== undefined) next.channel = input.channel;
    if (input.nextStep !== undefined) next.nextStep = input.nextStep;
    if (input.card !== undefined) next.card = input.card;
    if (!(await saveNextSteps(trx, ctx.owner, id, next, now))) throw denied();
    const edited = await loadRecord(trx, ctx, id);
    await replan(trx, ctx, edited.opportunityId);
    if (edited.opportunityId !== moved) await replan(trx, ctx, moved);
    return edited;
  });
}

/** Deletes an interview with its participants, next steps and notes; its opportunity goes too if now empty. */
export async function deleteInterview(ctx: AppContext, id: Id): Promise<{ id: Id; opportunityDeleted: boolean }> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const record = await loadRecord(trx, ctx, id);
    await deleteInterviewRow(trx, ctx.owner, id);
    const opportunityDeleted = await deleteOpportunityIfEmpty(trx, ctx.owner, record.opportunityId);
    if (!opportunityDeleted) await replan(trx, ctx, record.opportunityId);
    return { id, opportunityDeleted };
  });
}
