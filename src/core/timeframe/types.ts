// What an interviewer's words about next steps were understood as.

export const TIMEFRAME_EVENTS = [
  'decision',
  'update',
  'callback',
  'interviews-end',
  'offer',
  'start',
  'unknown',
] as const;
export type TimeFrameEvent = (typeof TIMEFRAME_EVENTS)[number];

export const FIRMNESS = ['firm', 'soft', 'vague', 'none'] as const;
export type Firmness = (typeof FIRMNESS)[number];

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

export interface TimeFrame {
  phrase: string;
  event: TimeFrameEvent;
  earliest: IsoDate | null;
  latest: IsoDate | null;
  firmness: Firmness;
  /** The business day on which to check in if nothing has been heard. */
  checkInOn: IsoDate;
  /** One sentence a person can check. */
  explanation: string;
}

/** Public holidays of one country, and the dates of holidays people name ("after Thanksgiving"). */
export interface HolidayCalendar {
  country: string;
  isPublicHoliday(date: IsoDate): boolean;
  /** The date of a named holiday in a year, or null when this calendar does not know it. */
  dateOf(holiday: NamedHoliday, year: number): IsoDate | null;
}

export const NAMED_HOLIDAYS = [
  'thanksgiving',
  'christmas',
  'new-year',
  'easter',
  'labor-day',
  'independence-day',
  'memorial-day',
] as const;
export type NamedHoliday = (typeof NAMED_HOLIDAYS)[number];

export interface TimeFrameInput {
  phrase: string;
  /** The interview's local date. */
  interviewDate: IsoDate;
  calendar: HolidayCalendar;
}
