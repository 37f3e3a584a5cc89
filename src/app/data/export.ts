// Everything the owner has, in one documented JSON document (see README, "Export format").
import type { Contact, InterviewRecord, Opportunity, Profile } from '../../core/model.js';
import type { StoredCapture } from '../../store/repos/capture-repo.js';
import type { StoredEvent } from '../../store/repos/event-repo.js';
import type { StoredMessage } from '../../store/repos/message-repo.js';
import type { KeepWarmChoice, StoredOutcome } from '../../store/repos/outcome-repo.js';
import type { StoredTouch } from '../../store/repos/touch-repo.js';
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
    await ctx.repos.opportunities.list(),
    await ctx.repos.contacts.list(),
    await listInterviews(ctx),
  ];
  const touches: StoredTouch[] = [];
  const events: StoredEvent[] = [];
  for (const o of opportunities) {
    touches.push(...(await ctx.repos.touches.list(o.id)));
    events.push(...(await ctx.repos.events.list(o.id)));
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
    messages: await ctx.repos.messages.list(),
    outcomes: await ctx.repos.outcomes.list(),
    captures: await ctx.repos.captures.list(),
    preparedPoints: (
      await Promise.all(
        opportunities.map(async (o) => ({
          opportunityId: o.id,
          points: await ctx.repos.captures.getPreparedPoints(o.id),
        })),
      )
    ).filter((p) => p.points.length > 0),
    keepWarm: (
      await Promise.all(
        opportunities.map(async (o) =>
          (await ctx.repos.outcomes.keepWarm(o.id)).map((k) => ({ opportunityId: o.id, ...k })),
        ),
      )
    ).flat(),
  };
}

async function exportedSmtp(ctx: AppContext): Promise<SmtpSettingsView | null> {
  const view = await getSmtpSettingsView(ctx);
  return view.configured ? view : null;
}
