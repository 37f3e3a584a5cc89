// The one API every front end calls. Bound to one owner: a front end builds one per user/request.
import type { Id, InterviewRecord } from '../core/model.js';
import { calendarFile, feedFile, feedStatus, rotateFeed } from './calendar/calendar.js';
import type { PageUrl } from './calendar/events.js';
import { type AppSetup, appContext } from './context.js';
import { exportAll } from './data/export.js';
import {
  confirmOverdue,
  deliveryView,
  exportEml,
  mailto,
  resolveUncertain,
  scheduleMessage,
  sendNow,
  unscheduleMessage,
} from './delivery/delivery.js';
import { type LetterOptions, letterPdf } from './delivery/letters.js';
import { getSmtpSettingsView, type SmtpSettingsInput, updateSmtpSettings } from './delivery/mail-settings.js';
import { type DueRun, outbox, runDue, startScheduler } from './delivery/scheduler.js';
import {
  dueTouches,
  logEvent,
  markTouchDone,
  showPlan,
  skipTouch,
  snoozeTouch,
  understandPhrase,
} from './follow-ups/follow-ups.js';
import { ghostedHints } from './follow-ups/ghosted.js';
import type { LogInput, SnoozeInput, TimeFrameQuery } from './follow-ups/inputs.js';
import { planPage } from './follow-ups/plan-page.js';
import { contactsOverview, followUpStats } from './insight/insight.js';
import { offPanelContacts, overview, overviewPage } from './insight/overview.js';
import {
  addPreparedPoints,
  type CaptureInput,
  quickCapture,
  setPreparedPoints,
  showCapture,
} from './interviews/capture.js';
import type { AddInterviewInput, EditInterviewInput, NotesInput, ProfileInput } from './interviews/inputs.js';
import {
  addInterview,
  deleteInterview,
  editInterview,
  listInterviews,
  showInterview,
} from './interviews/interviews.js';
import { recordNotes } from './interviews/notes.js';
import { interviewForm, interviewPage } from './interviews/page.js';
import { interviewSheet, interviewSheetPdf } from './interviews/sheet.js';
import { type CheckNoteTextInput, checkNoteText } from './messages/check.js';
import type { DraftEdit, DraftInput, RegenerateInput } from './messages/draft-inputs.js';
import {
  checkDraft,
  createDraft,
  deleteDraft,
  draftForTouch,
  editDraft,
  getDraft,
  listDrafts,
  regenerateDraft,
} from './messages/drafts.js';
import { messagePage } from './messages/page.js';
import type { OutcomeInput } from './outcomes/inputs.js';
import { outcomeView, setOutcome } from './outcomes/outcomes.js';
import { opportunityPeople } from './outcomes/people.js';
import { getProfile, updateProfile } from './profile/profile.js';
import { loadQuizBank } from './quiz/bank.js';
import {
  answerQuestion,
  drawPaper,
  finishQuiz,
  quizHistory,
  quizProgress,
  quizResult,
  type SeedInput,
  startQuiz,
  type TakeQuizInput,
  takeQuiz,
} from './quiz/quiz.js';

