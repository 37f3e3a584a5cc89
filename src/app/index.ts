// The one API every front end calls. Bound to one owner: a front end builds one per user/request.
import type { Id, InterviewRecord } from '../core/model.js';
import type { PageUrl } from './calendar/events.js';
import { type AppSetup, appContext } from './context.js';
import type { LetterOptions } from './delivery/letters.js';
import type { SmtpSettingsInput } from './delivery/mail-settings.js';
import type { DueRun } from './delivery/scheduler.js';
import type { LogInput, SnoozeInput, TimeFrameQuery } from './follow-ups/inputs.js';
import type { CaptureInput } from './interviews/capture.js';
import type { AddInterviewInput, EditInterviewInput, NotesInput, ProfileInput } from './interviews/inputs.js';
import type { CheckNoteTextInput } from './messages/check.js';
import type { DraftEdit, DraftInput, RegenerateInput } from './messages/draft-inputs.js';
import type { OutcomeInput } from './outcomes/inputs.js';
import type { SeedInput, TakeQuizInput } from './quiz/quiz.js';

// Every use case is imported when first called, so a command loads only its own feature: `due` needs
// neither the time-frame parser (chrono-node) nor the composer. Types are imported statically.

/** The API for one owner: the context, and with it every repository, is bound to `setup.owner` here. */
export function createFollowThrough(setup: AppSetup) {
  const ctx = appContext(setup);
  return {
    interviews: {
      add: async (input: AddInterviewInput) => (await import('./interviews/interviews.js')).addInterview(ctx, input),
      list: async () => (await import('./interviews/interviews.js')).listInterviews(ctx),
      show: async (id: Id) => (await import('./interviews/interviews.js')).showInterview(ctx, id),
      /** The interview page: record, follow-up contact, plan with names, drafts and outcome choices. */
      page: async (id: Id) => (await import('./interviews/page.js')).interviewPage(ctx, id),
      /** The edit form: the record and its follow-up contact. */
      form: async (id: Id) => (await import('./interviews/page.js')).interviewForm(ctx, id),
      edit: async (id: Id, input: EditInterviewInput) =>
        (await import('./interviews/interviews.js')).editInterview(ctx, id, input),
      delete: async (id: Id) => (await import('./interviews/interviews.js')).deleteInterview(ctx, id),
      recordNotes: async (id: Id, input: NotesInput) =>
        (await import('./interviews/notes.js')).recordNotes(ctx, id, input),
    },
    profile: {
      get: async () => (await import('./profile/profile.js')).getProfile(ctx),
      update: async (input: ProfileInput) => (await import('./profile/profile.js')).updateProfile(ctx, input),
    },
    followUps: {
      understand: async (query: TimeFrameQuery) =>
        (await import('./follow-ups/follow-ups.js')).understandPhrase(ctx, query),
      plan: async (interviewId: Id) => (await import('./follow-ups/follow-ups.js')).showPlan(ctx, interviewId),
      /** The plan as a page reads: the record, the round it follows and every name it mentions. */
      planPage: async (interviewId: Id) => (await import('./follow-ups/plan-page.js')).planPage(ctx, interviewId),
      due: async (query: { days?: number | string } = {}) =>
        (await import('./follow-ups/due.js')).dueTouches(ctx, query),
      done: async (touchId: Id) => (await import('./follow-ups/follow-ups.js')).markTouchDone(ctx, touchId),
      skip: async (touchId: Id) => (await import('./follow-ups/follow-ups.js')).skipTouch(ctx, touchId),
      snooze: async (touchId: Id, input: SnoozeInput = {}) =>
        (await import('./follow-ups/follow-ups.js')).snoozeTouch(ctx, touchId, input),
      log: async (interviewId: Id, input: LogInput) =>
        (await import('./follow-ups/follow-ups.js')).logEvent(ctx, interviewId, input),
    },
    quiz: {
      /** The built-in questions plus a coach's file, for `--questions FILE`. */
      loadQuestions: async (file: string) => (await import('./quiz/bank.js')).loadQuizBank(file, '--questions'),
      draw: async (input: SeedInput = {}) => (await import('./quiz/quiz.js')).drawPaper(ctx, input),
      take: async (input: TakeQuizInput) => (await import('./quiz/quiz.js')).takeQuiz(ctx, input),
      start: async (input: SeedInput = {}) => (await import('./quiz/quiz.js')).startQuiz(ctx, input),
      progress: async (attemptId: Id) => (await import('./quiz/quiz.js')).quizProgress(ctx, attemptId),
      answer: async (attemptId: Id, questionId: string, selected: string[]) =>
        (await import('./quiz/quiz.js')).answerQuestion(ctx, attemptId, questionId, selected),
      finish: async (attemptId: Id) => (await import('./quiz/quiz.js')).finishQuiz(ctx, attemptId),
      result: async (attemptId: Id) => (await import('./quiz/quiz.js')).quizResult(ctx, attemptId),
      history: async () => (await import('./quiz/quiz.js')).quizHistory(ctx),
    },
    notes: {
      check: async (input: CheckNoteTextInput) => (await import('./messages/check.js')).checkNoteText(ctx, input),
    },
    drafts: {
      create: async (input: DraftInput) => (await import('./messages/drafts.js')).createDraft(ctx, input),
      get: async (id: Id) => (await import('./messages/drafts.js')).getDraft(ctx, id),
      /** The message page: the draft, its process, the report kept at save and its delivery. */
      page: async (id: Id) => (await import('./messages/page.js')).messagePage(ctx, id),
      list: async (filter: { interviewId?: Id } = {}) => (await import('./messages/drafts.js')).listDrafts(ctx, filter),
      edit: async (id: Id, input: DraftEdit) => (await import('./messages/drafts.js')).editDraft(ctx, id, input),
      regenerate: async (id: Id, input: RegenerateInput = {}) =>
        (await import('./messages/drafts.js')).regenerateDraft(ctx, id, input),
      /** The checker's report on the saved body, or on `text` (the editor's live score) without saving. */
      check: async (id: Id, text?: string) => (await import('./messages/drafts.js')).checkDraft(ctx, id, text),
      forTouch: async (touchId: Id, choice: RegenerateInput = {}) =>
        (await import('./messages/drafts.js')).draftForTouch(ctx, touchId, choice),
      delete: async (id: Id) => (await import('./messages/drafts.js')).deleteDraft(ctx, id),
    },
    overview: async () => (await import('./insight/overview.js')).overview(ctx),
    /** The first `limit` opportunities (open ones first) with their rounds, and how many there are. */
    overviewPage: async (limit: number) => (await import('./insight/overview.js')).overviewPage(ctx, limit),
    /** The follow-up contacts of these rounds named off their panel (a recruiter), in one query. */
    offPanelContacts: async (records: readonly InterviewRecord[]) =>
      (await import('./insight/overview.js')).offPanelContacts(ctx, records),
    exportAll: async () => (await import('./data/export.js')).exportAll(ctx),
    /** Changes whenever any stored data changes (SQLite); null where no cheap version exists (PostgreSQL). */
    dataVersion: (): string | null => ctx.dataVersion(),
    // Issue 7: the interview sheet, the quick capture, outcomes, contacts and the follow-up record.
    sheet: {
      show: async (interviewId: Id) => (await import('./interviews/sheet.js')).interviewSheet(ctx, interviewId),
      pdf: async (interviewId: Id) => (await import('./interviews/sheet.js')).interviewSheetPdf(ctx, interviewId),
      setPoints: async (interviewId: Id, points: string[]) =>
        (await import('./interviews/capture.js')).setPreparedPoints(ctx, interviewId, points),
      addPoints: async (interviewId: Id, points: string[]) =>
        (await import('./interviews/capture.js')).addPreparedPoints(ctx, interviewId, points),
    },
    capture: {
      show: async (interviewId: Id) => (await import('./interviews/capture.js')).showCapture(ctx, interviewId),
      save: async (interviewId: Id, input: CaptureInput) =>
        (await import('./interviews/capture.js')).quickCapture(ctx, interviewId, input),
    },
    opportunities: {
      /** The outcome forms: the process, the people met in it and the other open processes. */
      people: async (opportunityId: Id) => (await import('./outcomes/people.js')).opportunityPeople(ctx, opportunityId),
    },
    outcomes: {
      show: async (opportunityId: Id) => (await import('./outcomes/outcomes.js')).outcomeView(ctx, opportunityId),
      set: async (opportunityId: Id, input: OutcomeInput) =>
        (await import('./outcomes/outcomes.js')).setOutcome(ctx, opportunityId, input),
      ghostedHints: async () => (await import('./follow-ups/ghosted.js')).ghostedHints(ctx),
    },
    contacts: async () => (await import('./insight/insight.js')).contactsOverview(ctx),
    stats: async () => (await import('./insight/insight.js')).followUpStats(ctx),
    smtp: {
      get: async () => (await import('./delivery/mail-settings.js')).getSmtpSettingsView(ctx),
      /** Only the fields given change; `password` only ever from a prompt, stdin or a password field. */
      update: async (input: SmtpSettingsInput) =>
        (await import('./delivery/mail-settings.js')).updateSmtpSettings(ctx, input),
    },
    delivery: {
      view: async (messageId: Id) => (await import('./delivery/delivery.js')).deliveryView(ctx, messageId),
      send: async (messageId: Id) => (await import('./delivery/delivery.js')).sendNow(ctx, messageId),
      /** `at`: an ISO instant, or "YYYY-MM-DDTHH:MM" on the recipient's clock; absent: the suggested time. */
      schedule: async (messageId: Id, input: { at?: string } = {}) =>
        (await import('./delivery/delivery.js')).scheduleMessage(ctx, messageId, input),
      unschedule: async (messageId: Id) => (await import('./delivery/delivery.js')).unscheduleMessage(ctx, messageId),
      resolve: async (messageId: Id, answer: 'sent' | 'again') =>
        (await import('./delivery/delivery.js')).resolveUncertain(ctx, messageId, answer),
      confirmOverdue: async (messageId: Id) => (await import('./delivery/delivery.js')).confirmOverdue(ctx, messageId),
      eml: async (messageId: Id) => (await import('./delivery/delivery.js')).exportEml(ctx, messageId),
      mailto: async (messageId: Id) => (await import('./delivery/delivery.js')).mailto(ctx, messageId),
      outbox: async () => (await import('./delivery/scheduler.js')).outbox(ctx),
      runDue: async (options: { confirmOverdue?: boolean } = {}) =>
        (await import('./delivery/scheduler.js')).runDue(ctx, options),
      startScheduler: async (
        options: { intervalMs?: number; report?: (run: DueRun) => void; onError?: (e: unknown) => void } = {},
      ) => (await import('./delivery/scheduler.js')).startScheduler(ctx, options),
    },
    letters: {
      /** A saved message as a PDF letter (or card, for a card-format message). */
      pdf: async (messageId: Id, options: LetterOptions = {}) =>
        (await import('./delivery/letters.js')).letterPdf(ctx, messageId, options),
    },
    calendar: {
      /** The plan as an .ics file: one event per open touch, linked to its page by `pageUrl`. */
      file: async (pageUrl?: PageUrl) => (await import('./calendar/calendar.js')).calendarFile(ctx, pageUrl),
      feedStatus: async () => (await import('./calendar/calendar.js')).feedStatus(ctx),
      rotateFeed: async () => (await import('./calendar/calendar.js')).rotateFeed(ctx),
      /** The feed's calendar, only for the right token. */
      feed: async (token: string, pageUrl?: PageUrl) =>
        (await import('./calendar/calendar.js')).feedFile(ctx, token, pageUrl),
    },
  };
}

