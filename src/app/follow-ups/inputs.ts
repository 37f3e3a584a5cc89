import { z } from 'zod';
import { HISTORY_KINDS } from '../../core/plan/types.js';
import { country, line, text, timeZone } from '../interviews/inputs.js';

const isoDate = line(10).refine(
  (s) =>
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
    new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  'must be a date as YYYY-MM-DD',
);
const dateOrDateTime = line(40).refine((s) => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([zZ]|[+-]\d{2}:\d{2})?$/.test(s))
    return !Number.isNaN(Date.parse(s.length === 16 ? `${s}:00Z` : s));
  return false;
}, 'must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)');

export const timeFrameQuery = z.object({
  phrase: text(1000),
  from: isoDate.optional(),
  tz: timeZone.optional(),
  country: country.optional(),
});
export type TimeFrameQuery = z.input<typeof timeFrameQuery>;

export const snoozeInput = z.object({ until: dateOrDateTime.optional() });
export type SnoozeInput = z.input<typeof snoozeInput>;

export const logInput = z
  .object({
    kind: z.enum(HISTORY_KINDS, { message: `must be one of ${HISTORY_KINDS.join(', ')}` }),
    from: line(200).optional(),
    at: dateOrDateTime.optional(),
    timeframe: text(1000).optional(),
    note: text(2000).optional(),
  })
  .refine((v) => v.kind !== 'new-date' || Boolean(v.timeframe), {
    message: 'a new date needs what they said, e.g. --timeframe "by Friday the 20th"',
    path: ['timeframe'],
  });
export type LogInput = z.input<typeof logInput>;
