// Assembles the full record of an interview from its parts; the shape `interview show --json` prints.
import { notFound } from '../../core/errors.js';
import type { Id, InterviewRecord, Opportunity } from '../../core/model.js';
import type { Repos } from '../../store/repos/index.js';

export async function loadRecord(repos: Repos, id: Id, knownOpportunity?: Opportunity): Promise<InterviewRecord> {
  const interview = await repos.interviews.get(id);
  if (!interview) throw notFound('interview', id);
  const opportunity =
    knownOpportunity?.id === interview.opportunityId
      ? knownOpportunity
      : await repos.opportunities.get(interview.opportunityId);
  if (!opportunity) throw notFound('opportunity', interview.opportunityId);
  const [participants, nextSteps, notes] = await Promise.all([
    repos.participants.list(id),
    repos.nextSteps.get(id),
    repos.notes.list(id),
  ]);
  return { ...interview, opportunity, participants, nextSteps, notes };
}
