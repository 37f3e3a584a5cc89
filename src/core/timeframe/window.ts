// A date window found in a phrase: its own file so the finders (explicit dates, holidays) and
// windows.ts, which calls them, do not import each other.
import type { HolidayCalendar, IsoDate } from './types.js';

/** A window found in a phrase, with where it was found; Ctx is what the finders read it against. */
export interface Window {
  earliest: IsoDate | null;
  latest: IsoDate | null;
  /** How the phrase put it, for the explanation: "the end of next week". */
  label: string;
  /** A rough estimate by its nature ("a few weeks"), so soft even without a hedge word. */
  rough?: boolean;
  /** Where in the phrase the expression was found. */
  index: number;
}

export interface Ctx {
  /** The interview day. */
  day: IsoDate;
  calendar: HolidayCalendar;
}
