// The plan after a "no" (issue 7): one gracious reply to the person who gave the decision, then
// light keep-warm touches for the interviewers the candidate chose. The first comes about three
// months after the last contact, the next ones every N months; any real contact with that person,
// in either direction (their reply, a call, a message sent), restarts the count from that day.
import { Temporal } from 'temporal-polyfill';
import type { Contact } from '../model.js';
import { addBusinessDays, addMonths, compare, formatDay, isBusinessDay } from '../timeframe/calendar.js';
import type { HolidayCalendar, IsoDate } from '../timeframe/types.js';
import { touchKey } from './plan.js';
import { PLAN_RULES } from './rules.js';
import type { HistoryEvent, PlannedTouch } from './types.js';

export interface AfterRejectionInput {
  opportunityId: string;
  /** The round the touches hang on: the opportunity's latest interview. */
  roundId: string;
  /** When the decision came (UTC ISO). */
  decidedAt: string;
  /** The interview's zone: local dates of events are read in it. */
  timeZone: string;
  /** Whom to reply to; null for no reply (a process that went silent has nobody to answer). */
  replyTo: Contact | null;
  keepWarm: { contact: Contact; everyMonths: number }[];
  history: HistoryEvent[];
  calendar: HolidayCalendar;
}

const localDateOf = (instant: string, timeZone: string): IsoDate =>
  Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();

function at(date: IsoDate, hour: number, timeZone: string): { dueAt: string; dueLocal: string } {
  const zoned = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone, plainTime: { hour, minute: 0 } });
  return { dueAt: zoned.toInstant().toString(), dueLocal: zoned.toPlainDateTime().toString().slice(0, 16) };
}

const onOrAfterBusinessDay = (d: IsoDate, calendar: HolidayCalendar): IsoDate =>
  isBusinessDay(d, calendar) ? d : addBusinessDays(d, 1, calendar);

const nameOf = (c: Contact) => c.name || c.email || 'your contact';

const CONTACT_WORDS: Record<HistoryEvent['kind'], string> = {
  reply: 'their reply',
  call: 'a call',
  sent: 'a message you sent',
  'new-date': 'a new date they gave',
};

/** When the next keep-warm touch with one person is due, and why. Exported for its property tests. */
export function nextKeepWarm(
  input: Pick<AfterRejectionInput, 'decidedAt' | 'timeZone' | 'history' | 'calendar'>,
  contact: Contact,
  everyMonths: number,
): { date: IsoDate; sent: number; reason: string } {
  const after = input.history.filter(
    (h) => h.contactId === contact.id && Date.parse(h.at) >= Date.parse(input.decidedAt),
  );
  const sent = after.filter((h) => h.kind === 'sent' && h.touchKind === 'keep-warm').length;
  const last = after.filter((h) => h.kind === 'reply' || h.kind === 'call' || h.kind === 'sent').at(-1);
  const anchor = localDateOf(last?.at ?? input.decidedAt, input.timeZone);
  const months = sent === 0 ? PLAN_RULES.keepWarmFirstMonths : everyMonths;
  const date = onOrAfterBusinessDay(addMonths(anchor, months), input.calendar);
  const since = last ? `${CONTACT_WORDS[last.kind]} on ${formatDay(anchor)}` : `the decision on ${formatDay(anchor)}`;
  const cadence =
    sent === 0
      ? `about ${months} months after your last contact (${since})`
      : `${months} months after your last contact (${since}), the cadence you chose`;
  return {
    date,
    sent,
    reason: `Keep in touch with ${nameOf(contact)} on ${formatDay(date)}, ${cadence}: a light note with something useful and no ask. Any reply, call or message resets the count.`,
  };
}

export function planAfterRejection(input: AfterRejectionInput): PlannedTouch[] {
  const touches: PlannedTouch[] = [];
  const decidedOn = localDateOf(input.decidedAt, input.timeZone);
  if (input.replyTo) {
    const c = input.replyTo;
    const zone = c.timeZone || input.timeZone;
    const sent = input.history
      .filter((h) => h.kind === 'sent' && h.touchKind === 'rejection-reply' && compare(h.at, input.decidedAt) >= 0)
      .at(-1);
    const day = sent
      ? localDateOf(sent.at, input.timeZone)
      : addBusinessDays(decidedOn, PLAN_RULES.rejectionReplyBusinessDays, input.calendar);
    touches.push({
      key: touchKey(input.opportunityId, 'rejection-reply', c.id, input.roundId),
      kind: 'rejection-reply',
      contactId: c.id,
      channel: 'email',
      ...at(day, PLAN_RULES.checkInHour, zone),
      timeZone: zone,
      reason: `Reply to ${nameOf(c)} by ${formatDay(day)}, the business day after the decision: thank them, ask for specific feedback and to be considered for future roles. A gracious reply keeps the door open.`,
    });
  }
  for (const { contact, everyMonths } of input.keepWarm) {
    const zone = contact.timeZone || input.timeZone;
    const next = nextKeepWarm(input, contact, everyMonths);
    touches.push({
      key: touchKey(input.opportunityId, 'keep-warm', contact.id, String(next.sent + 1)),
      kind: 'keep-warm',
      contactId: contact.id,
      channel: 'email',
      ...at(next.date, PLAN_RULES.checkInHour, zone),
      timeZone: zone,
      reason: next.reason,
    });
  }
  return touches;
}
