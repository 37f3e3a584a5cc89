import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Contact, Participant } from '../model.js';
import { compare, isBusinessDay } from '../timeframe/calendar.js';
import { createHolidayCalendar } from '../timeframe/holiday-calendar.js';
import { understandTimeFrame } from '../timeframe/understand.js';
import { computePlan } from './plan.js';
import type { HistoryEvent, PlanInput } from './types.js';

const US = createHolidayCalendar('US');
const contact = (id: string, name: string, timeZone: string | null = null): Contact => ({
  id,
  name,
  title: '',
  email: `${id}@acme.example`,
  phone: '',
  address: '',
  company: 'Acme',
  timeZone,
});
const dana = contact('dana', 'Dana Reyes');
const sam = contact('sam', 'Sam Lee', 'America/Los_Angeles');
const rae = contact('rae', 'Rae Kim');

function input(
  over: Partial<PlanInput> & { startsAt?: string; timeframe?: string } = {},
): PlanInput & { followUpContact?: Contact | null } {
  const participants: Participant[] = over.participants ?? [
    { contact: dana, role: 'hiring-manager' },
    { contact: sam, role: 'interviewer' },
  ];
  return {
    opportunityId: 'op1',
    interview: {
      id: 'iv1',
      startsAt: over.startsAt ?? '2026-03-03T10:00',
      timeZone: 'America/New_York',
      country: 'US',
    },
    nextSteps: {
      timeframe: over.timeframe ?? 'we hope to decide by the end of next week',
      contactId: null,
      permission: 'yes',
      channel: 'email',
      nextStep: '',
      card: false,
      ...over.nextSteps,
    },
    participants,
    card: over.card ?? false,
    history: over.history ?? [],
    calendar: US,
    understand: (phrase, day) => understandTimeFrame({ phrase, interviewDate: day, calendar: US }),
  };
}
const find = (plan: ReturnType<typeof computePlan>, kind: string, contactId?: string) =>
  plan.touches.find((t) => t.kind === kind && (contactId === undefined || t.contactId === contactId));

describe('thank-you notes', () => {
  it('go the same day when the interview ends before 17:00 in the recipient zone', () => {
    const plan = computePlan(input());
    const t = find(plan, 'thank-you', 'dana');
    assert.equal(t?.dueLocal, '2026-03-03T17:00');
    assert.equal(t?.timeZone, 'America/New_York');
    assert.match(t?.reason ?? '', /same day/);
  });
  it('go at 09:00 the next business day when it ends after 17:00 their time', () => {
    // 16:30 in New York ends 17:30; the next business day after Friday 6 March is Monday 9 March.
    const plan = computePlan(input({ startsAt: '2026-03-06T16:30' }));
    assert.equal(find(plan, 'thank-you', 'dana')?.dueLocal, '2026-03-09T09:00');
    // In Los Angeles it ends 14:30: still the same day there.
    assert.equal(find(plan, 'thank-you', 'sam')?.dueLocal, '2026-03-06T17:00');
    assert.equal(find(plan, 'thank-you', 'sam')?.timeZone, 'America/Los_Angeles');
  });
  it('one per interviewer, and a card to mail by the next business day when chosen', () => {
    const plan = computePlan(input({ card: true }));
    assert.equal(plan.touches.filter((t) => t.kind === 'thank-you').length, 2);
    const card = find(plan, 'thank-you-card', 'dana');
    assert.equal(card?.dueLocal.slice(0, 10), '2026-03-04');
    assert.match(card?.reason ?? '', /complements/);
  });
});

