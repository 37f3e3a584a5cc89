// Computes the follow-up plan for one opportunity's latest round. Pure and deterministic: the same
// input gives the same touches with the same keys, so stored states (done, snoozed) survive.
import { Temporal } from 'temporal-polyfill';
import type { Contact, Participant } from '../model.js';
import { addBusinessDays, compare, formatDay, maxDate } from '../timeframe/calendar.js';
import type { IsoDate, TimeFrame } from '../timeframe/types.js';
import { PLAN_RULES } from './rules.js';
import type { HistoryEvent, Plan, PlanInput, PlannedTouch, TouchKind } from './types.js';

export const touchKey = (opportunityId: string, kind: TouchKind, contactId: string | null, round: string): string =>
  `${opportunityId}:${kind}:${contactId ?? 'nobody'}:${round}`;

const localDateOf = (instant: string, timeZone: string): IsoDate =>
  Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();

function at(date: IsoDate, hour: number, timeZone: string): { dueAt: string; dueLocal: string } {
  const zoned = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone, plainTime: { hour, minute: 0 } });
  return { dueAt: zoned.toInstant().toString(), dueLocal: zoned.toPlainDateTime().toString().slice(0, 16) };
}

const nameOf = (c: Contact | null | undefined) => c?.name || c?.email || 'your contact';

/** Whom check-ins go to: the contact they named, else the recruiter, else the hiring manager, else the first on the panel. */
export function checkInRecipient(input: Pick<PlanInput, 'participants'> & { followUpContact?: Contact | null }): {
  contact: Contact | null;
  why: string;
} {
  if (input.followUpContact) return { contact: input.followUpContact, why: 'the contact they gave you' };
  const byRole = (role: Participant['role']) => input.participants.find((p) => p.role === role)?.contact;
  const recruiter = byRole('recruiter');
  if (recruiter) return { contact: recruiter, why: 'the recruiter, since no follow-up contact was recorded' };
  const manager = byRole('hiring-manager');
  if (manager) return { contact: manager, why: 'the hiring manager, since no follow-up contact was recorded' };
  const first = input.participants[0]?.contact ?? null;
  return first
    ? {
        contact: first,
        why: 'the first interviewer, since no follow-up contact, recruiter or hiring manager was recorded',
      }
    : { contact: null, why: 'nobody yet: record whom to contact' };
}

