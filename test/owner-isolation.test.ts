// No store function may read, change or delete another owner's rows. The test finds every exported
// function in src/store/repos/ by itself and calls each one as owner A with owner B's ids; a function
// without an entry in CALLS below fails the test, so a new store function cannot slip past it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createFollowThrough } from '../src/app/index.js';
import { type Contact, EMPTY_NEXT_STEPS, type Interview, type NextSteps, type Opportunity } from '../src/core/model.js';
import { openStore, type Store } from '../src/store/open.js';
import * as calendarFeedRepo from '../src/store/repos/calendar-feed-repo.js';
import * as captureRepo from '../src/store/repos/capture-repo.js';
import * as contactRepo from '../src/store/repos/contact-repo.js';
import * as deliveryRepo from '../src/store/repos/delivery-repo.js';
import * as eventRepo from '../src/store/repos/event-repo.js';
import * as insightRepo from '../src/store/repos/insight-repo.js';
import * as interviewRepo from '../src/store/repos/interview-repo.js';
import * as messageRepo from '../src/store/repos/message-repo.js';
import * as nextStepsRepo from '../src/store/repos/next-steps-repo.js';
import * as notesRepo from '../src/store/repos/notes-repo.js';
import * as opportunityRepo from '../src/store/repos/opportunity-repo.js';
import * as outcomeRepo from '../src/store/repos/outcome-repo.js';
import * as participantRepo from '../src/store/repos/participant-repo.js';
import * as planRepo from '../src/store/repos/plan-repo.js';
import * as profileRepo from '../src/store/repos/profile-repo.js';
import * as quizRepo from '../src/store/repos/quiz-repo.js';
import * as smtpRepo from '../src/store/repos/smtp-repo.js';
import * as touchRepo from '../src/store/repos/touch-repo.js';
import type { Executor } from '../src/store/schema.js';
import { dialects, type TestDatabase } from './helpers/databases.js';
import { tableNames } from './helpers/schema-snapshot.js';

const reposDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'src/store/repos');
const A = 'owner-a';
const B = 'owner-b';
const MARK = 'BMARK';
const NOW = '2026-03-04T09:00:00.000Z';

/** One owner's ids, from the data set made for them. */
interface Ids {
  opportunityId: string;
  interviewId: string;
  contactId: string;
  otherContactId: string;
  contactName: string;
  email: string;
  company: string;
  role: string;
  touchId: string;
  messageId: string;
  /** Messages in other delivery states (issue 6): a draft, one being sent, an uncertain one. */
  draftId: string;
  queuedId: string;
  sendingId: string;
  uncertainId: string;
  /** A completed self-assessment attempt and one still in progress. */
  attemptId: string;
  openAttemptId: string;
}

interface Ctx {
  db: Executor;
  a: Ids;
  b: Ids;
}

type Kind = 'read' | 'write';
/** How to call one store function with B's ids; each call's result is checked. */
type Entry = { kind: Kind; calls: (c: Ctx) => (() => Promise<unknown>)[] };

let seq = 0;
const fresh = (prefix: string) => `${prefix}_iso${++seq}`;
const contact = (id: string): Contact => ({
  id,
  name: 'New',
  title: '',
  email: null,
  phone: '',
  address: '',
  company: '',
  timeZone: null,
});
const opportunity = (id: string): Opportunity => ({
  id,
  company: 'Acme',
  role: 'PM',
  postingUrl: null,
  why: '',
  strength: '',
  status: 'interviewing',
  createdAt: NOW,
  updatedAt: NOW,
});
const interview = (id: string, opportunityId: string): Interview => ({
  id,
  opportunityId,
  stage: '',
  startsAt: '2026-03-03T10:00',
  timeZone: 'UTC',
  startsAtUtc: '2026-03-03T10:00:00Z',
  country: '',
  format: 'video',
  location: '',
  createdAt: NOW,
  updatedAt: NOW,
});
const notes = (contactId: string) => ({ contactId, topics: ['x'], challenges: [], article: null, weakAnswer: '' });
const steps = (contactId: string | null): NextSteps => ({
  ...EMPTY_NEXT_STEPS,
  timeframe: 'soon',
  contactId,
  permission: 'yes',
});

const event = (opportunityId: string, interviewId: string | null, contactId: string | null): eventRepo.StoredEvent => ({
  id: fresh('ev'),
  opportunityId,
  interviewId,
  kind: 'reply',
  contactId,
  at: NOW,
  timeframe: null,
  touchKind: null,
  note: '',
  createdAt: NOW,
});
const planned = (contactId: string | null) => [
  {
    key: `iso-${contactId}`,
    kind: 'check-in-1' as const,
    contactId,
    channel: 'email' as const,
    dueAt: NOW,
    dueLocal: '2026-03-04T09:00',
    timeZone: 'UTC',
    reason: 'isolation test',
  },
];

