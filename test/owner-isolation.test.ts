// No store query may read, change or delete another owner's rows. The test finds every query of
// `repos(db, owner)` by itself and calls each one bound to owner A with owner B's ids; a query without
// an entry in CALLS below fails the test, so a new store query cannot slip past it. It also checks that
// src/store/repos/ exports no query except through an owner-bound repository.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FollowThrough } from '../src/app/index.js';
import { type Contact, EMPTY_NEXT_STEPS, type Interview, type NextSteps, type Opportunity } from '../src/core/model.js';
import { openStore, type Store } from '../src/store/open.js';
import { isOwnerBound } from '../src/store/repos/bind.js';
import type { StoredEvent } from '../src/store/repos/event-repo.js';
import { repos } from '../src/store/repos/index.js';
import type { MessageText } from '../src/store/repos/message-repo.js';
import type { StoredQuizAttempt } from '../src/store/repos/quiz-repo.js';
import type { Executor } from '../src/store/schema.js';
import { testApp } from './helpers/app.js';
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

const event = (opportunityId: string, interviewId: string | null, contactId: string | null): StoredEvent => ({
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

const attempt = (id: string): StoredQuizAttempt => ({
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
const text: MessageText = {
  subject: 'Hijacked',
  body: 'Hijacked',
  gaps: [],
  score: 1,
  generic: true,
  format: 'email',
  tone: 'warm',
};

const CALLS: Record<string, Entry> = {
  'captures.get': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).captures.get(b.interviewId)],
  },
  'captures.list': { kind: 'read', calls: ({ db }) => [() => repos(db, A).captures.list()] },
  'captures.save': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => repos(db, A).captures.save({ interviewId: b.interviewId, cues: ['looking-away'], capturedAt: NOW }),
    ],
  },
  'captures.getPreparedPoints': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).captures.getPreparedPoints(b.opportunityId)],
  },
  'captures.savePreparedPoints': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).captures.savePreparedPoints(b.opportunityId, ['Hijacked'], NOW)],
  },
  'outcomes.insert': {
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
        () => repos(db, A).outcomes.insert(o(b.opportunityId, null)),
        () => repos(db, A).outcomes.insert(o(a.opportunityId, b.contactId)),
      ];
    },
  },
  'outcomes.list': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).outcomes.list(), () => repos(db, A).outcomes.list(b.opportunityId)],
  },
  'outcomes.keepWarm': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).outcomes.keepWarm(b.opportunityId)],
  },
  'outcomes.setKeepWarm': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => repos(db, A).outcomes.setKeepWarm(b.opportunityId, [], NOW),
      () => repos(db, A).outcomes.setKeepWarm(a.opportunityId, [{ contactId: b.contactId, everyMonths: 4 }], NOW),
    ],
  },
  'insight.allTouches': {
    kind: 'read',
    calls: ({ db }) => [
      () => repos(db, A).insight.allTouches(),
      () => repos(db, A).insight.allTouches({ kinds: ['close-the-loop', 'thank-you'] }),
    ],
  },
  'insight.allEvents': {
    kind: 'read',
    calls: ({ db }) => [
      () => repos(db, A).insight.allEvents(),
      () => repos(db, A).insight.allEvents({ kinds: ['reply', 'call'] }),
    ],
  },
  'calendarFeed.get': {
    kind: 'read',
    calls: ({ db }) => [() => repos(db, A).calendarFeed.get()],
  },
  // The owner is the feed's key, as for the profile: A can only write A's own; B's hash is unique to B.
  'calendarFeed.save': {
    kind: 'write',
    calls: ({ db }) => [
      () => repos(db, A).calendarFeed.save('a'.repeat(64), NOW),
      async () => {
        const b = await repos(db, B).calendarFeed.get();
        assert.ok(b);
        return repos(db, A).calendarFeed.save(b.tokenHash, NOW);
      },
    ],
  },
  'messages.insert': {
    kind: 'write',
    calls: ({ db, a, b }) => {
      const own = { opportunityId: a.opportunityId, interviewId: a.interviewId, touchId: null, contactId: a.contactId };
      return [
        () => repos(db, A).messages.insert(message({ ...own, opportunityId: b.opportunityId }), NOW),
        () => repos(db, A).messages.insert(message({ ...own, interviewId: b.interviewId }), NOW),
        () => repos(db, A).messages.insert(message({ ...own, contactId: b.contactId }), NOW),
        () => repos(db, A).messages.insert(message({ ...own, touchId: b.touchId }), NOW),
        () => repos(db, A).messages.insert({ ...message(own), id: b.messageId }, NOW),
      ];
    },
  },
  'messages.get': { kind: 'read', calls: ({ db, b }) => [() => repos(db, A).messages.get(b.messageId)] },
  'messages.list': {
    kind: 'read',
    calls: ({ db, b }) => [
      () => repos(db, A).messages.list(),
      () => repos(db, A).messages.list({ interviewId: b.interviewId }),
      () => repos(db, A).messages.list({ contactId: b.contactId }),
      () => repos(db, A).messages.list({ touchId: b.touchId }),
    ],
  },
  'messages.updateText': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).messages.updateText(b.messageId, text, NOW)],
  },
  'messages.delete': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).messages.delete(b.messageId)],
  },
  // Email delivery (issue 6): every state move is guarded by owner and id; B has a queued message,
  // a message in "sending", an uncertain one and a sent one, so each move has something to refuse.
  'delivery.setThreadHeaders': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => repos(db, A).delivery.setThreadHeaders(b.messageId, { messageId: '<x@a.example>', inReplyTo: null }, NOW),
      () => repos(db, A).delivery.setThreadHeaders(b.draftId, { messageId: '<x@a.example>', inReplyTo: null }, NOW),
    ],
  },
  'delivery.queue': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).delivery.queue(b.draftId, NOW, NOW)],
  },
  'delivery.unqueue': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).delivery.unqueue(b.queuedId, NOW)],
  },
  'delivery.dueIds': {
    kind: 'read',
    calls: ({ db }) => [() => repos(db, A).delivery.dueIds('2100-01-01T00:00:00Z')],
  },
  'delivery.claim': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).delivery.claim(b.queuedId, 'x@a.example', '2100-01-01T00:00:00Z')],
  },
  'delivery.markSent': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).delivery.markSent(b.sendingId, NOW, NOW)],
  },
  'delivery.markRetry': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => repos(db, A).delivery.markRetry(b.sendingId, { reason: 'Hijacked', nextAttemptAt: NOW }, NOW),
    ],
  },
  'delivery.markFailed': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).delivery.markFailed(b.sendingId, 'Hijacked', NOW)],
  },
  'delivery.markStaleSendingUncertain': {
    kind: 'write',
    calls: ({ db }) => [() => repos(db, A).delivery.markStaleSendingUncertain('2100-01-01T00:00:00Z', 'Hijacked')],
  },
  'delivery.resolveUncertainAsSent': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).delivery.resolveUncertainAsSent(b.uncertainId, NOW, NOW)],
  },
  'delivery.requeueUncertain': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).delivery.requeueUncertain(b.uncertainId, NOW)],
  },
  'delivery.rescheduleQueued': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).delivery.rescheduleQueued(b.queuedId, NOW, NOW)],
  },
  'delivery.cancelQueuedForTouches': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).delivery.cancelQueuedForTouches([b.touchId], 'Hijacked', NOW)],
  },
  'delivery.outbox': { kind: 'read', calls: ({ db }) => [() => repos(db, A).delivery.outbox()] },
  'delivery.threadMessageIds': {
    kind: 'read',
    calls: ({ db, a, b }) => [
      () => repos(db, A).delivery.threadMessageIds(b.opportunityId, b.contactId),
      () => repos(db, A).delivery.threadMessageIds(a.opportunityId, b.contactId),
    ],
  },
  'smtp.get': { kind: 'read', calls: ({ db }) => [() => repos(db, A).smtp.get()] },
  // Keyed by owner like the profile: A can only ever write A's own row. Checked like the others.
  'smtp.save': {
    kind: 'write',
    calls: ({ db }) => [
      () =>
        repos(db, A).smtp.save(
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
  'quizAttempts.insert': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).quizAttempts.insert(attempt(b.openAttemptId))],
  },
  'quizAttempts.get': {
    kind: 'read',
    calls: ({ db, b }) => [
      () => repos(db, A).quizAttempts.get(b.attemptId),
      () => repos(db, A).quizAttempts.get(b.openAttemptId),
    ],
  },
  'quizAttempts.list': {
    kind: 'read',
    calls: ({ db }) => [
      () => repos(db, A).quizAttempts.list('completed'),
      () => repos(db, A).quizAttempts.list('in-progress', '2100-01-01T00:00:00Z'),
    ],
  },
  'quizAttempts.saveAnswers': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => repos(db, A).quizAttempts.saveAnswers(b.openAttemptId, [{ question: 'x', selected: ['a'] }], NOW),
    ],
  },
  'quizAttempts.complete': {
    kind: 'write',
    calls: ({ db, b }) => [
      () =>
        repos(db, A).quizAttempts.complete(b.openAttemptId, {
          takenAt: NOW,
          score: 0,
          correct: 0,
          areas: [],
          answers: [],
        }),
    ],
  },
  'quizAttempts.delete': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => repos(db, A).quizAttempts.delete(b.attemptId),
      () => repos(db, A).quizAttempts.delete(b.openAttemptId),
    ],
  },
  'contacts.insert': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).contacts.insert(contact(b.contactId), NOW)],
  },
  'contacts.get': { kind: 'read', calls: ({ db, b }) => [() => repos(db, A).contacts.get(b.contactId)] },
  'contacts.findByEmail': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).contacts.findByEmail(b.email)],
  },
  'contacts.findByName': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).contacts.findByName(b.contactName)],
  },
  'contacts.list': { kind: 'read', calls: ({ db }) => [() => repos(db, A).contacts.list()] },
  'contacts.listByIds': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).contacts.listByIds([b.contactId, b.otherContactId])],
  },
  'plans.getTimeFrame': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).plans.getTimeFrame(b.opportunityId)],
  },
  'plans.saveTimeFrame': {
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
        () => repos(db, A).plans.saveTimeFrame(b.opportunityId, b.interviewId, frame, NOW),
        () => repos(db, A).plans.saveTimeFrame(a.opportunityId, b.interviewId, frame, NOW),
        () => repos(db, A).plans.saveTimeFrame(b.opportunityId, a.interviewId, frame, NOW),
      ];
    },
  },
  'contacts.update': {
    kind: 'write',
    calls: ({ db, b }) => [
      () => repos(db, A).contacts.update(b.contactId, { name: 'Hijacked', email: 'x@a.example' }, NOW),
    ],
  },
  'events.insert': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => repos(db, A).events.insert(event(b.opportunityId, null, null)),
      () => repos(db, A).events.insert(event(a.opportunityId, b.interviewId, null)),
      () => repos(db, A).events.insert(event(a.opportunityId, a.interviewId, b.contactId)),
    ],
  },
  'events.list': { kind: 'read', calls: ({ db, b }) => [() => repos(db, A).events.list(b.opportunityId)] },
  'touches.list': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).touches.list(b.opportunityId)],
  },
  'touches.get': { kind: 'read', calls: ({ db, b }) => [() => repos(db, A).touches.get(b.touchId)] },
  'touches.due': {
    kind: 'read',
    calls: ({ db }) => [() => repos(db, A).touches.due('2100-01-01T00:00:00Z')],
  },
  'touches.sync': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => repos(db, A).touches.sync(b.opportunityId, b.interviewId, [], () => fresh('tc'), NOW),
      () => repos(db, A).touches.sync(b.opportunityId, a.interviewId, [], () => fresh('tc'), NOW),
      () => repos(db, A).touches.sync(a.opportunityId, b.interviewId, planned(a.contactId), () => fresh('tc'), NOW),
      () => repos(db, A).touches.sync(a.opportunityId, a.interviewId, planned(b.contactId), () => fresh('tc'), NOW),
    ],
  },
  'touches.cancelOpen': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).touches.cancelOpen(b.opportunityId, NOW)],
  },
  'touches.setStatus': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).touches.setStatus(b.touchId, { status: 'done', completedAt: NOW }, NOW)],
  },
  'interviews.insert': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => repos(db, A).interviews.insert(interview(fresh('iv'), b.opportunityId)),
      () => repos(db, A).interviews.insert(interview(b.interviewId, a.opportunityId)),
    ],
  },
  'interviews.get': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).interviews.get(b.interviewId)],
  },
  'interviews.list': {
    kind: 'read',
    calls: ({ db, b }) => [
      () => repos(db, A).interviews.list(),
      () => repos(db, A).interviews.list(b.opportunityId),
      () => repos(db, A).interviews.list([b.opportunityId]),
    ],
  },
  'interviews.update': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => repos(db, A).interviews.update(b.interviewId, { stage: 'Hijacked' }, NOW),
      () => repos(db, A).interviews.update(b.interviewId, { opportunityId: a.opportunityId }, NOW),
      () => repos(db, A).interviews.update(a.interviewId, { opportunityId: b.opportunityId }, NOW),
    ],
  },
  'interviews.delete': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).interviews.delete(b.interviewId)],
  },
  'nextSteps.get': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).nextSteps.get(b.interviewId)],
  },
  'nextSteps.save': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => repos(db, A).nextSteps.save(b.interviewId, steps(null), NOW),
      () => repos(db, A).nextSteps.save(b.interviewId, steps(a.contactId), NOW),
      () => repos(db, A).nextSteps.save(a.interviewId, steps(b.contactId), NOW),
    ],
  },
  'notes.list': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).notes.list(b.interviewId)],
  },
  'notes.save': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => repos(db, A).notes.save(b.interviewId, notes(b.contactId), NOW),
      () => repos(db, A).notes.save(b.interviewId, notes(a.contactId), NOW),
      () => repos(db, A).notes.save(a.interviewId, notes(b.contactId), NOW),
    ],
  },
  'opportunities.insert': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).opportunities.insert(opportunity(b.opportunityId))],
  },
  'opportunities.get': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).opportunities.get(b.opportunityId)],
  },
  'opportunities.list': {
    kind: 'read',
    calls: ({ db }) => [() => repos(db, A).opportunities.list()],
  },
  'opportunities.find': {
    kind: 'read',
    calls: ({ db, b }) => [
      () => repos(db, A).opportunities.find(b.company, b.role, ['applied', 'interviewing', 'offer']),
    ],
  },
  'opportunities.update': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).opportunities.update(b.opportunityId, { status: 'withdrawn' }, NOW)],
  },
  'opportunities.deleteIfEmpty': {
    kind: 'write',
    calls: ({ db, b }) => [() => repos(db, A).opportunities.deleteIfEmpty(b.opportunityId)],
  },
  'participants.set': {
    kind: 'write',
    calls: ({ db, a, b }) => [
      () => repos(db, A).participants.set(b.interviewId, []),
      () => repos(db, A).participants.set(b.interviewId, [{ contactId: a.contactId, role: 'interviewer' }]),
      () => repos(db, A).participants.set(a.interviewId, [{ contactId: b.contactId, role: 'interviewer' }]),
      () =>
        repos(db, A).participants.set(a.interviewId, [
          { contactId: a.contactId, role: 'interviewer' },
          { contactId: b.otherContactId, role: 'recruiter' },
        ]),
    ],
  },
  'participants.list': {
    kind: 'read',
    calls: ({ db, b }) => [() => repos(db, A).participants.list(b.interviewId)],
  },
  // Batch reads return Maps, which JSON hides: spread them so the leak check sees every entry.
  'participants.panels': {
    kind: 'read',
    calls: ({ db, a, b }) => [
      async () => [...(await repos(db, A).participants.panels([b.interviewId, a.interviewId]))],
    ],
  },
  'nextSteps.list': {
    kind: 'read',
    calls: ({ db, a, b }) => [async () => [...(await repos(db, A).nextSteps.list([b.interviewId, a.interviewId]))]],
  },
  'notes.listOf': {
    kind: 'read',
    calls: ({ db, a, b }) => [async () => [...(await repos(db, A).notes.listOf([b.interviewId, a.interviewId]))]],
  },
  'profile.get': { kind: 'read', calls: ({ db }) => [() => repos(db, A).profile.get()] },
  // The owner is the profile's key: A can only ever write A's own profile. Checked like the others.
  'profile.save': {
    kind: 'write',
    calls: ({ db }) => [
      () =>
        repos(db, A).profile.save(
          { name: 'A', email: '', phone: '', address: '', signature: '', country: '', timeZone: 'UTC' },
          NOW,
        ),
    ],
  },
};

