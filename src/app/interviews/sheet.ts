// The interview sheet for one interview: built in core, rendered by each front end or as a PDF.
import type { Id } from '../../core/model.js';
import { buildSheet, type InterviewSheet } from '../../core/sheet.js';
import type { AppContext } from '../context.js';
import { loadRecord } from './records.js';

export interface SheetView {
  sheet: InterviewSheet;
  interviewId: Id;
  opportunityId: Id;
  /** The prepared points alone, for the form that edits them. */
  prepared: string[];
}

export async function interviewSheet(ctx: AppContext, interviewId: Id): Promise<SheetView> {
  const repos = ctx.repos;
  const record = await loadRecord(repos, interviewId);
  const prepared = await repos.captures.getPreparedPoints(record.opportunityId);
  const others = (await repos.interviews.list()).filter(
    (i) => i.opportunityId === record.opportunityId && i.id !== record.id && i.startsAtUtc < record.startsAtUtc,
  );
  const earlier = [];
  for (const i of others) earlier.push(await loadRecord(repos, i.id, record.opportunity));
  return {
    sheet: buildSheet(record, prepared, earlier),
    interviewId,
    opportunityId: record.opportunityId,
    prepared,
  };
}

/** The sheet as a one-page PDF, on the paper of the user's country (US Letter in the US and Canada). */
export async function interviewSheetPdf(ctx: AppContext, interviewId: Id): Promise<Buffer> {
  const view = await interviewSheet(ctx, interviewId);
  const country = (await ctx.repos.profile.get())?.country ?? '';
  const { renderSheetPdf } = await import('../../channels/pdf/sheet.js');
  return renderSheetPdf(view.sheet, ['US', 'CA'].includes(country.toUpperCase()) ? 'LETTER' : 'A4');
}