/** The API for one owner: the context, and with it every repository, is bound to `setup.owner` here. */
export function createFollowThrough(setup: AppSetup) {
  const ctx = appContext(setup);
  return {
    interviews: {
      add: (input: AddInterviewInput) => addInterview(ctx, input),
      list: () => listInterviews(ctx),
      show: (id: Id) => showInterview(ctx, id),
      /** The interview page: record, follow-up contact, plan with names, drafts and outcome choices. */
      page: (id: Id) => interviewPage(ctx, id),
      /** The edit form: the record and its follow-up contact. */
      form: (id: Id) => interviewForm(ctx, id),
      edit: (id: Id, input: EditInterviewInput) => editInterview(ctx, id, input),
      delete: (id: Id) => deleteInterview(ctx, id),
      recordNotes: (id: Id, input: NotesInput) => recordNotes(ctx, id, input),
    },
    profile: {
      get: () => getProfile(ctx),
      update: (input: ProfileInput) => updateProfile(ctx, input),
    },
    followUps: {
      understand: (query: TimeFrameQuery) => understandPhrase(ctx, query),
      plan: (interviewId: Id) => showPlan(ctx, interviewId),
      /** The plan as a page reads: the record, the round it follows and every name it mentions. */
      planPage: (interviewId: Id) => planPage(ctx, interviewId),
      due: (query: { days?: number | string } = {}) => dueTouches(ctx, query),
      done: (touchId: Id) => markTouchDone(ctx, touchId),
      skip: (touchId: Id) => skipTouch(ctx, touchId),
      snooze: (touchId: Id, input: SnoozeInput = {}) => snoozeTouch(ctx, touchId, input),
      log: (interviewId: Id, input: LogInput) => logEvent(ctx, interviewId, input),
    },
    quiz: {
      /** The built-in questions plus a coach's file, for `--questions FILE`. */
      loadQuestions: (file: string) => loadQuizBank(file, '--questions'),
      draw: (input: SeedInput = {}) => drawPaper(ctx, input),
      take: (input: TakeQuizInput) => takeQuiz(ctx, input),
      start: (input: SeedInput = {}) => startQuiz(ctx, input),
      progress: (attemptId: Id) => quizProgress(ctx, attemptId),
      answer: (attemptId: Id, questionId: string, selected: string[]) =>
        answerQuestion(ctx, attemptId, questionId, selected),
      finish: (attemptId: Id) => finishQuiz(ctx, attemptId),
      result: (attemptId: Id) => quizResult(ctx, attemptId),
      history: () => quizHistory(ctx),
    },
    notes: {
      check: (input: CheckNoteTextInput) => checkNoteText(ctx, input),
    },
    drafts: {
      create: (input: DraftInput) => createDraft(ctx, input),
      get: (id: Id) => getDraft(ctx, id),
      /** The message page: the draft, its process, the report kept at save and its delivery. */
      page: (id: Id) => messagePage(ctx, id),
      list: (filter: { interviewId?: Id } = {}) => listDrafts(ctx, filter),
      edit: (id: Id, input: DraftEdit) => editDraft(ctx, id, input),
      regenerate: (id: Id, input: RegenerateInput = {}) => regenerateDraft(ctx, id, input),
      /** The checker's report on the saved body, or on `text` (the editor's live score) without saving. */
      check: (id: Id, text?: string) => checkDraft(ctx, id, text),
      forTouch: (touchId: Id, choice: RegenerateInput = {}) => draftForTouch(ctx, touchId, choice),
      delete: (id: Id) => deleteDraft(ctx, id),
    },
    overview: () => overview(ctx),
    /** The first `limit` opportunities (open ones first) with their rounds, and how many there are. */
    overviewPage: (limit: number) => overviewPage(ctx, limit),
    /** The follow-up contacts of these rounds named off their panel (a recruiter), in one query. */
    offPanelContacts: (records: readonly InterviewRecord[]) => offPanelContacts(ctx, records),
    exportAll: () => exportAll(ctx),
    /** Changes whenever any stored data changes (SQLite); null where no cheap version exists (PostgreSQL). */
    dataVersion: (): string | null => ctx.dataVersion(),
    // Issue 7: the interview sheet, the quick capture, outcomes, contacts and the follow-up record.
    sheet: {
      show: (interviewId: Id) => interviewSheet(ctx, interviewId),
      pdf: (interviewId: Id) => interviewSheetPdf(ctx, interviewId),
      setPoints: (interviewId: Id, points: string[]) => setPreparedPoints(ctx, interviewId, points),
      addPoints: (interviewId: Id, points: string[]) => addPreparedPoints(ctx, interviewId, points),
    },
    capture: {
      show: (interviewId: Id) => showCapture(ctx, interviewId),
      save: (interviewId: Id, input: CaptureInput) => quickCapture(ctx, interviewId, input),
    },
    opportunities: {
      /** The outcome forms: the process, the people met in it and the other open processes. */
      people: (opportunityId: Id) => opportunityPeople(ctx, opportunityId),
    },
    outcomes: {
      show: (opportunityId: Id) => outcomeView(ctx, opportunityId),
      set: (opportunityId: Id, input: OutcomeInput) => setOutcome(ctx, opportunityId, input),
      ghostedHints: () => ghostedHints(ctx),
    },
    contacts: () => contactsOverview(ctx),
    stats: () => followUpStats(ctx),
    smtp: {
      get: () => getSmtpSettingsView(ctx),
      /** Only the fields given change; `password` only ever from a prompt, stdin or a password field. */
      update: (input: SmtpSettingsInput) => updateSmtpSettings(ctx, input),
    },
    delivery: {
      view: (messageId: Id) => deliveryView(ctx, messageId),
      send: (messageId: Id) => sendNow(ctx, messageId),
      /** `at`: an ISO instant, or "YYYY-MM-DDTHH:MM" on the recipient's clock; absent: the suggested time. */
      schedule: (messageId: Id, input: { at?: string } = {}) => scheduleMessage(ctx, messageId, input),
      unschedule: (messageId: Id) => unscheduleMessage(ctx, messageId),
      resolve: (messageId: Id, answer: 'sent' | 'again') => resolveUncertain(ctx, messageId, answer),
      confirmOverdue: (messageId: Id) => confirmOverdue(ctx, messageId),
      eml: (messageId: Id) => exportEml(ctx, messageId),
      mailto: (messageId: Id) => mailto(ctx, messageId),
      outbox: () => outbox(ctx),
      runDue: (options: { confirmOverdue?: boolean } = {}) => runDue(ctx, options),
      startScheduler: (
        options: { intervalMs?: number; report?: (run: DueRun) => void; onError?: (e: unknown) => void } = {},
      ) => startScheduler(ctx, options),
    },
    letters: {
      /** A saved message as a PDF letter (or card, for a card-format message). */
      pdf: (messageId: Id, options: LetterOptions = {}) => letterPdf(ctx, messageId, options),
    },
    calendar: {
      /** The plan as an .ics file: one event per open touch, linked to its page by `pageUrl`. */
      file: (pageUrl?: PageUrl) => calendarFile(ctx, pageUrl),
      feedStatus: () => feedStatus(ctx),
      rotateFeed: () => rotateFeed(ctx),
      /** The feed's calendar, only for the right token. */
      feed: (token: string, pageUrl?: PageUrl) => feedFile(ctx, token, pageUrl),
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
export { type DeliveryView, deliveryProblemText, type EmlFile } from './delivery/delivery.js';
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
