// From what the interviewer said to a window, a firmness, an event and a check-in day, with one
// sentence explaining it. Never throws: text it cannot read falls back to the default cadence.
import { addBusinessDays, compare, formatDay, isBusinessDay, nextWeekday, WEEKDAYS } from './calendar.js';
import { detectEvent } from './event.js';
import { isHedged, soundsVague } from './firmness.js';
import { findInvitation, type Invitation } from './invitation.js';
import { normalize } from './normalize.js';
import type { Firmness, IsoDate, TimeFrame, TimeFrameEvent, TimeFrameInput } from './types.js';
import { type Ctx, findWindow, type Window } from './windows.js';

/** The rules' numbers (README: "How time frames are read"). */
export const RULES = {
  firmBusinessDaysAfter: 1,
  softBusinessDaysAfter: 2,
  defaultBusinessDaysAfterInterview: 5,
  afterInterviewsEndBusinessDays: 5,
  openEndedBusinessDays: 5,
} as const;

export function understandTimeFrame(input: TimeFrameInput): TimeFrame {
  const phrase = input.phrase.trim();
  const text = normalize(phrase);
  const ctx: Ctx = { day: input.interviewDate, calendar: input.calendar };
  const invitation = text ? findInvitation(text) : null;
  const window = text ? findWindow(invitation?.condition ?? text, ctx, input.calendar.country) : null;
  const event = detectEvent(text, window !== null);
  const firmness: Firmness = window
    ? isHedged(text) || window.rough
      ? 'soft'
      : 'firm'
    : text && (soundsVague(text) || event !== 'unknown')
      ? 'vague'
      : 'none';
  const invited = invitation ? invitedDay(invitation, window, ctx) : null;
  const { day, why } = checkIn(event, firmness, window, invited, ctx);
  return {
    phrase,
    event,
    earliest: window?.earliest ?? null,
    latest: window?.latest ?? null,
    firmness,
    checkInOn: day,
    explanation: explain(phrase, event, firmness, window, day, why),
  };
}

/** The day the invitation names ("call me on Monday" after a Friday window), if any. */
function invitedDay(
  invitation: Invitation,
  window: Window | null,
  ctx: Ctx,
): { day: IsoDate; whom: string | null } | null {
  if (!invitation.action) return null;
  const weekday = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(invitation.action);
  const anchor = window?.latest ?? ctx.day;
  if (weekday)
    return {
      day: nextWeekday(anchor, WEEKDAYS.indexOf(weekday[1] as (typeof WEEKDAYS)[number]) + 1),
      whom: invitation.whom,
    };
  const other = findWindow(invitation.action, ctx, ctx.calendar.country);
  if (other?.latest && compare(other.latest, anchor) >= 0) return { day: other.latest, whom: invitation.whom };
  // Invited, without a day: the business day after the window closes.
  return window?.latest ? { day: addBusinessDays(window.latest, 1, ctx.calendar), whom: invitation.whom } : null;
}

function checkIn(
  event: TimeFrameEvent,
  firmness: Firmness,
  window: Window | null,
  invited: { day: IsoDate; whom: string | null } | null,
  ctx: Ctx,
): { day: IsoDate; why: string } {
  const { calendar } = ctx;
  const earliestAllowed = addBusinessDays(ctx.day, 1, calendar);
  const clamp = (day: IsoDate, why: string) => {
    let d = day;
    if (!isBusinessDay(d, calendar)) d = addBusinessDays(d, 0, calendar);
    if (compare(d, ctx.day) <= 0)
      return { day: earliestAllowed, why: `${why}; that had passed, so the first business day after the interview` };
    return { day: d, why };
  };
  if (invited) {
    const who = invited.whom && invited.whom !== 'me' ? ` (${invited.whom})` : '';
    return clamp(invited.day, `the day they invited you to get in touch${who}`);
  }
  const n = RULES.defaultBusinessDaysAfterInterview;
  const byDefault = () => ({
    day: addBusinessDays(ctx.day, n, calendar),
    why: `${n} business days after the interview`,
  });
  if (!window || event === 'start') return byDefault();
  if (event === 'interviews-end' && window.latest) {
    const k = RULES.afterInterviewsEndBusinessDays;
    return clamp(
      addBusinessDays(window.latest, k, calendar),
      `${k} business days after the interviews end, to leave time for the decision`,
    );
  }
  if (window.latest) {
    const k = firmness === 'firm' ? RULES.firmBusinessDaysAfter : RULES.softBusinessDaysAfter;
    return clamp(
      addBusinessDays(window.latest, k, calendar),
      `${k} business day${k === 1 ? '' : 's'} after the window they gave closes`,
    );
  }
  if (window.earliest) {
    const k = RULES.openEndedBusinessDays;
    return clamp(
      addBusinessDays(window.earliest, k, calendar),
      `${k} business days after the window opens, since they gave no end`,
    );
  }
  return byDefault();
}

const EVENT_WORDS: Record<TimeFrameEvent, string> = {
  decision: 'a decision',
  update: 'news on next steps',
  callback: 'a call from them',
  'interviews-end': 'the end of their interviews',
  offer: 'an offer',
  start: 'a start date',
  unknown: 'news',
};

function windowWords(w: Window): string {
  if (w.earliest && w.latest && w.earliest === w.latest) return `on ${formatDay(w.latest)}`;
  if (w.earliest && w.latest) return `between ${formatDay(w.earliest)} and ${formatDay(w.latest)}`;
  if (w.latest) return `by ${formatDay(w.latest)}`;
  return `from ${formatDay(w.earliest ?? '')}`;
}

function explain(
  phrase: string,
  event: TimeFrameEvent,
  firmness: Firmness,
  w: Window | null,
  day: IsoDate,
  why: string,
): string {
  const checkInText = `check in on ${formatDay(day)}, ${why}`;
  if (!phrase) return `No time frame was given (ask for one before you leave next time), so ${checkInText}.`;
  if (firmness === 'none') return `No time frame was understood in "${phrase}", so ${checkInText}.`;
  if (!w) return `"${phrase}" gives no date, so ${checkInText}.`;
  const sure = firmness === 'soft' ? ', a hope or estimate rather than a promise' : ', a firm date';
  if (event === 'start')
    return `Understood as a start date ${windowWords(w)} (${w.label}), not a decision date, so ${checkInText}.`;
  return `Understood as ${EVENT_WORDS[event]} ${windowWords(w)} (${w.label})${sure}: ${checkInText}.`;
}
