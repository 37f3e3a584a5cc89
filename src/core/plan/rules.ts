// The plan's numbers, one each (README: "How the plan is timed"). Change one only with a reason.
export const PLAN_RULES = {
  /** Assumed length of an interview when none is recorded. */
  defaultDurationMinutes: 60,
  /** A thank-you goes the same day when the interview ends before this hour in the recipient's zone. */
  sameDayCutoffHour: 17,
  /** Otherwise at this hour on the next business day. */
  nextDayHour: 9,
  /** Check-ins are due at this hour in the recipient's zone: inside business hours. */
  checkInHour: 10,
  checkIn2BusinessDaysAfter1: 5,
  closeBusinessDaysAfter2: 10,
  /** After a reply or call without a new date, the next check-in waits this long. */
  quietBusinessDaysAfterContact: 5,
  /** A reply to a rejection goes the business day after it came. */
  rejectionReplyBusinessDays: 1,
  /** The first keep-warm touch: about three months after the last contact. */
  keepWarmFirstMonths: 3,
  /** Then every N months after the last contact, unless the user sets another N (1 to 24). */
  keepWarmEveryMonths: 4,
} as const;