const MODULES: Record<string, Record<string, unknown>> = {
  'calendar-feed-repo': calendarFeedRepo,
  'contact-repo': contactRepo,
  'delivery-repo': deliveryRepo,
  'event-repo': eventRepo,
  'interview-repo': interviewRepo,
  'message-repo': messageRepo,
  'next-steps-repo': nextStepsRepo,
  'notes-repo': notesRepo,
  'opportunity-repo': opportunityRepo,
  'participant-repo': participantRepo,
  'plan-repo': planRepo,
  'profile-repo': profileRepo,
  'quiz-repo': quizRepo,
  'smtp-repo': smtpRepo,
  'touch-repo': touchRepo,
  'capture-repo': captureRepo,
  'insight-repo': insightRepo,
  'outcome-repo': outcomeRepo,
};

const attempt = (id: string): quizRepo.StoredQuizAttempt => ({
  id,
  status: 'in-progress',
  seed: 1,
  startedAt: NOW,
  takenAt: null,
  score: null,
  correct: null,
  total: 12,
  areas: [],
  answers: [],
  updatedAt: NOW,
});

const message = (ids: {
  opportunityId: string;
  interviewId: string;
  touchId: string | null;
  contactId: string | null;
}) => ({
  id: fresh('msg'),
  ...ids,
  kind: 'thank-you' as const,
  format: 'email' as const,
  tone: 'warm' as const,
  subject: 'Hi',
  body: 'Thank you',
  gaps: [],
  score: 50,
  generic: false,
});
const text: messageRepo.MessageText = {
  subject: 'Hijacked',
  body: 'Hijacked',
  gaps: [],
  score: 1,
  generic: true,
  format: 'email',
  tone: 'warm',
};