describe('check-ins', () => {
  it('follow the time frame: check-in 1, then 5 and 10 more business days', () => {
    const plan = computePlan(input());
    assert.equal(find(plan, 'check-in-1')?.dueLocal, '2026-03-17T10:00');
    assert.equal(find(plan, 'check-in-2')?.dueLocal, '2026-03-24T10:00');
    assert.equal(find(plan, 'close-the-loop')?.dueLocal, '2026-04-07T10:00');
    assert.match(find(plan, 'close-the-loop')?.reason ?? '', /ghosted/);
  });
  it('go to the named contact, else the recruiter, else the hiring manager', () => {
    assert.equal(find(computePlan({ ...input(), followUpContact: rae }), 'check-in-1')?.contactId, 'rae');
    const withRecruiter = input({
      participants: [
        { contact: dana, role: 'hiring-manager' },
        { contact: rae, role: 'recruiter' },
      ],
    });
    assert.equal(find(computePlan(withRecruiter), 'check-in-1')?.contactId, 'rae');
    assert.equal(find(computePlan(input()), 'check-in-1')?.contactId, 'dana');
  });
  it('permission no drops the second check-in', () => {
    const plan = computePlan(
      input({
        nextSteps: {
          timeframe: 'by Friday',
          contactId: null,
          permission: 'no',
          channel: 'email',
          nextStep: '',
          card: false,
        },
      }),
    );
    assert.equal(find(plan, 'check-in-2'), undefined);
    assert.ok(find(plan, 'close-the-loop'));
  });
  it('a reply moves the later check-ins to after it', () => {
    const history: HistoryEvent[] = [{ kind: 'reply', at: '2026-03-16T15:00:00Z', contactId: 'dana' }];
    const plan = computePlan(input({ history }));
    // Five business days after Mon 16 March is Mon 23 March.
    assert.equal(find(plan, 'check-in-1')?.dueLocal, '2026-03-23T10:00');
    assert.match(find(plan, 'check-in-1')?.reason ?? '', /last in touch/);
  });
  it('a new date re-plans from what they said then', () => {
    const history: HistoryEvent[] = [
      { kind: 'new-date', at: '2026-03-17T15:00:00Z', contactId: 'dana', timeframe: 'by the end of the month' },
    ];
    const plan = computePlan(input({ history }));
    assert.equal(plan.timeFrame.latest, '2026-03-31');
    assert.equal(find(plan, 'check-in-1')?.dueLocal, '2026-04-01T10:00');
  });
  it('a check-in actually sent anchors the next one', () => {
    const history: HistoryEvent[] = [
      { kind: 'sent', at: '2026-03-19T14:00:00Z', contactId: 'dana', touchKind: 'check-in-1' },
    ];
    const plan = computePlan(input({ history }));
    assert.equal(find(plan, 'check-in-1')?.dueLocal, '2026-03-19T10:00');
    assert.equal(find(plan, 'check-in-2')?.dueLocal, '2026-03-26T10:00');
  });
  it('without a time frame, falls back to the default cadence and says so', () => {
    const plan = computePlan(input({ timeframe: '' }));
    assert.equal(find(plan, 'check-in-1')?.dueLocal, '2026-03-10T10:00');
    assert.match(find(plan, 'check-in-1')?.reason ?? '', /No time frame was given/);
  });
});

describe('plan properties', () => {
  const phrases = [
    '',
    'by Friday',
    'within 2 weeks',
    'we hope to decide by the end of next week',
    'soon',
    'after Thanksgiving',
    'next month',
    'if you have not heard by the 24th, call me',
  ];
  const arb = fc.record({
    day: fc
      .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    hour: fc.integer({ min: 7, max: 20 }),
    phrase: fc.constantFrom(...phrases),
    permission: fc.constantFrom('yes', 'no', 'unknown') as fc.Arbitrary<'yes' | 'no' | 'unknown'>,
    card: fc.boolean(),
  });
  it('is deterministic, keys are unique, and every touch is a business day in order', () => {
    fc.assert(
      fc.property(arb, ({ day, hour, phrase, permission, card }) => {
        const i = input({
          startsAt: `${day}T${String(hour).padStart(2, '0')}:00`,
          timeframe: phrase,
          card,
          nextSteps: { timeframe: phrase, contactId: null, permission, channel: 'email', nextStep: '', card: false },
        });
        const a = computePlan(i);
        assert.deepEqual(a, computePlan(i));
        assert.equal(new Set(a.touches.map((t) => t.key)).size, a.touches.length);
        const order = ['thank-you', 'check-in-1', 'check-in-2', 'close-the-loop'];
        const dates = order.map((k) => find(a, k)?.dueLocal.slice(0, 10)).filter((d): d is string => Boolean(d));
        for (let n = 1; n < dates.length; n++)
          assert.ok(compare(dates[n - 1] as string, dates[n] as string) < 0, `${dates}`);
        for (const t of a.touches) {
          // A same-day thank-you follows the interview even onto a weekend; everything else waits for a business day.
          const sameDay = t.kind === 'thank-you' && t.dueLocal.slice(0, 10) === day;
          assert.ok(sameDay || isBusinessDay(t.dueLocal.slice(0, 10), US), `${t.kind} on ${t.dueLocal}`);
          assert.ok(compare(t.dueLocal.slice(0, 10), day) >= 0);
          assert.ok(t.reason.length > 20);
        }
      }),
      { numRuns: 300 },
    );
  });
});
