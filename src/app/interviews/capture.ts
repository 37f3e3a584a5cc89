// The quick capture right after an interview (issue 7), and the points prepared for a role. The
// capture updates what the plan reads (time frame, contact, permission), records the cues noticed,
// and puts the answer that fell flat into that interviewer's notes, where the composer's
// clarification paragraph finds it.
import { z } from 'zod';
import { badInput } from '../../core/errors.js';
import { type Id, type InterviewRecord, PERMISSIONS } from '../../core/model.js';
import { checkInRecipient } from '../../core/plan/plan.js';
import { CUE_IDS, CUES } from '../../core/sheet.js';
import type { AppContext } from '../context.js';
import { replan } from '../follow-ups/planning.js';
import { parseInput } from '../validate.js';
import { line, text } from './inputs.js';
import { matchParticipant, resolveFollowUpContact } from './people.js';
import { loadRecord } from './records.js';

export const captureInput = z
  .object({
    /** What they said about when, in their words; "" (or noTimeframe) when they gave none. */
    timeframe: text(1000).optional(),
    noTimeframe: z.boolean().default(false),
    contact: line(200).optional(),
    noContact: z.boolean().default(false),
    permission: z.enum(PERMISSIONS, { message: `must be one of ${PERMISSIONS.join(', ')}` }).optional(),
    cues: z
      .array(z.string().refine((c) => CUE_IDS.includes(c), `must be one of ${CUE_IDS.join(', ')}`))
      .max(CUE_IDS.length)
      .default([]),
    weakAnswer: text(1000).optional(),
    /** Whose question it was: a panel member's name or email; needed when the panel has several. */
    weakWith: line(200).optional(),
  })
  // "They gave none" and what they gave cannot both be true: the one home of this rule (the web form
  // and the CLI flags both send what the user chose and let it refuse).
  .superRefine((input, ctx) => {
    if (input.noTimeframe && input.timeframe) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeframe'],
        message: 'give what they said, or say there was none, not both',
      });
    }
    if (input.noContact && input.contact) {
      ctx.addIssue({ code: 'custom', path: ['contact'], message: 'name the contact, or say there was none, not both' });
    }
  });
export type CaptureInput = z.input<typeof captureInput>;

export interface CaptureResult {
  record: InterviewRecord;
  cues: string[];
  capturedAt: string | null;
  /** Said plainly when the plan falls back to defaults: no time frame, no contact. */
  fallbacks: string[];
}

export async function quickCapture(ctx: AppContext, interviewId: Id, raw: CaptureInput): Promise<CaptureResult> {
  const input = parseInput(captureInput, raw);
  const now = ctx.clock.now().toISOString();
  await ctx.transaction(async (tx) => {
    const record = await loadRecord(tx, interviewId);
    const steps = { ...record.nextSteps };
    if (input.timeframe !== undefined) steps.timeframe = input.timeframe;
    if (input.noTimeframe) steps.timeframe = '';
    if (input.contact) {
      const company = record.opportunity.company;
      steps.contactId = await resolveFollowUpContact(tx, ctx, input.contact, record.participants, company, now);
    }
    if (input.noContact) steps.contactId = null;
    if (input.permission) steps.permission = input.permission;
    await tx.nextSteps.save(interviewId, steps, now);
    await tx.captures.save({ interviewId, cues: [...new Set(input.cues)], capturedAt: now });
    if (input.weakAnswer) {
      const who = input.weakWith
        ? matchParticipant(record.participants, input.weakWith)
        : record.participants.length === 1
          ? record.participants[0]
          : undefined;
      if (!who) {
        const panel = record.participants.map((p) => p.contact.name || p.contact.email).join(', ');
        throw badInput([
          {
            field: 'weakWith',
            message: panel
              ? `say whose question it was (one of: ${panel})`
              : 'there is nobody on the panel yet: add the interviewers first',
            example: record.participants[0]?.contact.name,
          },
        ]);
      }
      const notes = record.notes.find((n) => n.contactId === who.contact.id) ?? {
        contactId: who.contact.id,
        topics: [],
        challenges: [],
        article: null,
        weakAnswer: '',
      };
      await tx.notes.save(interviewId, { ...notes, weakAnswer: input.weakAnswer }, now);
    }
    await replan(tx, ctx, record.opportunityId);
  });
  return showCapture(ctx, interviewId);
}

export async function showCapture(ctx: AppContext, interviewId: Id): Promise<CaptureResult> {
  const repos = ctx.repos;
  const record = await loadRecord(repos, interviewId);
  const capture = await repos.captures.get(interviewId);
  const fallbacks: string[] = [];
  if (!record.nextSteps.timeframe.trim()) {
    fallbacks.push(
      'No time frame: the plan falls back to the default cadence, a check-in 5 business days after the interview. Ask for one before you leave next time.',
    );
  }
  if (!record.nextSteps.contactId) {
    const to = checkInRecipient({ participants: record.participants, followUpContact: null });
    fallbacks.push(
      to.contact
        ? `No contact: check-ins go to ${to.contact.name || to.contact.email}, ${to.why}.`
        : 'No contact and nobody on the panel: record whom to follow up with.',
    );
  } else if (!(await repos.contacts.get(record.nextSteps.contactId))) {
    fallbacks.push('The contact recorded is gone: record whom to follow up with.');
  }
  return { record, cues: capture?.cues ?? [], capturedAt: capture?.capturedAt ?? null, fallbacks };
}

export const CUE_LABELS: Record<string, string> = Object.fromEntries(CUES.map((c) => [c.id, c.label]));

const pointsInput = z.object({
  points: z.array(line(400).refine((s) => s.length > 0, 'is empty')).max(20, 'at most 20 points'),
});

/** Replaces the prepared points of the role an interview belongs to. */
export async function setPreparedPoints(ctx: AppContext, interviewId: Id, points: string[]): Promise<string[]> {
  const input = parseInput(pointsInput, { points: points.map((p) => p.trim()).filter((p) => p !== '') });
  const now = ctx.clock.now().toISOString();
  return ctx.transaction(async (tx) => {
    const record = await loadRecord(tx, interviewId);
    await tx.captures.savePreparedPoints(record.opportunityId, input.points, now);
    return tx.captures.getPreparedPoints(record.opportunityId);
  });
}

/** Adds points to a role's prepared points, keeping those already there. */
export async function addPreparedPoints(ctx: AppContext, interviewId: Id, points: string[]): Promise<string[]> {
  const record = await loadRecord(ctx.repos, interviewId);
  const existing = await ctx.repos.captures.getPreparedPoints(record.opportunityId);
  return setPreparedPoints(ctx, interviewId, [...existing, ...points.filter((p) => !existing.includes(p.trim()))]);
}
