// "after Thanksgiving", "before Christmas", "after the holidays": windows anchored on holidays of
// the interview's country (the US date for holidays the country does not have, like Thanksgiving).
import { addBusinessDays, addDays, businessDayOnOrBefore, compare, yearOf } from './calendar.js';
import type { NamedHoliday } from './types.js';
import type { Ctx, Window } from './window.js';

type Found = Omit<Window, 'index'>;

function named(word: string): { key: NamedHoliday | 'holidays'; label: string } | null {
  if (/thanksgiving/.test(word)) return { key: 'thanksgiving', label: 'Thanksgiving' };
  if (/christmas|xmas/.test(word)) return { key: 'christmas', label: 'Christmas' };
  if (/holiday/.test(word)) return { key: 'holidays', label: 'the holidays' };
  if (/new year/.test(word)) return { key: 'new-year', label: "New Year's Day" };
  if (/easter/.test(word)) return { key: 'easter', label: 'Easter' };
  if (/labou?r/.test(word)) return { key: 'labor-day', label: 'Labor Day' };
  if (/independence|july/.test(word)) return { key: 'independence-day', label: 'Independence Day' };
  if (/memorial/.test(word)) return { key: 'memorial-day', label: 'Memorial Day' };
  return null;
}

/** The next date of the holiday on or after the interview day. */
function nextOccurrence(key: NamedHoliday, ctx: Ctx): string | null {
  const year = yearOf(ctx.day);
  for (const y of [year, year + 1]) {
    const date = ctx.calendar.dateOf(key, y);
    if (date && compare(date, ctx.day) >= 0) return date;
  }
  return null;
}

export function holidayWindow(preposition: string, word: string, ctx: Ctx): Found | null {
  const holiday = named(word);
  if (!holiday) return null;
  // "The holidays" run from Christmas Eve to New Year's Day: the period that has not yet ended.
  let anchorStart: string | null;
  let anchorEnd: string | null;
  if (holiday.key === 'holidays') {
    const year = yearOf(ctx.day);
    anchorEnd = compare(ctx.day, `${year}-01-01`) <= 0 ? `${year}-01-01` : `${year + 1}-01-01`;
    anchorStart = addDays(anchorEnd, -8);
  } else {
    anchorStart = nextOccurrence(holiday.key, ctx);
    anchorEnd = anchorStart;
  }
  if (!anchorStart || !anchorEnd) return null;
  if (preposition === 'after' || preposition === 'following') {
    return { earliest: addBusinessDays(anchorEnd, 1, ctx.calendar), latest: null, label: `after ${holiday.label}` };
  }
  if (preposition === 'before' || preposition === 'by') {
    const latest = businessDayOnOrBefore(addDays(anchorStart, -1), ctx.calendar);
    return { earliest: null, latest, label: `before ${holiday.label}` };
  }
  // "around" / "over": the holiday itself to the business day after it.
  return {
    earliest: anchorStart,
    latest: addBusinessDays(anchorEnd, 1, ctx.calendar),
    label: `around ${holiday.label}`,
    rough: true,
  };
}
