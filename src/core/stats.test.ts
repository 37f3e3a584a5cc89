// The follow-up record: what counts as a thank-you within 24 hours, a check-in on time, and a note
// sent in a month; a touch cancelled before it was due never counts against the candidate.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeStats, type StatsInput } from './stats.js';

const touch = (over: Partial<StatsInput['touches'][number]>): StatsInput['touches'][number] => ({
  interviewId: 'iv1',
  kind: 'thank-you',
  contactId: 'dana',
  status: 'pending',
  dueAt: '2026-03-03T22:00:00Z',
  completedAt: null,
  updatedAt: '2026-03-03T09:00:00Z',
  ...over,
});
const base: StatsInput = {
  now: new Date('2026-04-20T12:00:00Z'),
  interviews: [
    { id: 'iv1', startsAtUtc: '2026-03-03T15:00:00Z', hasTimeFrame: true },
    { id: 'iv2', startsAtUtc: '2026-03-10T15:00:00Z', hasTimeFrame: false },
    { id: 'iv3', startsAtUtc: '2026-05-10T15:00:00Z', hasTimeFrame: false },
  ],
  touches: [],
  events: [],
  messages: [],
  statuses: ['rejected', 'interviewing'],
};

describe('follow-up record', () => {
  test('nothing to count gives null shares, not 0%', () => {
    const s = computeStats({ ...base, interviews: [] });
    assert.equal(s.timeFrameCaptured.percent, null);
    assert.equal(s.thankYouWithin24h.percent, null);
    assert.equal(s.averageNoteScore.average, null);
    assert.deepEqual(s.byMonth, []);
  });

  test('time frames count only interviews that have happened', () => {
    assert.deepEqual(computeStats(base).timeFrameCaptured, { count: 1, of: 2, percent: 50 });
  });

  test('a thank-you counts within 24 hours of the interview, done or sent as a message', () => {
    const s = computeStats({
      ...base,
      touches: [
        touch({ status: 'done', completedAt: '2026-03-04T14:00:00Z' }), // 23 hours after the start
        touch({ contactId: 'sam', status: 'done', completedAt: '2026-03-05T15:00:00Z' }), // two days
        touch({ interviewId: 'iv2', contactId: 'rae', dueAt: '2026-03-10T22:00:00Z' }), // overdue, nothing sent...
        touch({
          interviewId: 'iv2',
          contactId: 'kai',
          status: 'cancelled',
          dueAt: '2026-03-10T22:00:00Z',
          updatedAt: '2026-03-04T00:00:00Z',
        }),
      ],
      messages: [
        {
          kind: 'thank-you',
          interviewId: 'iv2',
          contactId: 'rae',
          touchId: null,
          score: 90,
          sentAt: '2026-03-10T20:00:00Z',
        },
        { kind: 'withdrawal', interviewId: 'iv2', contactId: 'rae', touchId: null, score: 10, sentAt: null },
      ],
    });
    // ...but a message sent the same day counts; the one cancelled before it was due does not count.
    assert.deepEqual(s.thankYouWithin24h, { count: 2, of: 3, percent: 67 });
    assert.deepEqual(s.averageNoteScore, { average: 90, notes: 1 });
  });

  test('a check-in is on time within a day of its date; one cancelled while overdue was missed', () => {
    const s = computeStats({
      ...base,
      touches: [
        touch({
          kind: 'check-in-1',
          status: 'done',
          dueAt: '2026-03-10T14:00:00Z',
          completedAt: '2026-03-10T18:00:00Z',
        }),
        touch({
          kind: 'check-in-2',
          status: 'done',
          dueAt: '2026-03-17T14:00:00Z',
          completedAt: '2026-03-20T18:00:00Z',
        }),
        touch({
          kind: 'check-in-1',
          interviewId: 'iv2',
          status: 'cancelled',
          dueAt: '2026-03-17T14:00:00Z',
          updatedAt: '2026-03-25T00:00:00Z',
        }),
        touch({
          kind: 'check-in-2',
          interviewId: 'iv2',
          status: 'cancelled',
          dueAt: '2026-04-17T14:00:00Z',
          updatedAt: '2026-03-25T00:00:00Z',
        }),
      ],
    });
    assert.deepEqual(s.checkInsOnTime, { count: 1, of: 3, percent: 33 });
  });

  test('notes sent and replies by month, every month from the first to now, and outcomes', () => {
    const s = computeStats({
      ...base,
      events: [
        { kind: 'sent', at: '2026-02-27T10:00:00Z' },
        { kind: 'reply', at: '2026-04-01T10:00:00Z' },
        { kind: 'call', at: '2026-04-02T10:00:00Z' },
      ],
      messages: [
        {
          kind: 'check-in',
          interviewId: 'iv1',
          contactId: 'dana',
          touchId: null,
          score: 50,
          sentAt: '2026-03-12T10:00:00Z',
        },
        {
          kind: 'check-in',
          interviewId: 'iv1',
          contactId: 'dana',
          touchId: 'tc1',
          score: 50,
          sentAt: '2026-03-13T10:00:00Z',
        },
      ],
    });
    assert.deepEqual(s.byMonth, [
      { month: '2026-02', notesSent: 1, replies: 0 },
      { month: '2026-03', notesSent: 1, replies: 0 },
      { month: '2026-04', notesSent: 0, replies: 1 },
    ]);
    assert.equal(s.repliesReceived, 1);
    assert.equal(s.outcomes.rejected, 1);
    assert.equal(s.outcomes.interviewing, 1);
  });
});
