// Public holidays from date-holidays. Only `type: 'public'` days are holidays: the library also
// lists observances (Valentine's Day) and bank-only days. Loaded lazily by callers: it is heavy.
import Holidays from 'date-holidays';
import type { HolidayCalendar, IsoDate, NamedHoliday } from './types.js';

const NAME_PATTERNS: Record<NamedHoliday, RegExp> = {
  thanksgiving: /thanksgiving/i,
  christmas: /^christmas day/i,
  'new-year': /^new year's day/i,
  easter: /^easter sunday/i,
  'labor-day': /^labou?r day/i,
  'independence-day': /^independence day$/i,
  'memorial-day': /^memorial day$/i,
};

export function createHolidayCalendar(country: string): HolidayCalendar {
  const code = country.toUpperCase();
  const hd = code ? new Holidays(code, { languages: ['en'] }) : null;
  const us = new Holidays('US', { languages: ['en'] });
  const publicByYear = new Map<number, Set<string>>();
  const allByYear = new Map<string, { date: string; name: string }[]>();

  const list = (h: Holidays, key: string, year: number) => {
    const cacheKey = `${key}:${year}`;
    let found = allByYear.get(cacheKey);
    if (!found) {
      const raw = h.getHolidays(year, 'en') || [];
      found = raw
        .map((x) => ({ date: x.date.slice(0, 10), name: x.name, type: x.type }))
        .filter((x) => x.type !== 'observance' || /easter sunday/i.test(x.name));
      allByYear.set(cacheKey, found);
    }
    return found;
  };

  return {
    country: code,
    isPublicHoliday(date: IsoDate) {
      if (!hd) return false;
      const year = Number(date.slice(0, 4));
      let set = publicByYear.get(year);
      if (!set) {
        set = new Set(
          (hd.getHolidays(year, 'en') || []).filter((x) => x.type === 'public').map((x) => x.date.slice(0, 10)),
        );
        publicByYear.set(year, set);
      }
      return set.has(date);
    },
    dateOf(holiday: NamedHoliday, year: number) {
      // Fixed dates need no calendar; these are what people mean whatever the country.
      if (holiday === 'christmas') return `${year}-12-25`;
      if (holiday === 'new-year') return `${year}-01-01`;
      const own = hd ? list(hd, code, year).find((x) => NAME_PATTERNS[holiday].test(x.name)) : undefined;
      if (own) return own.date;
      // Thanksgiving and the like are named by people outside the US too, meaning the US day.
      const fallback = list(us, 'US', year).find((x) => NAME_PATTERNS[holiday].test(x.name));
      return fallback?.date ?? null;
    },
  };
}

let countries: Set<string> | null = null;

/** Whether date-holidays knows the country's public holidays (ISO 3166-1 alpha-2). */
export function isKnownCountry(code: string): boolean {
  countries ??= new Set(Object.keys(new Holidays().getCountries('en')));
  return countries.has(code.toUpperCase());
}
