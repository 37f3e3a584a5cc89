// Everything the owner has, in one documented JSON document (see README, "Export format").
import type { Contact, InterviewRecord, Opportunity, Profile } from '../../core/model.js';
import { getPreparedPoints, listCaptures, type StoredCapture } from '../../store/repos/capture-repo.js';
import { listContacts } from '../../store/repos/contact-repo.js';
import { listEvents, type StoredEvent } from '../../store/repos/event-repo.js';
import { listMessages, type StoredMessage } from '../../store/repos/message-repo.js';
import { listOpportunities } from '../../store/repos/opportunity-repo.js';
import { type KeepWarmChoice, listKeepWarm, listOutcomes, type StoredOutcome } from '../../store/repos/outcome-repo.js';
import { listTouches, type StoredTouch } from '../../store/repos/touch-repo.js';
import type { AppContext } from '../context.js';
import { getSmtpSettingsView, type SmtpSettingsView } from '../delivery/mail-settings.js';
import { listInterviews } from '../interviews/interviews.js';
import { getProfile } from '../profile/profile.js';
import { type QuizAttemptSummary, quizHistory } from '../quiz/quiz.js';

export const EXPORT_FORMAT = 'followthrough-export';
export const EXPORT_VERSION = 1;

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  profile: Profile;
  opportunities: Opportunity[];
  contacts: Contact[];
  interviews: InterviewRecord[];
  /** The follow-up plan of every opportunity, done and cancelled touches included. */
  touches: StoredTouch[];
  /** What was logged as happening outside the app: replies, calls, messages, new dates. */
  events: StoredEvent[];
  quizAttempts: QuizAttemptSummary[];
  /** SMTP settings without the password (never exported, not even encrypted); null when none. */
  smtp: SmtpSettingsView | null;
  /** Drafted and sent messages, newest first. */
  messages: StoredMessage[];
  /** Issue 7: how each process ended, quick captures, prepared points, whom you keep in touch with. */
  outcomes: StoredOutcome[];
  captures: StoredCapture[];
  preparedPoints: { opportunityId: string; points: string[] }[];
  keepWarm: ({ opportunityId: string } & KeepWarmChoice)[];
}

export async function exportAll(ctx: AppContext): Promise<ExportDocument> {
  const [profile, opportunities, contacts, interviews] = [
    await getProfile(ctx),
    await listOpportunities(ctx.store.db, ctx.owner),
    await listContacts(ctx.store.db, ctx.owner),
    await listInterviews(ctx),
  ];
  const touches: StoredTouch[] = [];
  const events: StoredEvent[] = [];
  for (const o of opportunities) {
    touches.push(...(await listTouches(ctx.store.db, ctx.owner, o.id)));
    events.push(...(await listEvents(ctx.store.db, ctx.owner, o.id)));
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: ctx.clock.now().toISOString(),
    profile,
    opportunities,
    contacts,
    interviews,
    touches,
    events,
    quizAttempts: await quizHistory(ctx),
    smtp: await exportedSmtp(ctx),
    messages: await listMessages(ctx.store.db, ctx.owner),
    outcomes: await listOutcomes(ctx.store.db, ctx.owner),
    captures: await listCaptures(ctx.store.db, ctx.owner),
    preparedPoints: (
      await Promise.all(
        opportunities.map(async (o) => ({
          opportunityId: o.id,
          points: await getPreparedPoints(ctx.store.db, ctx.owner, o.id),
        })),
      )
    ).filter((p) => p.points.length > 0),
    keepWarm: (
      await Promise.all(
        opportunities.map(async (o) =>
          (await listKeepWarm(ctx.store.db, ctx.owner, o.id)).map((k) => ({ opportunityId: o.id, ...k })),
        ),
      )
    ).flat(),
  };
}

async function exportedSmtp(ctx: AppContext): Promise<SmtpSettingsView | null> {
  const view = await getSmtpSettingsView(ctx);
  return view.configured ? view : null;
}