const CALLS: Record<string, Entry> = {
  'capture-repo.getCapture': {
    kind: 'read',
    calls: ({ db, b }) => [() => captureRepo.getCapture(db, A, b.interviewId)],
  },
  'capture-repo.listCaptures': { kind: 'read', calls: ({ db }) => [() => captureRepo.listCaptures(db, A)] },
  'capture-repo.saveCapture': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => captureRepo.saveCapture(db, A, { interviewId: b.interviewId, cues: ['looking-away'], capturedAt: NOW }),
    ],
  },
  'capture-repo.getPreparedPoints': {
    kind: 'read',
    calls: ({ db, b }) => [() => captureRepo.getPreparedPoints(db, A, b.opportunityId)],
  },
  'capture-repo.savePreparedPoints': {
    kind: 'write',
    calls: ({ db, b }) => [() => captureRepo.savePreparedPoints(db, A, b.opportunityId, ['Hijacked'], NOW)],
  },
  'outcome-repo.insertOutcome': {
    kind: 'write',
    calls: ({ db, a, b }) => {
      const o = (opportunityId: string, contactId: string | null) => ({
        id: fresh('oc'),
        opportunityId,
        fromStatus: 'interviewing' as const,
        status: 'offer' as const,
        contactId,
        at: NOW,
        createdAt: NOW,
      });
      return [
        () => outcomeRepo.insertOutcome(db, A, o(b.opportunityId, null)),
        () => outcomeRepo.insertOutcome(db, A, o(a.opportunityId, b.contactId)),
      ];
    },
  },
  'outcome-repo.listOutcomes': {
    kind: 'read',
    calls: ({ db, b }) => [
      () => outcomeRepo.listOutcomes(db, A),
      () => outcomeRepo.listOutcomes(db, A, b.opportunityId),
    ],
  },
  'outcome-repo.listKeepWarm': {
    kind: 'read',
    calls: ({ db, b }) => [() => outcomeRepo.listKeepWarm(db, A, b.opportunityId)],
  },
  'outcome-repo.setKeepWarm': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => outcomeRepo.setKeepWarm(db, A, b.opportunityId, [], NOW),
      () => outcomeRepo.setKeepWarm(db, A, a.opportunityId, [{ contactId: b.contactId, everyMonths: 4 }], NOW),
    ],
  },
  'insight-repo.listAllTouches': {
    kind: 'read',
    calls: ({ db }) => [
      () => insightRepo.listAllTouches(db, A),
      () => insightRepo.listAllTouches(db, A, { kinds: ['close-the-loop', 'thank-you'] }),
    ],
  },
  'insight-repo.listAllEvents': {
    kind: 'read',
    calls: ({ db }) => [
      () => insightRepo.listAllEvents(db, A),
      () => insightRepo.listAllEvents(db, A, { kinds: ['reply', 'call'] }),
    ],
  },
  'calendar-feed-repo.getCalendarFeed': {
    kind: 'read',
    calls: ({ db }) => [() => calendarFeedRepo.getCalendarFeed(db, A)],
  },
  // The owner is the feed's key, as for the profile: A can only write A's own; B's hash is unique to B.
  'calendar-feed-repo.saveCalendarFeed': {
    kind: 'write',
    calls: ({ db }) => [
      () => calendarFeedRepo.saveCalendarFeed(db, A, 'a'.repeat(64), NOW),
      async () => {
        const b = await calendarFeedRepo.getCalendarFeed(db, B);
        assert.ok(b);
        return calendarFeedRepo.saveCalendarFeed(db, A, b.tokenHash, NOW);
      },
    ],
  },
  'message-repo.insertMessage': {
    kind: 'write',
    calls: ({ db, a, b }) => {
      const own = { opportunityId: a.opportunityId, interviewId: a.interviewId, touchId: null, contactId: a.contactId };
      return [
        () => messageRepo.insertMessage(db, A, message({ ...own, opportunityId: b.opportunityId }), NOW),
        () => messageRepo.insertMessage(db, A, message({ ...own, interviewId: b.interviewId }), NOW),
        () => messageRepo.insertMessage(db, A, message({ ...own, contactId: b.contactId }), NOW),
        () => messageRepo.insertMessage(db, A, message({ ...own, touchId: b.touchId }), NOW),
        () => messageRepo.insertMessage(db, A, { ...message(own), id: b.messageId }, NOW),
      ];
    },
  },
  'message-repo.getMessage': { kind: 'read', calls: ({ db, b }) => [() => messageRepo.getMessage(db, A, b.messageId)] },
  'message-repo.listMessages': {
    kind: 'read',
    calls: ({ db, b }) => [
      () => messageRepo.listMessages(db, A),
      () => messageRepo.listMessages(db, A, { interviewId: b.interviewId }),
      () => messageRepo.listMessages(db, A, { contactId: b.contactId }),
      () => messageRepo.listMessages(db, A, { touchId: b.touchId }),
    ],
  },
  'message-repo.updateMessageText': {
    kind: 'write',
    calls: ({ db, b }) => [() => messageRepo.updateMessageText(db, A, b.messageId, text, NOW)],
  },
  'message-repo.deleteMessage': {
    kind: 'write',
    calls: ({ db, b }) => [() => messageRepo.deleteMessage(db, A, b.messageId)],
  },
  // Email delivery (issue 6): every state move is guarded by owner and id; B has a queued message,
  // a message in "sending", an uncertain one and a sent one, so each move has something to refuse.
  'delivery-repo.setThreadHeaders': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => deliveryRepo.setThreadHeaders(db, A, b.messageId, { messageId: '<x@a.example>', inReplyTo: null }, NOW),
      () => deliveryRepo.setThreadHeaders(db, A, b.draftId, { messageId: '<x@a.example>', inReplyTo: null }, NOW),
    ],
  },
  'delivery-repo.queueMessage': {
    kind: 'write',
    calls: ({ db, b }) => [() => deliveryRepo.queueMessage(db, A, b.draftId, NOW, NOW)],
  },
  'delivery-repo.unqueueMessage': {
    kind: 'write',
    calls: ({ db, b }) => [() => deliveryRepo.unqueueMessage(db, A, b.queuedId, NOW)],
  },
  'delivery-repo.listDueMessageIds': {
    kind: 'read',
    calls: ({ db }) => [() => deliveryRepo.listDueMessageIds(db, A, '2100-01-01T00:00:00Z')],
  },
  'delivery-repo.claimMessage': {
    kind: 'write',
    calls: ({ db, b }) => [() => deliveryRepo.claimMessage(db, A, b.queuedId, 'x@a.example', '2100-01-01T00:00:00Z')],
  },
  'delivery-repo.markSent': {
    kind: 'write',
    calls: ({ db, b }) => [() => deliveryRepo.markSent(db, A, b.sendingId, NOW, NOW)],
  },
  'delivery-repo.markRetry': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => deliveryRepo.markRetry(db, A, b.sendingId, { reason: 'Hijacked', nextAttemptAt: NOW }, NOW),
    ],
  },
  'delivery-repo.markFailed': {
    kind: 'write',
    calls: ({ db, b }) => [() => deliveryRepo.markFailed(db, A, b.sendingId, 'Hijacked', NOW)],
  },
  'delivery-repo.markStaleSendingUncertain': {
    kind: 'write',
    calls: ({ db }) => [() => deliveryRepo.markStaleSendingUncertain(db, A, '2100-01-01T00:00:00Z', 'Hijacked')],
  },
  'delivery-repo.resolveUncertainAsSent': {
    kind: 'write',
    calls: ({ db, b }) => [() => deliveryRepo.resolveUncertainAsSent(db, A, b.uncertainId, NOW, NOW)],
  },
  'delivery-repo.requeueUncertain': {
    kind: 'write',
    calls: ({ db, b }) => [() => deliveryRepo.requeueUncertain(db, A, b.uncertainId, NOW)],
  },
  'delivery-repo.rescheduleQueued': {
    kind: 'write',
    calls: ({ db, b }) => [() => deliveryRepo.rescheduleQueued(db, A, b.queuedId, NOW, NOW)],
  },
  'delivery-repo.cancelQueuedForTouches': {
    kind: 'write',
    calls: ({ db, b }) => [() => deliveryRepo.cancelQueuedForTouches(db, A, [b.touchId], 'Hijacked', NOW)],
  },
  'delivery-repo.listOutbox': { kind: 'read', calls: ({ db }) => [() => deliveryRepo.listOutbox(db, A)] },
  'delivery-repo.threadMessageIds': {
    kind: 'read',
    calls: ({ db, a, b }) => [
      () => deliveryRepo.threadMessageIds(db, A, b.opportunityId, b.contactId),
      () => deliveryRepo.threadMessageIds(db, A, a.opportunityId, b.contactId),
    ],
  },
  'smtp-repo.getSmtpSettings': { kind: 'read', calls: ({ db }) => [() => smtpRepo.getSmtpSettings(db, A)] },
  // Keyed by owner like the profile: A can only ever write A's own row. Checked like the others.
  'smtp-repo.saveSmtpSettings': {
    kind: 'write',
    calls: ({ db }) => [
      () =>
        smtpRepo.saveSmtpSettings(
          db,
          A,
          {
            host: 'smtp.a.example',
            port: 587,
            security: 'starttls',
            username: 'a',
            fromAddress: 'a@a.example',
            fromName: 'A',
            bccSelf: false,
            passwordEnc: null,
          },
          NOW,
        ),
    ],
  },
  'quiz-repo.insertQuizAttempt': {
    kind: 'write',
    calls: ({ db, b }) => [() => quizRepo.insertQuizAttempt(db, A, attempt(b.openAttemptId))],
  },
  'quiz-repo.getQuizAttempt': {
    kind: 'read',
    calls: ({ db, b }) => [
      () => quizRepo.getQuizAttempt(db, A, b.attemptId),
      () => quizRepo.getQuizAttempt(db, A, b.openAttemptId),
    ],
  },
  'quiz-repo.listQuizAttempts': {
    kind: 'read',
    calls: ({ db }) => [
      () => quizRepo.listQuizAttempts(db, A, 'completed'),
      () => quizRepo.listQuizAttempts(db, A, 'in-progress', '2100-01-01T00:00:00Z'),
    ],
  },
  'quiz-repo.saveQuizAnswers': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => quizRepo.saveQuizAnswers(db, A, b.openAttemptId, [{ question: 'x', selected: ['a'] }], NOW),
    ],
  },
  'quiz-repo.completeQuizAttempt': {
    kind: 'write',
    calls: ({ db, b }) => [
      () =>
        quizRepo.completeQuizAttempt(db, A, b.openAttemptId, {
          takenAt: NOW,
          score: 0,
          correct: 0,
          areas: [],
          answers: [],
        }),
    ],
  },
  'quiz-repo.deleteQuizAttempt': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => quizRepo.deleteQuizAttempt(db, A, b.attemptId),
      () => quizRepo.deleteQuizAttempt(db, A, b.openAttemptId),
    ],
  },
  'contact-repo.insertContact': {
    kind: 'write',
    calls: ({ db, b }) => [() => contactRepo.insertContact(db, A, contact(b.contactId), NOW)],
  },
  'contact-repo.getContact': { kind: 'read', calls: ({ db, b }) => [() => contactRepo.getContact(db, A, b.contactId)] },
  'contact-repo.findContactByEmail': {
    kind: 'read',
    calls: ({ db, b }) => [() => contactRepo.findContactByEmail(db, A, b.email)],
  },
  'contact-repo.findContactsByName': {
    kind: 'read',
    calls: ({ db, b }) => [() => contactRepo.findContactsByName(db, A, b.contactName)],
  },
  'contact-repo.listContacts': { kind: 'read', calls: ({ db }) => [() => contactRepo.listContacts(db, A)] },
  'plan-repo.getPlanTimeFrame': {
    kind: 'read',
    calls: ({ db, b }) => [() => planRepo.getPlanTimeFrame(db, A, b.opportunityId)],
  },
  'plan-repo.savePlanTimeFrame': {
    kind: 'write',
    calls: ({ db, a, b }) => {
      const frame = {
        phrase: 'Hijacked',
        event: 'decision' as const,
        earliest: null,
        latest: null,
        firmness: 'vague' as const,
        checkInOn: '2026-03-10',
        explanation: 'Hijacked',
      };
      return [
        () => planRepo.savePlanTimeFrame(db, A, b.opportunityId, b.interviewId, frame, NOW),
        () => planRepo.savePlanTimeFrame(db, A, a.opportunityId, b.interviewId, frame, NOW),
        () => planRepo.savePlanTimeFrame(db, A, b.opportunityId, a.interviewId, frame, NOW),
      ];
    },
  },
  'contact-repo.listContactsByIds': {
    kind: 'read',
    calls: ({ db, b }) => [() => contactRepo.listContactsByIds(db, A, [b.contactId, b.otherContactId])],
  },
  'contact-repo.updateContact': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => contactRepo.updateContact(db, A, b.contactId, { name: 'Hijacked', email: 'x@a.example' }, NOW),
    ],
  },
  'event-repo.insertEvent': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => eventRepo.insertEvent(db, A, event(b.opportunityId, null, null)),
      () => eventRepo.insertEvent(db, A, event(a.opportunityId, b.interviewId, null)),
      () => eventRepo.insertEvent(db, A, event(a.opportunityId, a.interviewId, b.contactId)),
    ],
  },
  'event-repo.listEvents': { kind: 'read', calls: ({ db, b }) => [() => eventRepo.listEvents(db, A, b.opportunityId)] },
  'touch-repo.listTouches': {
    kind: 'read',
    calls: ({ db, b }) => [() => touchRepo.listTouches(db, A, b.opportunityId)],
  },
  'touch-repo.getTouch': { kind: 'read', calls: ({ db, b }) => [() => touchRepo.getTouch(db, A, b.touchId)] },
  'touch-repo.listDueTouches': {
    kind: 'read',
    calls: ({ db }) => [() => touchRepo.listDueTouches(db, A, '2100-01-01T00:00:00Z')],
  },
  'touch-repo.syncTouches': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => touchRepo.syncTouches(db, A, b.opportunityId, b.interviewId, [], () => fresh('tc'), NOW),
      () => touchRepo.syncTouches(db, A, b.opportunityId, a.interviewId, [], () => fresh('tc'), NOW),
      () => touchRepo.syncTouches(db, A, a.opportunityId, b.interviewId, planned(a.contactId), () => fresh('tc'), NOW),
      () => touchRepo.syncTouches(db, A, a.opportunityId, a.interviewId, planned(b.contactId), () => fresh('tc'), NOW),
    ],
  },
  'touch-repo.cancelOpenTouches': {
    kind: 'write',
    calls: ({ db, b }) => [() => touchRepo.cancelOpenTouches(db, A, b.opportunityId, NOW)],
  },
  'touch-repo.setTouchStatus': {
    kind: 'write',
    calls: ({ db, b }) => [() => touchRepo.setTouchStatus(db, A, b.touchId, { status: 'done', completedAt: NOW }, NOW)],
  },
  'interview-repo.insertInterview': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => interviewRepo.insertInterview(db, A, interview(fresh('iv'), b.opportunityId)),
      () => interviewRepo.insertInterview(db, A, interview(b.interviewId, a.opportunityId)),
    ],
  },
  'interview-repo.getInterview': {
    kind: 'read',
    calls: ({ db, b }) => [() => interviewRepo.getInterview(db, A, b.interviewId)],
  },
  'interview-repo.listInterviews': {
    kind: 'read',
    calls: ({ db, b }) => [
      () => interviewRepo.listInterviews(db, A),
      () => interviewRepo.listInterviews(db, A, b.opportunityId),
      () => interviewRepo.listInterviews(db, A, [b.opportunityId]),
    ],
  },
  'interview-repo.updateInterview': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => interviewRepo.updateInterview(db, A, b.interviewId, { stage: 'Hijacked' }, NOW),
      () => interviewRepo.updateInterview(db, A, b.interviewId, { opportunityId: a.opportunityId }, NOW),
      () => interviewRepo.updateInterview(db, A, a.interviewId, { opportunityId: b.opportunityId }, NOW),
    ],
  },
  'interview-repo.deleteInterview': {
    kind: 'write',
    calls: ({ db, b }) => [() => interviewRepo.deleteInterview(db, A, b.interviewId)],
  },
  'next-steps-repo.getNextSteps': {
    kind: 'read',
    calls: ({ db, b }) => [() => nextStepsRepo.getNextSteps(db, A, b.interviewId)],
  },
  'next-steps-repo.saveNextSteps': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => nextStepsRepo.saveNextSteps(db, A, b.interviewId, steps(null), NOW),
      () => nextStepsRepo.saveNextSteps(db, A, b.interviewId, steps(a.contactId), NOW),
      () => nextStepsRepo.saveNextSteps(db, A, a.interviewId, steps(b.contactId), NOW),
    ],
  },
  'notes-repo.listInterviewerNotes': {
    kind: 'read',
    calls: ({ db, b }) => [() => notesRepo.listInterviewerNotes(db, A, b.interviewId)],
  },
  'notes-repo.saveInterviewerNotes': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => notesRepo.saveInterviewerNotes(db, A, b.interviewId, notes(b.contactId), NOW),
      () => notesRepo.saveInterviewerNotes(db, A, b.interviewId, notes(a.contactId), NOW),
      () => notesRepo.saveInterviewerNotes(db, A, a.interviewId, notes(b.contactId), NOW),
    ],
  },
  'opportunity-repo.insertOpportunity': {
    kind: 'write',
    calls: ({ db, b }) => [() => opportunityRepo.insertOpportunity(db, A, opportunity(b.opportunityId))],
  },
  'opportunity-repo.getOpportunity': {
    kind: 'read',
    calls: ({ db, b }) => [() => opportunityRepo.getOpportunity(db, A, b.opportunityId)],
  },
  'opportunity-repo.listOpportunities': {
    kind: 'read',
    calls: ({ db }) => [() => opportunityRepo.listOpportunities(db, A)],
  },
  'opportunity-repo.findOpportunity': {
    kind: 'read',
    calls: ({ db, b }) => [
      () => opportunityRepo.findOpportunity(db, A, b.company, b.role, ['applied', 'interviewing', 'offer']),
    ],
  },
  'opportunity-repo.updateOpportunity': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => opportunityRepo.updateOpportunity(db, A, b.opportunityId, { status: 'withdrawn' }, NOW),
    ],
  },
  'opportunity-repo.deleteOpportunityIfEmpty': {
    kind: 'write',
    calls: ({ db, b }) => [() => opportunityRepo.deleteOpportunityIfEmpty(db, A, b.opportunityId)],
  },
  'participant-repo.setParticipants': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => participantRepo.setParticipants(db, A, b.interviewId, []),
      () => participantRepo.setParticipants(db, A, b.interviewId, [{ contactId: a.contactId, role: 'interviewer' }]),
      () => participantRepo.setParticipants(db, A, a.interviewId, [{ contactId: b.contactId, role: 'interviewer' }]),
      () =>
        participantRepo.setParticipants(db, A, a.interviewId, [
          { contactId: a.contactId, role: 'interviewer' },
          { contactId: b.otherContactId, role: 'recruiter' },
        ]),
    ],
  },
  'participant-repo.listParticipants': {
    kind: 'read',
    calls: ({ db, b }) => [() => participantRepo.listParticipants(db, A, b.interviewId)],
  },
  // Batch reads return Maps, which JSON hides: spread them so the leak check sees every entry.
  'participant-repo.listPanels': {
    kind: 'read',
    calls: ({ db, a, b }) => [
      async () => [...(await participantRepo.listPanels(db, A, [b.interviewId, a.interviewId]))],
    ],
  },
  'next-steps-repo.listNextSteps': {
    kind: 'read',
    calls: ({ db, a, b }) => [
      async () => [...(await nextStepsRepo.listNextSteps(db, A, [b.interviewId, a.interviewId]))],
    ],
  },
  'notes-repo.listNotesOf': {
    kind: 'read',
    calls: ({ db, a, b }) => [async () => [...(await notesRepo.listNotesOf(db, A, [b.interviewId, a.interviewId]))]],
  },
  'profile-repo.getProfile': { kind: 'read', calls: ({ db }) => [() => profileRepo.getProfile(db, A)] },
  // The owner is the profile's key: A can only ever write A's own profile. Checked like the others.
  'profile-repo.saveProfile': {
    kind: 'write',
    calls: ({ db }) => [
      () =>
        profileRepo.saveProfile(
          db,
          A,
          { name: 'A', email: '', phone: '', address: '', signature: '', country: '', timeZone: 'UTC' },
          NOW,
        ),
    ],
  },
};

