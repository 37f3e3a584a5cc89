// Calendar arithmetic on plain dates. Business days are weekdays that are not public holidays
// of the interview's country.
import { Temporal } from 'temporal-polyfill';
import type { HolidayCalendar, IsoDate } from './types.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const d = (iso: IsoDate) => Temporal.PlainDate.from(iso);

export const addDays = (iso: IsoDate, days: number): IsoDate => d(iso).add({ days }).toString();
export const addMonths = (iso: IsoDate, months: number): IsoDate => d(iso).add({ months }).toString();
/** 1 = Monday ... 7 = Sunday. */
export const dayOfWeek = (iso: IsoDate): number => d(iso).dayOfWeek;
export const compare = (a: IsoDate, b: IsoDate): number => Temporal.PlainDate.compare(d(a), d(b));
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (compare(a, b) >= 0 ? a : b);
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (compare(a, b) <= 0 ? a : b);
export const daysInMonth = (year: number, month: number): number =>
  Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
export const makeDate = (year: number, month: number, day: number): IsoDate =>
  Temporal.PlainDate.from({ year, month, day }, { overflow: 'constrain' }).toString();
export const yearOf = (iso: IsoDate): number => d(iso).year;
export const monthOf = (iso: IsoDate): number => d(iso).month;
export const dayOf = (iso: IsoDate): number => d(iso).day;

export function isBusinessDay(iso: IsoDate, calendar: HolidayCalendar): boolean {
  return dayOfWeek(iso) <= 5 && !calendar.isPublicHoliday(iso);
}

/** The n-th business day after `iso` (n >= 1); n = 0 gives `iso` itself if a business day, else the next one. */
export function addBusinessDays(iso: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  let day = iso;
  if (n === 0) {
    while (!isBusinessDay(day, calendar)) day = addDays(day, 1);
    return day;
  }
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isBusinessDay(day, calendar)) left--;
  }
  return day;
}

/** The business day on or before `iso`. */
export function businessDayOnOrBefore(iso: IsoDate, calendar: HolidayCalendar): IsoDate {
  let day = iso;
  while (!isBusinessDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/** Monday of the calendar week (Monday to Sunday) that contains `iso`. */
export const mondayOf = (iso: IsoDate): IsoDate => addDays(iso, 1 - dayOfWeek(iso));

/** The first `weekday` (1-7) strictly after `iso`. */
export function nextWeekday(iso: IsoDate, weekday: number): IsoDate {
  const delta = (weekday - dayOfWeek(iso) + 7) % 7 || 7;
  return addDays(iso, delta);
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Fri 13 Mar 2026": how dates read in explanations. */
export function formatDay(iso: IsoDate): string {
  const parts = FORMAT.formatToParts(new Date(`${iso}T12:00:00Z`));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}`;
}
