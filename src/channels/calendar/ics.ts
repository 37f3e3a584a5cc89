// The plan as an iCalendar file (issue 6): one event per open touch, each with a reminder. Times are
// written as UTC instants (DTSTART:…Z), which every calendar app places correctly in its own zone
// without needing a VTIMEZONE; ical-generator escapes TEXT (\ ; , newline) and folds at 75 octets.

export interface CalendarEvent {
  /** Stable across exports, so a subscribed calendar updates the event instead of duplicating it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  /** The reminder, this many seconds before the start. */
  alarmBefore: number;
  /** The event's page (URL property), when there is one. */
  url?: string;
}

export interface CalendarInput {
  name: string;
  /** DTSTAMP: when this copy was made (the app's clock). */
  stamp: Date;
  events: CalendarEvent[];
}

/**
 * TEXT may not carry control characters other than tab (RFC 5545 3.3.11); newlines are escaped by
 * ical-generator. Lone surrogates (broken UTF-16) would not encode: they become U+FFFD.
 */
export function icsText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export async function buildIcs(input: CalendarInput): Promise<string> {
  const { default: ical, ICalAlarmType } = await import('ical-generator');
  const calendar = ical({
    name: icsText(input.name),
    prodId: { company: 'Follow-Through', product: 'followthrough', language: 'EN' },
    // Subscribed calendars refresh about hourly; the apps that honour this hint do.
    ttl: 60 * 60,
  });
  for (const e of input.events) {
    const summary = icsText(e.summary);
    calendar.createEvent({
      id: e.uid,
      start: e.start,
      end: e.end,
      stamp: input.stamp,
      summary,
      description: icsText(e.description),
      ...(e.url && { url: e.url }),
      alarms: [{ type: ICalAlarmType.display, triggerBefore: e.alarmBefore, description: summary }],
    });
  }
  return calendar.toString();
}
