// Reads a calendar invitation (a text/calendar part with METHOD:REQUEST, or an uploaded .ics) into
// what the next round needs: when, in which zone, where or on which video link, and who is on the
// panel (issue 16; the data issue's .ics import reuses it). ical.js does the parsing, unfolding and
// unescaping; this file only chooses the event and turns its fields into plain values.
import ICAL from 'ical.js';
import { isTimeZone, localToUtc } from '../../core/time.js';
import { windowsZoneToIana } from './windows-zones.js';

/** An invitation is a few kilobytes; a whole calendar export is not an invitation. */
export const MAX_ICS_BYTES = 1024 * 1024;

export interface InvitationPerson {
  name: string;
  /** Lower-cased, without "mailto:"; "" when the entry gives none. */
  email: string;
}

export interface InvitationAttendee extends InvitationPerson {
  /** REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR, NON-PARTICIPANT; REQ-PARTICIPANT when absent. */
  role: string;
}

export interface CalendarInvitation {
  uid: string | null;
  /** REQUEST, CANCEL, PUBLISH... upper-cased; null when the calendar names none (a plain .ics file). */
  method: string | null;
  /** The event was cancelled (METHOD:CANCEL or STATUS:CANCELLED): it must not create a round. */
  cancelled: boolean;
  summary: string;
  /** The start as an instant, ISO 8601 in UTC. */
  start: string;
  end: string | null;
  allDay: boolean;
  /** The IANA zone the organiser scheduled it in, when the invitation says so in a form we know. */
  timeZone: string | null;
  /** The start as wall time in `timeZone` ("2026-11-13T10:00"), for the round's form; null without a zone. */
  localStart: string | null;
  location: string;
  /** The first meeting link found (Zoom, Teams, Meet, Webex...), else the first https link; null for none. */
  videoLink: string | null;
  organizer: InvitationPerson | null;
  attendees: InvitationAttendee[];
}

export class InvalidInvitation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInvitation';
  }
}

const MEETING_HOSTS =
  /(zoom\.us|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com|whereby\.com|gotomeeting\.com|chime\.aws|bluejeans\.com)/i;
const LINK = /https:\/\/[^\s<>"'\\]+/g;

/** Reads the first event of an iCalendar text; throws InvalidInvitation saying what is wrong. */
export function readInvitation(ics: string): CalendarInvitation {
  if (Buffer.byteLength(ics, 'utf8') > MAX_ICS_BYTES) {
    throw new InvalidInvitation(`the calendar file is larger than ${MAX_ICS_BYTES} bytes`);
  }
  let root: ICAL.Component;
  try {
    const parsed = ICAL.parse(ics.replace(/^\uFEFF/, ''));
    root = new ICAL.Component(Array.isArray(parsed[0]) ? (parsed[0] as unknown as typeof parsed) : parsed);
  } catch (error) {
    throw new InvalidInvitation(`not an iCalendar file: ${(error as Error).message}`);
  }
  if (root.name !== 'vcalendar') throw new InvalidInvitation('not an iCalendar file: no VCALENDAR');
  const vevent = root.getFirstSubcomponent('vevent');
  if (!vevent) throw new InvalidInvitation('the calendar holds no event (VEVENT)');
  // Zones defined in the file (Outlook's "Eastern Standard Time") are registered only while we read.
  const registered = registerZones(root);
  try {
    return fromEvent(root, vevent);
  } finally {
    for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
  }
}

function fromEvent(root: ICAL.Component, vevent: ICAL.Component): CalendarInvitation {
  const event = new ICAL.Event(vevent);
  if (!event.startDate) throw new InvalidInvitation('the event has no start (DTSTART)');
  const method = stringValue(root.getFirstPropertyValue('method'))?.toUpperCase() ?? null;
  const status = stringValue(vevent.getFirstPropertyValue('status'))?.toUpperCase() ?? '';
  const zoneName = zoneOf(vevent.getFirstProperty('dtstart'));
  const start = instant(event.startDate, zoneName);
  const end = event.endDate ? instant(event.endDate, zoneName) : null;
  const location = stringValue(event.location) ?? '';
  const description = stringValue(event.description) ?? '';
  const extraLinks = ['url', 'x-google-conference', 'x-microsoft-onlinemeetingurl', 'x-microsoft-skypeteamsmeetingurl']
    .map((name) => stringValue(vevent.getFirstPropertyValue(name)) ?? '')
    .join(' ');
  return {
    uid: stringValue(event.uid) ?? null,
    method,
    cancelled: method === 'CANCEL' || status === 'CANCELLED',
    summary: stringValue(event.summary) ?? '',
    start,
    end,
    allDay: event.startDate.isDate,
    timeZone: zoneName,
    localStart: zoneName && !event.startDate.isDate ? wallTime(start, zoneName) : null,
    location,
    videoLink: meetingLink(`${location} ${extraLinks} ${description}`),
    organizer: person(vevent.getFirstProperty('organizer')),
    attendees: event.attendees
      .map((property) => {
        const who = person(property);
        return who
          ? { ...who, role: (stringValue(property.getParameter('role')) ?? 'REQ-PARTICIPANT').toUpperCase() }
          : null;
      })
      .filter((entry): entry is InvitationAttendee => entry !== null),
  };
}

function registerZones(root: ICAL.Component): string[] {
  const ids: string[] = [];
  for (const component of root.getAllSubcomponents('vtimezone')) {
    const tzid = stringValue(component.getFirstPropertyValue('tzid'));
    if (!tzid || ICAL.TimezoneService.has(tzid)) continue;
    ICAL.TimezoneService.register(component);
    ids.push(tzid);
  }
  return ids;
}

/** The IANA zone of a DTSTART: its TZID when that is an IANA name or a known Windows name. */
function zoneOf(property: ICAL.Property | null): string | null {
  const tzid = stringValue(property?.getParameter('tzid'))?.replace(/^"|"$/g, '').replace(/^\//, '');
  if (tzid) {
    if (isTimeZone(tzid)) return tzid;
    return windowsZoneToIana(tzid);
  }
  const value = property?.getFirstValue();
  return value instanceof ICAL.Time && value.zone === ICAL.Timezone.utcTimezone ? 'UTC' : null;
}

function instant(time: ICAL.Time, zoneName: string | null): string {
  if (time.isDate) return new Date(Date.UTC(time.year, time.month - 1, time.day)).toISOString();
  // A TZID without its VTIMEZONE leaves ical.js with a floating time: place it in the named zone.
  if (time.zone === ICAL.Timezone.localTimezone || time.zone === undefined || time.zone?.tzid === 'floating') {
    const local = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}`;
    if (zoneName && zoneName !== 'UTC') return new Date(localToUtc(local, zoneName)).toISOString();
    return new Date(`${local}:${pad(time.second)}Z`).toISOString();
  }
  return time.toJSDate().toISOString();
}

function wallTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

function meetingLink(text: string): string | null {
  const links = (text.match(LINK) ?? []).map((link) => link.replace(/[).,;>\]]+$/, ''));
  return links.find((link) => MEETING_HOSTS.test(link)) ?? links[0] ?? null;
}

function person(property: ICAL.Property | null): InvitationPerson | null {
  if (!property) return null;
  const value = stringValue(property.getFirstValue()) ?? '';
  const email = value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  const name = (stringValue(property.getParameter('cn')) ?? '').replace(/^"|"$/g, '').trim();
  if (!email && !name) return null;
  return { name, email: email.includes('@') ? email : '' };
}

function stringValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
