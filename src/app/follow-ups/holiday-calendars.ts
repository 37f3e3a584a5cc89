// Holiday calendars, loaded on first use (date-holidays is heavy) and kept for the process.
import { badInput } from '../../core/errors.js';
import type { HolidayCalendar } from '../../core/timeframe/types.js';

const cache = new Map<string, HolidayCalendar>();

export async function holidayCalendar(country: string): Promise<HolidayCalendar> {
  const code = country.toUpperCase();
  let calendar = cache.get(code);
  if (!calendar) {
    const { createHolidayCalendar } = await import('../../core/timeframe/holiday-calendar.js');
    calendar = createHolidayCalendar(code);
    cache.set(code, calendar);
  }
  return calendar;
}

export async function isKnownCountry(country: string): Promise<boolean> {
  const { isKnownCountry: known } = await import('../../core/timeframe/holiday-calendar.js');
  return known(country);
}

/**
 * Refuses a country whose public holidays we do not know ("XX"): the one rule for every field that
 * names a country, so the web and the CLI refuse the same codes. Empty means "none" and passes.
 */
export async function checkCountry(country: string | null | undefined, field = 'country'): Promise<void> {
  if (!country) return;
  if (await isKnownCountry(country)) return;
  throw badInput([{ field, message: `"${country}" is not a country we know the holidays of`, example: 'US' }]);
}
