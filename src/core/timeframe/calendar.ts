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

// Plain dates as days since 1970-01-01 (UTC, so no zone or DST can shift them): the arithmetic
// here runs thousands of times per phrase, and Temporal objects cost ten times more.
const DAY_MS = 86_400_000;
const toEpochDay = (iso: IsoDate): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const fromEpochDay = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (iso: IsoDate, days: number): IsoDate => fromEpochDay(toEpochDay(iso) + days);
export const addMonths = (iso: IsoDate, months: number): IsoDate =>
  Temporal.PlainDate.from(iso).add({ months }).toString();
/** 1 = Monday ... 7 = Sunday. */
export const dayOfWeek = (iso: IsoDate): number => ((((toEpochDay(iso) + 3) % 7) + 7) % 7) + 1;
export const compare = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (compare(a, b) >= 0 ? a : b);
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (compare(a, b) <= 0 ? a : b);
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const makeDate = (year: number, month: number, day: number): IsoDate =>
  Temporal.PlainDate.from({ year, month, day }, { overflow: 'constrain' }).toString();
export const yearOf = (iso: IsoDate): number => Number(iso.slice(0, 4));
export const monthOf = (iso: IsoDate): number => Number(iso.slice(5, 7));
export const dayOf = (iso: IsoDate): number => Number(iso.slice(8, 10));

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

const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri 13 Mar 2026": how dates read in explanations. */
export function formatDay(iso: IsoDate): string {
  return `${SHORT_DAYS[dayOfWeek(iso) - 1]} ${dayOf(iso)} ${SHORT_MONTHS[monthOf(iso) - 1]} ${yearOf(iso)}`;
}