/** Every exported function of every module in src/store/repos, as "module.function". */
async function discoverStoreFunctions(): Promise<string[]> {
  const out: string[] = [];
  for (const file of readdirSync(reposDir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
    const module = (await import(pathToFileURL(join(reposDir, file)).href)) as Record<string, unknown>;
    const name = file.replace(/\.tsx?$/, '');
    for (const [key, value] of Object.entries(module)) {
      if (typeof value !== 'function') continue;
      out.push(`${name}.${key}`);
      assert.equal(
        MODULES[name]?.[key],
        value,
        `${name}.${key}: add its module to MODULES and an entry to CALLS in test/owner-isolation.test.ts`,
      );
    }
  }
  return out.sort();
}

/** Makes one owner's full data set through the app API; B's text carries the marker everywhere. */
async function seed(store: Store, owner: string, tag: string): Promise<Ids> {
  let n = 0;
  const api = createFollowThrough({
    store,
    owner,
    clock: { now: () => new Date(NOW) },
    newId: (p) => `${p}_${tag}${++n}`,
  });
  const lower = tag.toLowerCase();
  await api.profile.update({ name: `${tag} Person`, email: `${lower}@${lower}.example`, address: `${tag} street` });
  const company = `${tag} Corp`;
  const role = `${tag} Engineer`;
  const first = await api.interviews.add({
    company,
    role,
    at: '2026-03-03T10:00',
    tz: 'Europe/Berlin',
    why: `${tag} why`,
    interviewers: [
      { name: `${tag} Dana`, email: `dana@${lower}.example`, title: `${tag} Lead` },
      { name: `${tag} Sam`, email: `sam@${lower}.example` },
    ],
    contact: `${tag} Dana`,
    timeframe: `${tag} by Friday`,
    permission: 'yes',
  });
  const second = await api.interviews.add({
    company,
    role,
    at: '2026-03-10T10:00',
    tz: 'Europe/Berlin',
    stage: `${tag} final`,
    interviewers: [{ name: `${tag} Dana`, email: `dana@${lower}.example` }],
    contact: `recruiter@${lower}.example`,
  });
  await api.interviews.recordNotes(first.id, {
    interviewer: `${tag} Dana`,
    topics: [`${tag} topic`],
    challenges: [{ challenge: `${tag} churn`, idea: `${tag} idea` }],
    weakAnswer: `${tag} flat`,
  });
  await api.followUps.log(first.id, { kind: 'reply', from: `${tag} Dana`, note: `${tag} replied` });
  // One self-assessment taken, one left half-way (the web keeps those server-side).
  const paper = api.quiz.draw({ seed: 7 });
  const q = paper.questions[0];
  assert.ok(q?.options[0]);
  const taken = await api.quiz.take({ seed: 7, answers: { [q.id]: [q.options[0].id] } });
  const open = await api.quiz.start({ seed: 8 });
  const next = open.questions[0];
  assert.ok(next?.options[0]);
  await api.quiz.answer(open.attemptId, next.id, [next.options[0].id]);
  const touch = await store.db.selectFrom('touches').select('id').where('owner', '=', owner).executeTakeFirstOrThrow();
  const [dana, sam] = first.participants;
  assert.ok(dana && sam && second.opportunityId === first.opportunityId);
  const messageId = `msg_${tag}`;
  const saved = await messageRepo.insertMessage(
    store.db,
    owner,
    {
      ...message({
        opportunityId: first.opportunityId,
        interviewId: first.id,
        touchId: touch.id,
        contactId: dana.contact.id,
      }),
      id: messageId,
      body: `Dear ${tag} Dana, thank you`,
    },
    NOW,
  );
  assert.ok(saved);
  // Issue 7's tables: a quick capture, prepared points, an outcome and a keep-warm choice.
  await api.capture.save(first.id, { cues: ['checking-time'] });
  await api.sheet.setPoints(first.id, [`${tag} point`]);
  await api.outcomes.set(first.opportunityId, { outcome: 'rejected', keepWarm: [`${tag} Dana`] });
  const delivery = await seedDelivery(store, owner, tag, {
    opportunityId: first.opportunityId,
    interviewId: first.id,
    touchId: touch.id,
    contactId: dana.contact.id,
  });
  await api.calendar.rotateFeed();
  return {
    ...delivery,
    opportunityId: first.opportunityId,
    interviewId: first.id,
    contactId: dana.contact.id,
    otherContactId: sam.contact.id,
    contactName: dana.contact.name,
    email: dana.contact.email ?? '',
    company,
    role,
    touchId: touch.id,
    messageId,
    attemptId: taken.attemptId,
    openAttemptId: open.attemptId,
  };
}

/** SMTP settings and messages in every delivery state, so each state move has a B row to refuse. */
async function seedDelivery(
  store: Store,
  owner: string,
  tag: string,
  ids: { opportunityId: string; interviewId: string; touchId: string; contactId: string },
) {
  const lower = tag.toLowerCase();
  await smtpRepo.saveSmtpSettings(
    store.db,
    owner,
    {
      host: `smtp.${lower}.example`,
      port: 587,
      security: 'starttls',
      username: `${lower}@${lower}.example`,
      fromAddress: `${lower}@${lower}.example`,
      fromName: `${tag} Person`,
      bccSelf: true,
      passwordEnc: `v1:${tag}`,
    },
    NOW,
  );
  const make = async (id: string, status: 'draft' | 'queued' | 'sending' | 'uncertain' | 'sent') => {
    assert.ok(await messageRepo.insertMessage(store.db, owner, { ...message(ids), id, body: `${tag} body` }, NOW));
    if (status === 'draft') return id;
    const headers = { messageId: `<${id}@${lower}.example>`, inReplyTo: null };
    assert.ok(await deliveryRepo.setThreadHeaders(store.db, owner, id, headers, NOW));
    assert.ok(await deliveryRepo.queueMessage(store.db, owner, id, NOW, NOW));
    if (status === 'queued') return id;
    assert.ok(await deliveryRepo.claimMessage(store.db, owner, id, `dana@${lower}.example`, NOW));
    if (status === 'sent') assert.ok(await deliveryRepo.markSent(store.db, owner, id, NOW, NOW));
    if (status === 'uncertain')
      assert.equal(await deliveryRepo.markStaleSendingUncertain(store.db, owner, '2100-01-01T00:00:00Z', 'x'), 1);
    return id;
  };
  await make(`msg_${tag}_sent`, 'sent');
  const uncertainId = await make(`msg_${tag}_uncertain`, 'uncertain');
  return {
    draftId: await make(`msg_${tag}_draft`, 'draft'),
    uncertainId,
    // Only B has a message left in "sending": A's own would rightly be marked uncertain by A's call.
    sendingId: tag === MARK ? await make(`msg_${tag}_sending`, 'sending') : 'msg_none',
    queuedId: await make(`msg_${tag}_queued`, 'queued'),
  };
}

// Writes keyed by the owner itself: they can only ever touch the caller's own row, so they return nothing.
const OWNER_KEYED = ['profile-repo.saveProfile', 'calendar-feed-repo.saveCalendarFeed', 'smtp-repo.saveSmtpSettings'];

/** Every row of one owner in every table, in a stable order. */
async function snapshot(store: Store, owner: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await tableNames(store.db, store.dialect)) {
    // biome-ignore lint/suspicious/noExplicitAny: every table is read the same way
    const rows = await (store.db as any).selectFrom(table).selectAll().where('owner', '=', owner).execute();
    out[table] = rows.map((r: unknown) => JSON.stringify(r)).sort();
  }
  return out;
}

