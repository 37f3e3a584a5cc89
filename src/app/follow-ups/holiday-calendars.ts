// Holiday calendars, loaded on first use (date-holidays is heavy) and kept for the process.
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
