// Use cases around the plan: understanding a phrase, showing a plan, what is due, marking touches,
// and logging what happened outside the app.
import { Temporal } from 'temporal-polyfill';
import { badInput, notFound } from '../../core/errors.js';
import type { Id } from '../../core/model.js';
import type { TimeFrame } from '../../core/timeframe/types.js';
import { understandTimeFrame } from '../../core/timeframe/understand.js';
import type { Repos } from '../../store/repos/index.js';
import type { StoredTouch } from '../../store/repos/touch-repo.js';
import type { AppContext } from '../context.js';
import { matchParticipant } from '../interviews/people.js';
import { loadRecord } from '../interviews/records.js';
import { parseInput } from '../validate.js';
import { checkCountry, holidayCalendar } from './holiday-calendars.js';
import {
  type LogInput,
  logInput,
  type SnoozeInput,
  snoozeInput,
  type TimeFrameQuery,
  timeFrameQuery,
} from './inputs.js';
import { type PlanView, planOf } from './plan-page.js';
import { replan } from './planning.js';

export type { PlanView } from './plan-page.js';

// Needs only the clock, so a front end can answer without opening the store.
export async function understandPhrase(ctx: Pick<AppContext, 'clock'>, raw: TimeFrameQuery): Promise<TimeFrame> {
  const q = parseInput(timeFrameQuery, raw);
  await checkCountry(q.country);
  const calendar = await holidayCalendar(q.country ?? '');
  const from =
    q.from ??
    Temporal.Instant.from(ctx.clock.now().toISOString())
      .toZonedDateTimeISO(q.tz ?? 'UTC')
      .toPlainDate()
      .toString();
  return understandTimeFrame({ phrase: q.phrase, interviewDate: from, calendar });
}

export async function showPlan(ctx: AppContext, interviewId: Id): Promise<PlanView> {
  return ctx.transaction(async (tx) => (await planOf(tx, await loadRecord(tx, interviewId))).plan);
}

async function changeTouch(
  ctx: AppContext,
  id: Id,
  change: (t: StoredTouch, now: string) => Parameters<Repos['touches']['setStatus']>[1],
  recordSent: boolean,
) {
  return ctx.transaction(async (tx) => {
    const now = ctx.clock.now().toISOString();
    const touch = await tx.touches.get(id);
    if (!touch) throw notFound('touch', id);
    await tx.touches.setStatus(id, change(touch, now), now);
    if (recordSent && touch.channel !== 'task') {
      // What was actually done anchors what comes next.
      await tx.events.insert({
        id: ctx.newId('ev'),
        opportunityId: touch.opportunityId,
        interviewId: touch.interviewId,
        kind: 'sent',
        contactId: touch.contactId,
        at: now,
        timeframe: null,
        touchKind: touch.kind,
        note: '',
        createdAt: now,
      });
      await replan(tx, ctx, touch.opportunityId);
    }
    return (await tx.touches.get(id)) as StoredTouch;
  });
}

export const markTouchDone = (ctx: AppContext, id: Id) =>
  changeTouch(ctx, id, (_t, now) => ({ status: 'done', completedAt: now }), true);
export const skipTouch = (ctx: AppContext, id: Id) =>
  changeTouch(ctx, id, (_t, now) => ({ status: 'skipped', completedAt: now }), false);

export async function snoozeTouch(ctx: AppContext, id: Id, raw: SnoozeInput): Promise<StoredTouch> {
  const input = parseInput(snoozeInput, raw);
  return changeTouch(
    ctx,
    id,
    (t, now) => {
      const until = input.until
        ? input.until.length === 10
          ? Temporal.PlainDate.from(input.until)
              .toZonedDateTime({ timeZone: t.timeZone, plainTime: { hour: 9 } })
              .toInstant()
              .toString()
          : Temporal.PlainDateTime.from(input.until).toZonedDateTime(t.timeZone).toInstant().toString()
        : Temporal.Instant.from(now)
            .toZonedDateTimeISO(t.timeZone)
            .add({ days: 1 })
            .with({ hour: 9, minute: 0 })
            .toInstant()
            .toString();
      if (Date.parse(until) <= Date.parse(now))
        throw badInput([
          { field: 'until', message: `${input.until} has already passed`, example: 'a future date such as 2026-12-01' },
        ]);
      return { status: 'snoozed', snoozedUntil: until };
    },
    false,
  );
}

/** Records a reply, a call, a message sent outside the app or a new date, and re-plans. */
export async function logEvent(ctx: AppContext, interviewId: Id, raw: LogInput): Promise<PlanView> {
  const input = parseInput(logInput, raw);
  await ctx.transaction(async (tx) => {
    const record = await loadRecord(tx, interviewId);
    const now = ctx.clock.now().toISOString();
    let at = now;
    if (input.at) {
      at =
        input.at.length === 10
          ? Temporal.PlainDate.from(input.at)
              .toZonedDateTime({ timeZone: record.timeZone, plainTime: { hour: 12 } })
              .toInstant()
              .toString()
          : /[zZ]|[+-]\d\d:\d\d$/.test(input.at)
            ? Temporal.Instant.from(input.at).toString()
            : Temporal.PlainDateTime.from(input.at).toZonedDateTime(record.timeZone).toInstant().toString();
      if (Date.parse(at) > Date.parse(now))
        throw badInput([
          { field: 'at', message: 'is in the future: log what has happened', example: '2026-03-10T14:30' },
        ]);
    }
    let contactId: Id | null = null;
    if (input.from) {
      const participant = matchParticipant(record.participants, input.from);
      const byEmail = participant ? undefined : await tx.contacts.findByEmail(input.from);
      const byName = participant || byEmail ? [] : await tx.contacts.findByName(input.from);
      contactId = participant?.contact.id ?? byEmail?.id ?? byName[0]?.id ?? null;
      if (!contactId)
        throw badInput([{ field: 'from', message: `no contact named "${input.from}"`, example: 'Dana Reyes' }]);
    }
    await tx.events.insert({
      id: ctx.newId('ev'),
      opportunityId: record.opportunityId,
      interviewId,
      kind: input.kind,
      contactId,
      at,
      timeframe: input.timeframe ?? null,
      touchKind: null,
      note: input.note ?? '',
      createdAt: now,
    });
    await replan(tx, ctx, record.opportunityId);
  });
  return showPlan(ctx, interviewId);
}
