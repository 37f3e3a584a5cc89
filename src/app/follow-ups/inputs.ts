import { z } from 'zod';
import { HISTORY_KINDS } from '../../core/plan/types.js';
import { country, dateOrDateTime, line, localDate, text, timeZone, wholeNumber } from '../interviews/inputs.js';

export const timeFrameQuery = z.object({
  phrase: text(1000).refine((s) => s.length > 0, 'is empty: give what they said about timing'),
  from: localDate.optional(),
  tz: timeZone.optional(),
  country: country.optional(),
});
export type TimeFrameQuery = z.input<typeof timeFrameQuery>;

/** How far ahead `due` looks. */
export const dueQuery = z.object({
  days: wholeNumber(0, 366, 'must be a whole number of days from 0 to 366').optional(),
});
export type DueQuery = z.input<typeof dueQuery>;

export const snoozeInput = z.object({ until: dateOrDateTime().optional() });
export type SnoozeInput = z.input<typeof snoozeInput>;

export const logInput = z
  .object({
    kind: z.enum(HISTORY_KINDS, { message: `must be one of ${HISTORY_KINDS.join(', ')}` }),
    from: line(200).optional(),
    at: dateOrDateTime(true).optional(),
    timeframe: text(1000).optional(),
    note: text(2000).optional(),
  })
  .refine((v) => v.kind !== 'new-date' || Boolean(v.timeframe), {
    message: 'a new date needs what they said, e.g. --timeframe "by Friday the 20th"',
    path: ['timeframe'],
  })
  // Only a new date changes the time frame: anywhere else it would be stored and never used.
  .refine((v) => v.kind === 'new-date' || !v.timeframe, {
    message: 'is only for a new date: log it as a new date, or put their words in the note',
    path: ['timeframe'],
  });
export type LogInput = z.input<typeof logInput>;
