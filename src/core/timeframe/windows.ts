// Finds the date window a phrase names. Each rule turns one kind of expression into a window
// relative to the interview day; the first rule that matches wins, so specific rules come first.
// The numbers behind each rule are listed in the README ("How time frames are read").
import {
  addBusinessDays,
  addDays,
  addMonths,
  businessDayOnOrBefore,
  compare,
  dayOf,
  daysInMonth,
  MONTHS,
  makeDate,
  mondayOf,
  monthOf,
  nextWeekday,
  WEEKDAYS,
  yearOf,
} from './calendar.js';
import { explicitDate } from './explicit-dates.js';
import { holidayWindow } from './holiday-windows.js';
import type { IsoDate } from './types.js';
import type { Ctx, Window } from './window.js';

export type { Ctx, Window } from './window.js';

type Found = Omit<Window, 'index'>;
type Rule = [RegExp, (m: RegExpExecArray, ctx: Ctx) => Found | null];

const N = '(\\d+|an?)';
const num = (s: string | undefined): number => (s === undefined || s === 'a' || s === 'an' ? 1 : Number(s));
const WD = `(${WEEKDAYS.join('|')}|mon|tue|tues|wed|thu|thur|thurs|fri)`;
const MON = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`;
const weekdayNumber = (name: string): number => WEEKDAYS.findIndex((w) => w.startsWith(name.slice(0, 3))) + 1;
const monthNumber = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;

const span = (earliest: IsoDate | null, latest: IsoDate | null, label: string, rough = false): Found => ({
  earliest,
  latest,
  label,
  rough,
});
const unitDays = (unit: string): number => (unit.startsWith('week') ? 7 : 1);
const plusUnits = (ctx: Ctx, n: number, unit: string): IsoDate =>
  unit.startsWith('month') ? addMonths(ctx.day, n) : addDays(ctx.day, n * unitDays(unit));

/** The Friday that ends the week `weeksAhead` after the interview's, or the business day before it. */
function fridayOf(ctx: Ctx, weeksAhead: number): IsoDate {
  let friday = addDays(mondayOf(ctx.day), 7 * weeksAhead + 4);
  // An interview on a Saturday or Sunday: "this week" can only mean the coming one.
  if (weeksAhead === 0 && compare(friday, ctx.day) < 0) friday = addDays(friday, 7);
  return businessDayOnOrBefore(friday, ctx.calendar);
}
const mondayAhead = (ctx: Ctx, weeksAhead: number): IsoDate => {
  const monday = addDays(mondayOf(ctx.day), 7 * weeksAhead);
  return weeksAhead === 0 && compare(addDays(monday, 4), ctx.day) < 0 ? addDays(monday, 7) : monday;
};

/** The next month `month` (1-12) that has not ended by the interview day. */
function yearForMonth(ctx: Ctx, month: number): number {
  const year = yearOf(ctx.day);
  return month < monthOf(ctx.day) ? year + 1 : year;
}

function monthPart(year: number, month: number, part: string): { from: IsoDate; to: IsoDate; label: string } {
  const last = daysInMonth(year, month);
  if (/early|beginning|start/.test(part))
    return { from: makeDate(year, month, 1), to: makeDate(year, month, 10), label: 'early' };
  if (/mid|middle/.test(part)) return { from: makeDate(year, month, 11), to: makeDate(year, month, 20), label: 'mid' };
  if (/late|end/.test(part)) return { from: makeDate(year, month, 21), to: makeDate(year, month, last), label: 'late' };
  return { from: makeDate(year, month, 1), to: makeDate(year, month, last), label: '' };
}

const RULES: Rule[] = [
  // Same day or the next.
  [
    /\b(today|tonight|(this|that) (evening|afternoon|night)|end of (the )?day|eod|close of business|cob)\b,? (or|and|to) (the next day|tomorrow|the day after|the following day|first thing tomorrow)\b/,
    (_m, c) => span(c.day, addDays(c.day, 1), 'that day or the next'),
  ],
  [
    /\b(the )?(next|coming) day or 2\b|\b(in |within )?an? day or 2\b|\b1-2 days\b|\b(in |within )?(a )?couple (of )?days\b/,
    (_m, c) => span(addDays(c.day, 1), addDays(c.day, 2), 'within a day or two'),
  ],
  [
    /\b(\d+) ?(?:-|to|or) ?(\d+) (business|working) days\b/,
    (m, c) =>
      span(
        addBusinessDays(c.day, num(m[1]), c.calendar),
        addBusinessDays(c.day, num(m[2]), c.calendar),
        `${m[1]}-${m[2]} business days`,
      ),
  ],
  [
    new RegExp(`\\b(within|in|next|over the next)? ?${N} (business|working) days?\\b`),
    (m, c) => {
      const n = num(m[2]);
      const latest = addBusinessDays(c.day, n, c.calendar);
      const within = m[1] !== 'in';
      return span(
        within ? addBusinessDays(c.day, 1, c.calendar) : latest,
        latest,
        `${within ? 'within ' : 'in '}${n} business day${n === 1 ? '' : 's'}`,
      );
    },
  ],
  [
    /\b(\d+) ?(?:-|to|or) ?(\d+) (days|weeks|months)\b/,
    (m, c) => span(plusUnits(c, num(m[1]), m[3] ?? ''), plusUnits(c, num(m[2]), m[3] ?? ''), `${m[1]}-${m[2]} ${m[3]}`),
  ],
  [
    /\ban? (week|month) or 2\b/,
    (m, c) => span(plusUnits(c, 1, m[1] ?? ''), plusUnits(c, 2, m[1] ?? ''), `a ${m[1]} or two`, true),
  ],
  [
    /\b(a few|few|several|a couple( of)?|couple( of)?) (days|weeks|months)\b/,
    (m, c) => {
      const unit = m[4] ?? 'days';
      const [lo, hi] = /couple/.test(m[1] ?? '') ? [2, 2] : /several/.test(m[1] ?? '') ? [3, 4] : [2, 3];
      const from = unit === 'days' && lo === 2 && hi === 3 ? 2 : lo;
      const to = unit === 'days' && !/couple/.test(m[1] ?? '') ? hi + 1 : hi;
      return span(plusUnits(c, from, unit), plusUnits(c, to, unit), `${m[1]} ${unit}`, true);
    },
  ],
  [
    new RegExp(`\\b(within|in|over the next|inside of|in the next)? ?(the )?${N} (days?|weeks?|months?)\\b(?! ago)`),
    (m, c) => {
      const n = num(m[3]);
      const unit = m[4] ?? 'days';
      const latest = plusUnits(c, n, unit);
      const within = m[1] !== undefined && m[1] !== 'in';
      return span(
        within ? addDays(c.day, 1) : latest,
        latest,
        `${within ? 'within' : 'in'} ${n} ${unit.replace(/s$/, '')}${n === 1 ? '' : 's'}`,
      );
    },
  ],
  [
    /\b(today|tonight|(this|that) (evening|afternoon)|end of (the )?day|eod|close of business|cob|later today)\b/,
    (_m, c) => span(c.day, c.day, 'the same day'),
  ],
  [
    /\b(tomorrow|the next day|the following day|the day after)\b/,
    (_m, c) => span(addDays(c.day, 1), addDays(c.day, 1), 'the next day'),
  ],
  [
    /\b(the )?(end of|by|before) (the )?week after next\b|\bthe week after next\b/,
    (_m, c) => span(mondayAhead(c, 2), fridayOf(c, 2), 'the week after next'),
  ],
  [
    /\b(the )?end of (the )?(next|following|coming) week\b|\b(next|following) week'?s end\b/,
    (_m, c) => span(null, fridayOf(c, 1), 'the end of next week'),
  ],
  [
    /\b(early|beginning of|start of|first part of) (the )?(next|following|coming) week\b/,
    (_m, c) => span(mondayAhead(c, 1), addDays(mondayAhead(c, 1), 1), 'early next week'),
  ],
  [
    /\b(mid|middle of|midway through) (the )?(next|following|coming) week\b/,
    (_m, c) => span(addDays(mondayAhead(c, 1), 2), addDays(mondayAhead(c, 1), 3), 'the middle of next week'),
  ],
  [
    /\b(late|later|latter part of|end of) (the )?(next|following|coming) week\b/,
    (_m, c) => span(addDays(mondayAhead(c, 1), 3), fridayOf(c, 1), 'late next week'),
  ],
  [
    new RegExp(`\\b(next|this coming|coming) ${WD}\\b|\\b${WD} (of )?next week\\b`),
    (m, c) => {
      const name = (m[2] ?? m[3]) as string;
      const date = addDays(mondayAhead(c, 1), weekdayNumber(name) - 1);
      return span(date, date, `next ${WEEKDAYS[weekdayNumber(name) - 1]}`);
    },
  ],
  [/\b(the )?(next|following|coming) week\b/, (_m, c) => span(mondayAhead(c, 1), fridayOf(c, 1), 'next week')],
  [
    /\b(the )?end of (the |this )?week\b|\bthis week\b|\blater (this|in the) week\b|\bweek'?s end\b|\bby the weekend\b/,
    (_m, c) => span(null, fridayOf(c, 0), 'the end of this week'),
  ],
  [
    new RegExp(`\\b(on |by |this |before )?${WD}( or ${WD})?\\b`),
    (m, c) => {
      const first = nextWeekday(c.day, weekdayNumber(m[2] ?? ''));
      const by = m[1]?.trim() === 'by' || m[1]?.trim() === 'before';
      if (m[4]) {
        const second = nextWeekday(first, weekdayNumber(m[4]));
        return span(
          first,
          second,
          `${WEEKDAYS[weekdayNumber(m[2] ?? '') - 1]} or ${WEEKDAYS[weekdayNumber(m[4]) - 1]}`,
        );
      }
      const name = WEEKDAYS[weekdayNumber(m[2] ?? '') - 1];
      return span(by ? null : first, first, `${by ? 'by ' : ''}${name}`);
    },
  ],
  [
    /\b(the )?end of (the |this )?month\b|\bthis month\b|\bmonth'?s end\b/,
    (_m, c) => {
      const y = yearOf(c.day);
      const mo = monthOf(c.day);
      return span(null, makeDate(y, mo, daysInMonth(y, mo)), 'the end of the month');
    },
  ],
  [
    /\b(early|beginning of|start of|mid|middle of|late|end of)?[ -]?(the )?(next|following|coming) month\b/,
    (m, c) => {
      const next = addMonths(makeDate(yearOf(c.day), monthOf(c.day), 1), 1);
      const part = monthPart(yearOf(next), monthOf(next), m[1] ?? '');
      return span(part.from, part.to, `${part.label ? `${part.label} ` : ''}next month`);
    },
  ],
  [
    /\b(the )?end of (the |this )?year\b|\byear[- ]end\b|\bbefore the new year\b/,
    (_m, c) => span(null, businessDayOnOrBefore(makeDate(yearOf(c.day), 12, 31), c.calendar), 'the end of the year'),
  ],
  [
    /\b(early )?(in )?(the )?new year\b|\b(early|beginning of|start of) next year\b/,
    (_m, c) => {
      const year = yearOf(c.day) + (monthOf(c.day) === 1 && dayOf(c.day) <= 10 ? 0 : 1);
      return span(
        addBusinessDays(makeDate(year, 1, 1), 1, c.calendar),
        makeDate(year, 1, 15),
        'early in the new year',
        true,
      );
    },
  ],
  [
    /\b(after|following|before|by|around|over) (the )?(thanksgiving|christmas|xmas|the holidays|holidays|holiday season|new year'?s?( day)?|easter|labou?r day|independence day|july 4th|4th of july|memorial day)\b/,
    (m, c) => holidayWindow(m[1] ?? '', m[3] ?? '', c),
  ],
  [
    new RegExp(`\\b(early|beginning of|start of|mid|middle of|late|end of)?[ -]?(in )?${MON}\\b(?! \\d)`),
    (m, c) => {
      const month = monthNumber(m[3] ?? '');
      if (m[3] === 'may' && !m[1] && !m[2]) return null; // "may" is usually the verb
      const year = yearForMonth(c, month);
      const part = monthPart(year, month, m[1] ?? '');
      const name = MONTHS[month - 1] ?? '';
      const label = `${part.label ? `${part.label} ` : ''}${name[0]?.toUpperCase()}${name.slice(1)}`;
      return span(m[1] && /end of/.test(m[1]) ? null : part.from, part.to, label);
    },
  ],
  [
    /\b(by|on|before|around|until)? ?the (\d{1,2})(st|nd|rd|th)\b(?! of)/,
    (m, c) => {
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      let year = yearOf(c.day);
      let month = monthOf(c.day);
      // The next date with that day of the month, after the interview.
      for (let i = 0; i < 14; i++) {
        if (day <= daysInMonth(year, month)) {
          const date = makeDate(year, month, day);
          if (compare(date, c.day) > 0) {
            const by = m[1] === 'by' || m[1] === 'before' || m[1] === 'until';
            return span(by ? null : date, date, `${by ? 'by ' : ''}the ${day}${m[3]}`);
          }
        }
        month += 1;
        if (month > 12) {
          month = 1;
          year += 1;
        }
      }
      return null;
    },
  ],
];

/** The first window the phrase names, or null. `explicit` dates ("March 1") come from chrono. */
export function findWindow(text: string, ctx: Ctx, country: string): Window | null {
  const date = explicitDate(text, ctx, country);
  for (const [pattern, resolve] of RULES) {
    const m = pattern.exec(text);
    if (!m) continue;
    // A month-and-day date beats the looser rules that match part of it ("March", "the 1st").
    if (date && date.index <= m.index + m[0].length) return date;
    const found = resolve(m, ctx);
    if (!found) continue;
    // "by mid-February": a deadline, not a window that opens on the 11th.
    const deadline = /\b(by|before|until|no later than)\s*$/.test(text.slice(0, m.index));
    // "10 or 2 months": a range said backwards is still the same range.
    const [from, to] =
      found.earliest && found.latest && compare(found.earliest, found.latest) > 0
        ? [found.latest, found.earliest]
        : [found.earliest, found.latest];
    return { ...found, earliest: deadline && to ? null : from, latest: to, index: m.index };
  }
  return date;
}
