export { addBusinessDays, formatDay, isBusinessDay } from './calendar.js';
export type {
  Firmness,
  HolidayCalendar,
  IsoDate,
  NamedHoliday,
  TimeFrame,
  TimeFrameEvent,
  TimeFrameInput,
} from './types.js';
export { FIRMNESS, TIMEFRAME_EVENTS } from './types.js';
export { RULES as TIMEFRAME_RULES, understandTimeFrame } from './understand.js';
