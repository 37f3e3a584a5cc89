// The plan after a "no": a reply the business day after, then keep-warm touches whose count restarts
// from the last real contact with that person, whichever direction it went.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import type { Contact } from '../model.js';
import { addMonths, compare, isBusinessDay } from '../timeframe/calendar.js';
import { createHolidayCalendar } from '../timeframe/holiday-calendar.js';
import { nextKeepWarm, planAfterRejection } from './after-rejection.js';
import type { HistoryEvent } from './types.js';

const US = createHolidayCalendar('US');
const person = (id: string, name: string): Contact => ({
  id,
  name,
  title: '',
  email: `${id}@acme.example`,
  phone: '',
  address: '',
  company: 'Acme',
  timeZone: null,
});
const dana = person('dana', 'Dana Reyes');
const sam = person('sam', 'Sam Lee');
const base = {
  opportunityId: 'op1',
  roundId: 'iv1',
  decidedAt: '2026-03-20T15:00:00Z', // Friday
  timeZone: 'America/New_York',
  replyTo: dana,
  keepWarm: [
    { contact: dana, everyMonths: 4 },
    { contact: sam, everyMonths: 6 },
  ],
  history: [] as HistoryEvent[],
  calendar: US,
};

describe('after a rejection', () => {
  it('plans a reply the next business day and a first keep-warm about three months on', () => {
    const touches = planAfterRejection(base);
    const reply = touches.find((t) => t.kind === 'rejection-reply');
    assert.equal(reply?.dueLocal, '2026-03-23T10:00');
    assert.equal(reply?.contactId, 'dana');
    assert.match(reply?.reason ?? '', /feedback/);
    const warm = touches.filter((t) => t.kind === 'keep-warm');
    assert.deepEqual(
      warm.map((t) => [t.contactId, t.dueLocal]),
      [
        ['dana', '2026-06-22T10:00'], // 20 June 2026 is a Saturday
        ['sam', '2026-06-22T10:00'],
      ],
    );
    assert.match(warm[0]?.reason ?? '', /about 3 months after your last contact \(the decision on/);
  });

  it('a reply, a call or a message restarts the count; after the first keep-warm, the chosen cadence', () => {
    const history: HistoryEvent[] = [
      { kind: 'sent', at: '2026-03-23T15:00:00Z', contactId: 'dana', touchKind: 'rejection-reply' },
      { kind: 'reply', at: '2026-04-01T15:00:00Z', contactId: 'dana' },
      { kind: 'sent', at: '2026-07-01T15:00:00Z', contactId: 'dana', touchKind: 'keep-warm' },
      { kind: 'call', at: '2026-07-15T15:00:00Z', contactId: 'dana' },
    ];
    const upTo = (n: number) => nextKeepWarm({ ...base, history: history.slice(0, n) }, dana, 4);
    assert.equal(upTo(1).date, '2026-06-23');
    assert.equal(upTo(2).date, '2026-07-01');
    assert.equal(upTo(3).date, '2026-11-02'); // 1 Nov 2026 is a Sunday
    assert.equal(upTo(3).sent, 1);
    assert.equal(upTo(4).date, '2026-11-16');
    assert.match(upTo(4).reason, /4 months after your last contact \(a call on/);
    // Each keep-warm sent gets its own touch, so a done one stays done.
    const keys = [1, 3].map((n) => planAfterRejection({ ...base, history: history.slice(0, n) })[1]?.key);
    assert.notEqual(keys[0], keys[1]);
  });

  it('no reply is planned when there is nobody to answer', () => {
    assert.equal(
      planAfterRejection({ ...base, replyTo: null }).some((t) => t.kind === 'rejection-reply'),
      false,
    );
  });
});

describe('keep-warm reset properties', () => {
  const day = fc.integer({ min: 0, max: 500 }).map((n) => new Date(Date.parse(base.decidedAt) + n * 86_400_000));
  const event = fc.record({
    kind: fc.constantFrom('reply', 'call', 'sent') as fc.Arbitrary<'reply' | 'call' | 'sent'>,
    at: day.map((d) => d.toISOString()),
    contactId: fc.constantFrom('dana', 'sam', null),
    touchKind: fc.constantFrom(null, 'keep-warm', 'rejection-reply') as fc.Arbitrary<
      'keep-warm' | 'rejection-reply' | null
    >,
  });
  const history = fc
    .array(event, { maxLength: 8 })
    .map((es) => es.sort((a, b) => a.at.localeCompare(b.at)) as HistoryEvent[]);
  const every = fc.integer({ min: 1, max: 24 });
  const local = (iso: string) => Temporal.Instant.from(iso).toZonedDateTimeISO(base.timeZone).toPlainDate().toString();

  it('is due on the first business day at least the cadence after the last contact with that person', () => {
    fc.assert(
      fc.property(history, every, (h, n) => {
        const r = nextKeepWarm({ ...base, history: h }, dana, n);
        const mine = h.filter((e) => e.contactId === 'dana');
        const months = mine.some((e) => e.kind === 'sent' && e.touchKind === 'keep-warm') ? n : 3;
        assert.ok(isBusinessDay(r.date, US), r.date);
        for (const e of [{ at: base.decidedAt }, ...mine]) {
          // Never sooner than the cadence after any contact, in either direction.
          assert.ok(compare(r.date, addMonths(local(e.at), months)) >= 0, `${r.date} vs ${e.at}`);
        }
        const last = mine.at(-1)?.at ?? base.decidedAt;
        assert.ok(Date.parse(r.date) - Date.parse(addMonths(local(last), months)) <= 6 * 86_400_000);
      }),
      { numRuns: 400 },
    );
  });

  it('a new contact resets the count to start from it; contacts with others change nothing', () => {
    fc.assert(
      fc.property(history, every, fc.integer({ min: 501, max: 900 }), (h, n, later) => {
        const at = new Date(Date.parse(base.decidedAt) + later * 86_400_000).toISOString();
        const before = nextKeepWarm({ ...base, history: h }, dana, n);
        for (const kind of ['reply', 'call', 'sent'] as const) {
          const after = nextKeepWarm(
            { ...base, history: [...h, { kind, at, contactId: 'dana', touchKind: null }] },
            dana,
            n,
          );
          assert.ok(compare(after.date, before.date) > 0, `${kind} at ${at} did not push ${before.date}`);
          const months = before.sent > 0 ? n : 3;
          assert.ok(Date.parse(after.date) - Date.parse(addMonths(local(at), months)) <= 6 * 86_400_000);
        }
        const other = nextKeepWarm(
          { ...base, history: [...h, { kind: 'reply', at, contactId: 'sam', touchKind: null }] },
          dana,
          n,
        );
        assert.deepEqual(other, before);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and every keep-warm key is unique in a plan', () => {
    fc.assert(
      fc.property(history, (h) => {
        const a = planAfterRejection({ ...base, history: h });
        assert.deepEqual(a, planAfterRejection({ ...base, history: h }));
        assert.equal(new Set(a.map((t) => t.key)).size, a.length);
      }),
    );
  });
});