/** Every id owner B has, so a result or an A row naming one can be caught. */
async function idsOf(store: Store, owner: string): Promise<string[]> {
  const ids: string[] = [];
  for (const table of ['opportunities', 'interviews', 'contacts'] as const) {
    const rows = await store.db.selectFrom(table).select('id').where('owner', '=', owner).execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

const leaks = (value: unknown, ids: string[]): string[] => {
  const text = JSON.stringify(value ?? null);
  return [MARK, MARK.toLowerCase(), ...ids].filter((s) => text.includes(s));
};

for (const d of dialects()) {
  describe(`owner isolation (${d.name})`, () => {
    let target: TestDatabase;
    let store: Store;
    let ctx: Ctx;
    let bIds: string[];

    test('set up two owners with full data sets', async () => {
      target = await d.make();
      store = await openStore({ target: target.target });
      const a = await seed(store, A, 'Alpha');
      const b = await seed(store, B, MARK);
      ctx = { db: store.db, a, b };
      bIds = await idsOf(store, B);
      assert.ok(bIds.length >= 5);
      const bRows = await snapshot(store, B);
      for (const table of Object.keys(bRows))
        assert.ok(
          bRows[table]?.length,
          `owner B has no rows in ${table}: extend seed() so every table holds data to protect`,
        );
    });

    after(async () => {
      await store?.close();
      await target?.drop();
    });

    test('the leak check finds B data when B reads it (so it can fail)', async () => {
      const own = await interviewRepo.getInterview(store.db, B, ctx.b.interviewId);
      assert.ok(leaks(own, bIds).length > 0);
      assert.ok(leaks(await contactRepo.listContacts(store.db, B), bIds).includes(MARK));
    });

    test('every exported store function has an entry in CALLS', async () => {
      const found = await discoverStoreFunctions();
      assert.ok(found.length >= 20, `expected the store's functions, found ${found.length}`);
      const missing = found.filter((f) => !(f in CALLS));
      assert.deepEqual(missing, [], `store functions without an owner-isolation entry: ${missing.join(', ')}`);
      const stale = Object.keys(CALLS).filter((f) => !found.includes(f));
      assert.deepEqual(stale, [], `entries for functions that no longer exist: ${stale.join(', ')}`);
    });

    test('no store function reads, changes or deletes B rows when called as A with B ids', async () => {
      const before = await snapshot(store, B);
      const problems: string[] = [];
      for (const [name, entry] of Object.entries(CALLS)) {
        const calls = entry.calls(ctx);
        for (const [i, call] of calls.entries()) {
          const label = `${name} (call ${i + 1})`;
          let result: unknown;
          let threw = false;
          try {
            result = await call();
          } catch {
            threw = true; // refusing by error (e.g. a primary-key clash) is a refusal
          }
          const leaked = leaks(result, bIds);
          if (leaked.length > 0) problems.push(`${label} returned B data: ${leaked.join(', ')}`);
          if (entry.kind === 'write' && !threw && result !== false && result !== undefined && result !== 0) {
            problems.push(`${label} reported success: ${JSON.stringify(result)}`);
          }
          if (entry.kind === 'write' && !OWNER_KEYED.includes(name) && !threw && result === undefined) {
            problems.push(`${label} returned nothing; it should have refused`);
          }
          assert.deepEqual(await snapshot(store, B), before, `${label} changed B rows`);
        }
      }
      assert.deepEqual(problems, []);
      // Nothing of A's may now point at B's rows or carry B's data.
      const aRows = await snapshot(store, A);
      const aLeaks = Object.entries(aRows).flatMap(([t, rows]) =>
        rows.filter((r) => leaks(r, bIds).length > 0).map((r) => `${t}: ${r}`),
      );
      assert.deepEqual(aLeaks, [], 'A rows refer to B');
    });

    test("A's own reads still return A's data (the calls above are not vacuous)", async () => {
      const record = await interviewRepo.getInterview(store.db, A, ctx.a.interviewId);
      assert.equal(record?.id, ctx.a.interviewId);
      assert.equal((await participantRepo.listParticipants(store.db, A, ctx.a.interviewId)).length >= 1, true);
      assert.equal((await notesRepo.listInterviewerNotes(store.db, A, ctx.a.interviewId)).length, 1);
      const ids = [ctx.a.interviewId, ctx.b.interviewId];
      assert.deepEqual([...(await participantRepo.listPanels(store.db, A, ids)).keys()], [ctx.a.interviewId]);
      assert.deepEqual([...(await nextStepsRepo.listNextSteps(store.db, A, ids)).keys()], [ctx.a.interviewId]);
      assert.deepEqual([...(await notesRepo.listNotesOf(store.db, A, ids)).keys()], [ctx.a.interviewId]);
    });
  });
}
