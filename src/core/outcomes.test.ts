// Every pair of (current status, outcome) is tried: the allowed ones pass, the others are refused
// with a conflict that names what may follow.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from './errors.js';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from './model.js';
import { assertTransition, ghostedSuggestion, OUTCOMES, type Outcome, TRANSITIONS } from './outcomes.js';

// Written out again on purpose: a change to the table must change this test too.
const EXPECTED: Record<OpportunityStatus, Outcome[]> = {
  applied: ['offer', 'rejected', 'withdrawn', 'ghosted'],
  interviewing: ['offer', 'rejected', 'withdrawn', 'ghosted'],
  offer: ['accepted', 'declined', 'rejected', 'withdrawn'],
  ghosted: ['offer', 'rejected', 'withdrawn'],
  accepted: [],
  declined: [],
  rejected: [],
  withdrawn: [],
};

describe('outcome transitions', () => {
  for (const from of OPPORTUNITY_STATUSES) {
    for (const to of OUTCOMES) {
      const allowed = EXPECTED[from].includes(to);
      test(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        if (allowed) {
          assert.doesNotThrow(() => assertTransition(from, to));
          return;
        }
        assert.throws(
          () => assertTransition(from, to),
          (e: unknown) => {
            assert.ok(e instanceof AppError);
            assert.equal(e.code, 'conflict');
            assert.match(e.message, new RegExp(`cannot become "${to}"`));
            if (EXPECTED[from].length === 0) assert.match(e.message, /is final/);
            for (const next of EXPECTED[from]) assert.ok(e.message.includes(`"${next}"`), e.message);
            return true;
          },
        );
      });
    }
  }

  test('the table in the code is the documented one, and no status moves to itself', () => {
    assert.deepEqual(TRANSITIONS, EXPECTED);
    for (const s of OUTCOMES) assert.ok(!TRANSITIONS[s].includes(s));
  });
});

describe('ghosted is suggested, never set', () => {
  const base = {
    status: 'interviewing' as const,
    closeTheLoop: { dueAt: '2026-04-07T14:00:00Z', status: 'pending' },
    lastHeardAt: null,
    now: new Date('2026-04-08T09:00:00Z'),
  };
  test('once close-the-loop has passed with no reply', () => {
    assert.equal(ghostedSuggestion(base), true);
    assert.equal(ghostedSuggestion({ ...base, now: new Date('2026-04-06T09:00:00Z') }), false);
    assert.equal(ghostedSuggestion({ ...base, lastHeardAt: '2026-04-07T15:00:00Z' }), false);
    assert.equal(ghostedSuggestion({ ...base, lastHeardAt: '2026-03-20T15:00:00Z' }), true);
  });
  test('not for a closed process, a skipped close-the-loop, or a plan without one', () => {
    assert.equal(ghostedSuggestion({ ...base, status: 'rejected' }), false);
    assert.equal(ghostedSuggestion({ ...base, status: 'offer' }), false);
    assert.equal(ghostedSuggestion({ ...base, closeTheLoop: { ...base.closeTheLoop, status: 'skipped' } }), false);
    assert.equal(ghostedSuggestion({ ...base, closeTheLoop: null }), false);
  });
});