export type FollowThrough = ReturnType<typeof createFollowThrough>;
export type { TimeFrame } from '../core/timeframe/types.js';
export type { StoredEvent } from '../store/repos/event-repo.js';
export type { StoredMessage } from '../store/repos/message-repo.js';
export type { DueTouch, StoredTouch } from '../store/repos/touch-repo.js';
export type { CalendarFile, FeedStatus, NewFeed } from './calendar/calendar.js';
export { type AppContext, type AppSetup, type Clock, LOCAL_OWNER, systemClock } from './context.js';
export type { ExportDocument } from './data/export.js';
export type { DeliveryView, EmlFile } from './delivery/delivery.js';
export type { LetterOptions, LetterPdf, MailBy } from './delivery/letters.js';
export type { SmtpSettingsInput, SmtpSettingsView } from './delivery/mail-settings.js';
export type { DueRun, OutboxItem, OutboxState, RunningScheduler } from './delivery/scheduler.js';
export type { DeliveryOutcome } from './delivery/sending.js';
export type { GhostedHint } from './follow-ups/ghosted.js';
export type { LogInput, SnoozeInput, TimeFrameQuery } from './follow-ups/inputs.js';
export type { PlanPageView, PlanView } from './follow-ups/plan-page.js';
export type { ContactSummary } from './insight/insight.js';
export type { OpportunityOverview, OverviewPage } from './insight/overview.js';
export type { CaptureInput, CaptureResult } from './interviews/capture.js';
export type {
  AddInterviewInput,
  EditInterviewInput,
  NotesInput,
  PersonInput,
  ProfileInput,
} from './interviews/inputs.js';
export type { InterviewFormView, InterviewPageView } from './interviews/page.js';
export type { SheetView } from './interviews/sheet.js';
export type { CheckNoteTextInput } from './messages/check.js';
export type { DraftEdit, DraftInput, RegenerateInput } from './messages/draft-inputs.js';
export type { DraftView } from './messages/drafts.js';
export type { MessagePageView } from './messages/page.js';
export type { OutcomeInput } from './outcomes/inputs.js';
export type { OutcomeResult } from './outcomes/outcomes.js';
export type { OpportunityPeople } from './outcomes/people.js';
export type { QuizAttemptSummary, QuizPaper, QuizProgress, QuizResult, SeedInput, TakeQuizInput } from './quiz/quiz.js';
