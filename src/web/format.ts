// How values are shown on the page: dates with their weekday and zone, safe links, labels.
import type { Channel, InterviewFormat, OpportunityStatus, ParticipantRole, Permission } from '../core/model.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-03T10:00" in "America/New_York" -> "Tue 3 Mar 2026, 10:00 America/New_York". */
export function formatLocal(startsAt: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(startsAt);
  if (!m) return `${startsAt} ${timeZone}`;
  const [, y, mo, d, h, mi] = m;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()];
  return `${weekday} ${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}, ${h}:${mi} ${timeZone}`;
}

/** The link target for a URL the user entered, or null when it is not plain http(s). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export const FORMAT_LABELS: Record<InterviewFormat, string> = {
  'in-person': 'In person',
  video: 'Video call',
  phone: 'Phone call',
};

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  interviewer: 'Interviewer',
  'hiring-manager': 'Hiring manager',
  recruiter: 'Recruiter',
};

export const PERMISSION_LABELS: Record<Permission, string> = {
  yes: 'Yes, they said I may follow up',
  no: 'No, they asked me not to',
  unknown: 'Not discussed',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone',
  letter: 'Letter',
  card: 'Card',
  any: 'Any',
};

export const STATUS_LABELS: Record<OpportunityStatus, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  declined: 'Declined',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'No answer (ghosted)',
};

let zones: string[] | undefined;
/** IANA zones for the time-zone datalist. */
export function timeZones(): string[] {
  zones ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
  return zones;
}

/** "2026-03-17" -> "Tue 17 Mar 2026". */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const [, y, mo, d] = m;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()];
  return `${weekday} ${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
}

/** The wall-clock "YYYY-MM-DDTHH:MM" of a UTC instant in a zone (UTC when the zone is unknown). */
export function localDateTime(instant: string | Date, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = zonedFormat(timeZone).formatToParts(date);
  } catch {
    parts = zonedFormat('UTC').formatToParts(date);
  }
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

// Building a DateTimeFormat costs more than formatting with it; a page formats hundreds of dates.
const formats = new Map<string, Intl.DateTimeFormat>();
const zonedFormat = (timeZone: string): Intl.DateTimeFormat => {
  let format = formats.get(timeZone);
  if (!format) {
    format = newZonedFormat(timeZone);
    formats.set(timeZone, format);
  }
  return format;
};

const newZonedFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

/** A UTC instant shown in a zone: "Tue 17 Mar 2026, 10:00 America/New_York". */
export const formatInstant = (instant: string | Date, timeZone: string): string =>
  formatLocal(localDateTime(instant, timeZone), timeZone);
