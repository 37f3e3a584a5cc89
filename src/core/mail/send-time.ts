// When to send: inside the recipient's business hours (09:00 to 17:00 on a business day in their
// time zone). A message written at 22:00 is better read at 09:30 the next working morning.
import { Temporal } from 'temporal-polyfill';
import { addDays, isBusinessDay } from '../timeframe/calendar.js';
import type { HolidayCalendar } from '../timeframe/types.js';

export const BUSINESS_START = 9 * 60;
export const BUSINESS_END = 17 * 60;
/** Where a suggestion outside business hours lands: half an hour after opening, not on the stroke. */
const MORNING = { hour: 9, minute: 30 };

export interface SendSlot {
  /** UTC instant, ISO 8601. */
  at: string;
  /** The same time on the recipient's wall clock, "YYYY-MM-DDTHH:MM". */
  local: string;
  timeZone: string;
}

const slotOf = (zoned: Temporal.ZonedDateTime): SendSlot => ({
  at: new Date(zoned.epochMilliseconds).toISOString(),
  local: zoned.toPlainDateTime().toString().slice(0, 16),
  timeZone: zoned.timeZoneId,
});

/** True when `instant` falls in business hours in `timeZone`. */
export function inBusinessHours(instant: string, timeZone: string, calendar: HolidayCalendar): boolean {
  const z = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  const minutes = z.hour * 60 + z.minute;
  return isBusinessDay(z.toPlainDate().toString(), calendar) && minutes >= BUSINESS_START && minutes <= BUSINESS_END;
}

/**
 * The first moment at or after `from` that is inside business hours in `timeZone`: `from` itself
 * when it already is, else 09:30 on the next business day (today, when it is still early).
 */
export function suggestSendTime(from: string, timeZone: string, calendar: HolidayCalendar): SendSlot {
  const zoned = Temporal.Instant.from(from).toZonedDateTimeISO(timeZone);
  if (inBusinessHours(from, timeZone, calendar)) return slotOf(zoned);
  let day = zoned.toPlainDate().toString();
  const minutes = zoned.hour * 60 + zoned.minute;
  if (!(isBusinessDay(day, calendar) && minutes < BUSINESS_START)) day = addDays(day, 1);
  while (!isBusinessDay(day, calendar)) day = addDays(day, 1);
  return slotOf(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone, plainTime: MORNING }));
}
