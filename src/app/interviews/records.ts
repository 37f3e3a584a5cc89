// Assembles the full record of an interview from its parts; the shape `interview show --json` prints.
import { notFound } from '../../core/errors.js';
import type { Id, InterviewRecord, Opportunity } from '../../core/model.js';
import { getInterview } from '../../store/repos/interview-repo.js';
import { getNextSteps } from '../../store/repos/next-steps-repo.js';
import { listInterviewerNotes } from '../../store/repos/notes-repo.js';
import { getOpportunity } from '../../store/repos/opportunity-repo.js';
import { listParticipants } from '../../store/repos/participant-repo.js';
import type { Executor } from '../../store/schema.js';
import type { AppContext } from '../context.js';

export async function loadRecord(
  db: Executor,
  ctx: AppContext,
  id: Id,
  knownOpportunity?: Opportunity,
): Promise<InterviewRecord> {
  const interview = await getInterview(db, ctx.owner, id);
  if (!interview) throw notFound('interview', id);
  const opportunity =
    knownOpportunity?.id === interview.opportunityId
      ? knownOpportunity
      : await getOpportunity(db, ctx.owner, interview.opportunityId);
  if (!opportunity) throw notFound('opportunity', interview.opportunityId);
  const [participants, nextSteps, notes] = await Promise.all([
    listParticipants(db, ctx.owner, id),
    getNextSteps(db, ctx.owner, id),
    listInterviewerNotes(db, ctx.owner, id),
  ]);
  return { ...interview, opportunity, participants, nextSteps, notes };
}
