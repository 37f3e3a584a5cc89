// Month-and-day dates ("March 1", "1 March", "3/15", "Friday, March 13th") read by chrono-node.
// Day-first numeric dates outside the US and its neighbours, month-first inside.
// The English locale alone: the package root loads every language, a quarter second at start-up.
import * as en from 'chrono-node/en';
import { compare, makeDate } from './calendar.js';
import type { Ctx, Window } from './window.js';

const WRITTEN_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}/i;
const MONTH_FIRST = new Set(['US', 'CA', 'PH']);

export function explicitDate(text: string, ctx: Ctx, country: string): Window | null {
  // chrono is the slow part of reading a phrase: skip it when no date is written as a date.
  if (!WRITTEN_DATE.test(text)) return null;
  const parser = MONTH_FIRST.has(country.toUpperCase()) || country === '' ? en : en.GB;
  // Noon UTC on the interview day: far from midnight, so no zone can move it to another day.
  const reference = new Date(`${ctx.day}T12:00:00Z`);
  const results = parser.parse(text, { instant: reference, timezone: 0 }, { forwardDate: true });
  for (const r of results) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    // Only dates written as dates: chrono also reads "next week" or "2 weeks" as a day, which our rules handle.
    if (!WRITTEN_DATE.test(r.text)) continue;
    const year = r.start.get('year') ?? Number(ctx.day.slice(0, 4));
    let date = makeDate(year, r.start.get('month') ?? 1, r.start.get('day') ?? 1);
    // A date said without a year is the next one after the interview.
    if (!r.start.isCertain('year') && compare(date, ctx.day) < 0)
      date = makeDate(year + 1, r.start.get('month') ?? 1, r.start.get('day') ?? 1);
    const before = text.slice(Math.max(0, r.index - 8), r.index);
    const by = /\b(by|before|until|no later than)\s*(the\s*)?$/.test(before);
    const end = r.end ? makeDate(r.end.get('year') ?? year, r.end.get('month') ?? 1, r.end.get('day') ?? 1) : null;
    const latest = end && compare(end, date) > 0 ? end : date;
    return {
      earliest: by ? null : date,
      latest,
      label: `${by ? 'by ' : ''}${r.text.trim()}`,
      index: r.index,
    };
  }
  return null;
}