export function computePlan(input: PlanInput & { followUpContact?: Contact | null }): Plan {
  const { interview, calendar } = input;
  const round = interview.id;
  const start = Temporal.PlainDateTime.from(interview.startsAt).toZonedDateTime(interview.timeZone);
  const end = start.add({ minutes: interview.durationMinutes ?? PLAN_RULES.defaultDurationMinutes });
  const interviewDay = start.toPlainDate().toString();
  const touches: PlannedTouch[] = [];

  for (const { contact } of input.participants) {
    const zone = contact.timeZone || interview.timeZone;
    const endThere = end.withTimeZone(zone);
    const sameDay = endThere.hour < PLAN_RULES.sameDayCutoffHour;
    const endDay = endThere.toPlainDate().toString();
    const day = sameDay ? endDay : addBusinessDays(endDay, 1, calendar);
    const hour = sameDay ? PLAN_RULES.sameDayCutoffHour : PLAN_RULES.nextDayHour;
    const reason = sameDay
      ? `Thank ${nameOf(contact)} the same day: the interview ends before ${PLAN_RULES.sameDayCutoffHour}:00 their time, and a note within 24 hours shows follow-through.`
      : `Thank ${nameOf(contact)} by ${PLAN_RULES.nextDayHour}:00 on ${formatDay(day)}, the next business day: the interview ends after ${PLAN_RULES.sameDayCutoffHour}:00 their time.`;
    touches.push({
      key: touchKey(input.opportunityId, 'thank-you', contact.id, round),
      kind: 'thank-you',
      contactId: contact.id,
      channel: 'email',
      ...at(day, hour, zone),
      timeZone: zone,
      reason,
    });
    if (input.card) {
      const mailBy = addBusinessDays(interviewDay, 1, calendar);
      touches.push({
        key: touchKey(input.opportunityId, 'thank-you-card', contact.id, round),
        kind: 'thank-you-card',
        contactId: contact.id,
        channel: 'card',
        ...at(mailBy, PLAN_RULES.sameDayCutoffHour, zone),
        timeZone: zone,
        reason: `Mail a card to ${nameOf(contact)} by ${formatDay(mailBy)}, the next business day: it complements the same-day email, it does not replace it.`,
      });
    }
  }

  const history = input.history.filter((h) => compare(localDateOf(h.at, interview.timeZone), interviewDay) >= 0);
  const timeFrame = latestTimeFrame(input, history, interviewDay);
  const recipient = checkInRecipient(input);
  const zone = recipient.contact?.timeZone || interview.timeZone;
  const contactId = recipient.contact?.id ?? null;
  const sentOn = (kind: TouchKind) => {
    const e = history.filter((h) => h.kind === 'sent' && h.touchKind === kind).at(-1);
    return e ? localDateOf(e.at, interview.timeZone) : null;
  };
  // The last contact in either direction that was not a check-in we planned.
  const lastContact = history
    .filter(
      (h) =>
        h.kind === 'reply' ||
        h.kind === 'call' ||
        (h.kind === 'sent' &&
          h.touchKind !== 'check-in-1' &&
          h.touchKind !== 'check-in-2' &&
          h.touchKind !== 'thank-you' &&
          h.touchKind !== 'thank-you-card'),
    )
    .at(-1);
  const quiet = lastContact
    ? addBusinessDays(
        localDateOf(lastContact.at, interview.timeZone),
        PLAN_RULES.quietBusinessDaysAfterContact,
        calendar,
      )
    : null;
  const lastNewDate = history.filter((h) => h.kind === 'new-date').at(-1);
  const afterNewDate = lastContact && lastNewDate && compare(lastNewDate.at, lastContact.at) >= 0;

  const sent1 = sentOn('check-in-1');
  let c1 = timeFrame.checkInOn;
  let c1Why = `${timeFrame.explanation}`;
  if (!sent1 && quiet && !afterNewDate && compare(quiet, c1) > 0) {
    c1 = quiet;
    c1Why = `You were last in touch on ${formatDay(localDateOf(lastContact?.at ?? '', interview.timeZone))}, so the check-in waits ${PLAN_RULES.quietBusinessDaysAfterContact} business days after that.`;
  }
  // Never check in before, or on the day of, the thank-you it follows.
  const lastThanks = touches
    .map((t) => t.dueLocal.slice(0, 10))
    .sort()
    .at(-1);
  if (!sent1 && lastThanks && compare(c1, lastThanks) <= 0) {
    c1 = addBusinessDays(lastThanks, 1, calendar);
    c1Why = `${c1Why} Moved to the business day after the thank-you, which comes first.`;
  }
  const to = recipient.contact ? `${nameOf(recipient.contact)} (${recipient.why})` : recipient.why;
  touches.push({
    key: touchKey(input.opportunityId, 'check-in-1', contactId, round),
    kind: 'check-in-1',
    contactId,
    channel: 'email',
    ...at(sent1 ?? c1, PLAN_RULES.checkInHour, zone),
    timeZone: zone,
    reason: `Check in with ${to} on ${formatDay(sent1 ?? c1)}. ${c1Why}`,
  });

  const base1 = sent1 ?? c1;
  let c2 = addBusinessDays(base1, PLAN_RULES.checkIn2BusinessDaysAfter1, calendar);
  const sent2 = sentOn('check-in-2');
  if (!sent2 && quiet && compare(quiet, c2) > 0) c2 = quiet;
  const permissionNo = input.nextSteps.permission === 'no';
  if (!permissionNo) {
    touches.push({
      key: touchKey(input.opportunityId, 'check-in-2', contactId, round),
      kind: 'check-in-2',
      contactId,
      channel: 'email',
      ...at(sent2 ?? c2, PLAN_RULES.checkInHour, zone),
      timeZone: zone,
      reason: `Second check-in with ${to} on ${formatDay(sent2 ?? c2)}, ${PLAN_RULES.checkIn2BusinessDaysAfter1} business days after the first, if there is still no news.`,
    });
  }
  const closeOn = maxDate(
    addBusinessDays(sent2 ?? c2, PLAN_RULES.closeBusinessDaysAfter2, calendar),
    quiet ? addBusinessDays(quiet, PLAN_RULES.closeBusinessDaysAfter2, calendar) : interviewDay,
  );
  touches.push({
    key: touchKey(input.opportunityId, 'close-the-loop', contactId, round),
    kind: 'close-the-loop',
    contactId,
    channel: 'task',
    ...at(closeOn, PLAN_RULES.checkInHour, zone),
    timeZone: zone,
    reason: `If nothing has come by ${formatDay(closeOn)}, ${PLAN_RULES.closeBusinessDaysAfter2} business days after the ${permissionNo ? 'time the second check-in would have been (they asked you not to check in more than once)' : 'second check-in'}, treat it as a no: mark it ghosted and keep in touch instead.`,
  });
  return { timeFrame, touches };
}

/** The time frame in force: the newest date they gave, else what they said at the interview. */
function latestTimeFrame(input: PlanInput, history: HistoryEvent[], interviewDay: IsoDate): TimeFrame {
  const newDate = history.filter((h) => h.kind === 'new-date' && h.timeframe).at(-1);
  if (newDate?.timeframe) {
    const day = localDateOf(newDate.at, input.interview.timeZone);
    return input.understand(newDate.timeframe, day);
  }
  return input.understand(input.nextSteps.timeframe, interviewDay);
}
