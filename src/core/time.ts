// Wall-clock times in a named zone, converted with Temporal so DST gaps and overlaps are handled
// the same way everywhere (a time in a gap moves forward; an ambiguous time takes the earlier one).
import { Temporal } from 'temporal-polyfill';

export const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function isTimeZone(tz: string): boolean {
  if (!tz || !/^[A-Za-z_+\-/0-9]+$/.test(tz)) return false;
  try {
    Temporal.Now.instant().toZonedDateTimeISO(tz);
    return true;
  } catch {
    return false;
  }
}

/** True when "YYYY-MM-DDTHH:MM" names a real calendar date and time. */
export function isLocalDateTime(s: string): boolean {
  if (!LOCAL_DATETIME.test(s)) return false;
  try {
    const parsed = Temporal.PlainDateTime.from(s, { overflow: 'reject' });
    return parsed.toString().startsWith(s);
  } catch {
    return false;
  }
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(\.\d{1,9})?)?([zZ]|[+-]\d{2}:\d{2})$/;

/** True when "YYYY-MM-DD" names a real calendar day (no 31 April, no 30 February). */
export function isLocalDate(s: string): boolean {
  if (!LOCAL_DATE.test(s)) return false;
  try {
    return Temporal.PlainDate.from(s, { overflow: 'reject' }).toString() === s;
  } catch {
    return false;
  }
}

/**
 * The one strict rule for a date a user types: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or, with
 * `offset`, an ISO instant with Z or an offset; each a real day and time.
 */
export function isDateOrDateTime(s: string, offset = false): boolean {
  if (isLocalDate(s) || isLocalDateTime(s)) return true;
  const m = offset ? WITH_OFFSET.exec(s) : null;
  if (!m || !isLocalDateTime(m[1] as string)) return false;
  try {
    Temporal.Instant.from(s);
    return true;
  } catch {
    return false;
  }
}

/** The UTC instant (ISO 8601, "Z") of a local wall-clock time in a zone. */
export function localToUtc(local: string, timeZone: string): string {
  const zoned = Temporal.PlainDateTime.from(local).toZonedDateTime(timeZone, { disambiguation: 'compatible' });
  return zoned.toInstant().toString();
}
