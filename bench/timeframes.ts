// Time-frame understanding speed: phrases per second over a 10,000-phrase list, against a baseline
// that only normalises the same phrases (the cheapest pass over the text), in the same run.
import { createHolidayCalendar } from '../src/core/timeframe/holiday-calendar.js';
import { normalize } from '../src/core/timeframe/normalize.js';
import { understandTimeFrame } from '../src/core/timeframe/understand.js';

const TEMPLATES = [
  'we hope to decide by the end of next week',
  'you will hear from us within {n} business days',
  'probably {n}-{m} weeks',
  'a week or two',
  'if you have not heard by Friday, call me on Monday',
  'we will be done interviewing by the {d}th',
  'after Thanksgiving',
  'early {month}',
  'soon',
  'by the {d}th',
  'we should know on {weekday}',
  'next month',
  'on {month} {d}',
  'blah blah nothing here',
];
const MONTHS = ['January', 'March', 'June', 'September', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Thursday', 'Friday'];

export function phrases(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[i % TEMPLATES.length] as string;
    out.push(
      t
        .replace('{n}', String((i % 9) + 1))
        .replace('{m}', String((i % 9) + 3))
        .replace('{d}', String((i % 27) + 1))
        .replace('{month}', MONTHS[i % MONTHS.length] as string)
        .replace('{weekday}', WEEKDAYS[i % WEEKDAYS.length] as string),
    );
  }
  return out;
}

function rate(label: string, list: string[], fn: (p: string, i: number) => unknown) {
  for (let i = 0; i < 500; i++) fn(list[i % list.length] as string, i); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < list.length; i++) fn(list[i] as string, i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, perSecond: list.length / seconds, microseconds: (seconds / list.length) * 1e6 };
}

export function run() {
  const list = phrases(10_000);
  const calendar = createHolidayCalendar('US');
  const days = ['2026-03-03', '2026-11-25', '2026-12-31', '2027-06-18'];
  const baseline = rate('normalise only (baseline)', list, (p) => normalize(p));
  const full = rate('understandTimeFrame', list, (p, i) =>
    understandTimeFrame({ phrase: p, interviewDate: days[i % days.length] as string, calendar }),
  );
  return [baseline, { ...full, ratio: `${(baseline.perSecond / full.perSecond).toFixed(1)}x slower than baseline` }];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| measurement | phrases/s | µs/phrase | vs baseline |');
  console.log('|---|---:|---:|---|');
  for (const r of run()) {
    console.log(
      `| ${r.label} | ${Math.round(r.perSecond).toLocaleString('en-US')} | ${r.microseconds.toFixed(1)} | ${'ratio' in r ? r.ratio : '1.0x'} |`,
    );
  }
}