/** Every query of the owner-bound repositories, as "repository.query". */
function discoverStoreFunctions(db: Executor): string[] {
  const out: string[] = [];
  for (const [name, repository] of Object.entries(repos(db, A))) {
    for (const [key, value] of Object.entries(repository)) if (typeof value === 'function') out.push(`${name}.${key}`);
  }
  return out.sort();
}

/** Functions exported by src/store/repos/ that are not owner-bound repositories (there should be none). */
async function unboundExports(): Promise<string[]> {
  const out: string[] = [];
  let binders = 0;
  for (const file of readdirSync(reposDir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
    if (file === 'index.ts' || file === 'bind.ts') continue;
    const module = (await import(pathToFileURL(join(reposDir, file)).href)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(module)) {
      if (typeof value !== 'function') continue;
      if (isOwnerBound(value)) binders++;
      else out.push(`${file.replace(/\.tsx?$/, '')}.${key}`);
    }
  }
  // Every repository made with ownerBound is reachable through repos(db, owner), so the test sees it.
  assert.equal(binders, Object.keys(repos({} as Executor, A)).length, 'a repository missing from repos() in index.ts');
  return out;
}

/** Makes one owner's full data set through the app API; B's text carries the marker everywhere. */
async function seed(store: Store, target: string, owner: string, tag: string): Promise<Ids> {
  const app = await testApp({ target, owner, start: NOW, idTag: tag });
  try {
    return await seedWith(app.api, store, owner, tag);
  } finally {
    await app.close();
  }
}

async function seedWith(api: FollowThrough, store: Store, owner: string, tag: string): Promise<Ids> {
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
  const paper = await api.quiz.draw({ seed: 7 });
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
  const saved = await repos(store.db, owner).messages.insert(
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
  await repos(store.db, owner).smtp.save(
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
    assert.ok(await repos(store.db, owner).messages.insert({ ...message(ids), id, body: `${tag} body` }, NOW));
    if (status === 'draft') return id;
    const headers = { messageId: `<${id}@${lower}.example>`, inReplyTo: null };
    assert.ok(await repos(store.db, owner).delivery.setThreadHeaders(id, headers, NOW));
    assert.ok(await repos(store.db, owner).delivery.queue(id, NOW, NOW));
    if (status === 'queued') return id;
    assert.ok(await repos(store.db, owner).delivery.claim(id, `dana@${lower}.example`, NOW));
    if (status === 'sent') assert.ok(await repos(store.db, owner).delivery.markSent(id, NOW, NOW));
    if (status === 'uncertain')
      assert.equal(await repos(store.db, owner).delivery.markStaleSendingUncertain('2100-01-01T00:00:00Z', 'x'), 1);
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
const OWNER_KEYED = ['profile.save', 'calendarFeed.save', 'smtp.save'];

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
      const a = await seed(store, target.target, A, 'Alpha');
      const b = await seed(store, target.target, B, MARK);
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
      const own = await repos(store.db, B).interviews.get(ctx.b.interviewId);
      assert.ok(leaks(own, bIds).length > 0);
      assert.ok(leaks(await repos(store.db, B).contacts.list(), bIds).includes(MARK));
    });

    test('every store query has an entry in CALLS', async () => {
      assert.deepEqual(await unboundExports(), [], 'export queries only through ownerBound and repos() in index.ts');
      const found = discoverStoreFunctions(store.db);
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
      const record = await repos(store.db, A).interviews.get(ctx.a.interviewId);
      assert.equal(record?.id, ctx.a.interviewId);
      assert.equal((await repos(store.db, A).participants.list(ctx.a.interviewId)).length >= 1, true);
      assert.equal((await repos(store.db, A).notes.list(ctx.a.interviewId)).length, 1);
      const ids = [ctx.a.interviewId, ctx.b.interviewId];
      assert.deepEqual([...(await repos(store.db, A).participants.panels(ids)).keys()], [ctx.a.interviewId]);
      assert.deepEqual([...(await repos(store.db, A).nextSteps.list(ids)).keys()], [ctx.a.interviewId]);
      assert.deepEqual([...(await repos(store.db, A).notes.listOf(ids)).keys()], [ctx.a.interviewId]);
    });
  });
}
