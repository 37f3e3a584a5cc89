import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { parseEmail } from '../email/parse.js';
import { InvalidInvitation, readInvitation } from './invitation.js';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

// The shape Exchange sends: Windows zone names with their VTIMEZONE, folded lines, a Teams link.
const outlook = crlf([
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'PRODID:Microsoft Exchange Server 2010',
  'VERSION:2.0',
  'BEGIN:VTIMEZONE',
  'TZID:Eastern Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'ORGANIZER;CN="Reyes, Dana":mailto:Dana.Reyes@northwind.example',
  'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Lee:mailto:sam@example.org',
  'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Okafor, Chidi":mailto:chidi@northwind.example',
  'ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Priya Nair:mailto:PRIYA@northwind.example',
  'DESCRIPTION:Hi Sam\\, looking forward to it.\\n\\nJoin the meeting now: https://teams.microsoft.co',
  ' m/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x',
  'UID:040000008200E00074C5B7101A82E00800000000',
  'SUMMARY;LANGUAGE=en-US:Final round: Dispatch Engineer',
  'DTSTART;TZID=Eastern Standard Time:20261113T100000',
  'DTEND;TZID=Eastern Standard Time:20261113T113000',
  'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
  'STATUS:CONFIRMED',
  'END:VEVENT',
  'END:VCALENDAR',
]);

test('an Exchange invitation gives the instant, the IANA zone, the Teams link and the panel', () => {
  const invitation = readInvitation(outlook);
  assert.equal(invitation.method, 'REQUEST');
  assert.equal(invitation.cancelled, false);
  assert.equal(invitation.summary, 'Final round: Dispatch Engineer');
  assert.equal(invitation.start, '2026-11-13T15:00:00.000Z');
  assert.equal(invitation.end, '2026-11-13T16:30:00.000Z');
  assert.equal(invitation.timeZone, 'America/New_York');
  assert.equal(invitation.localStart, '2026-11-13T10:00');
  assert.equal(invitation.location, 'Microsoft Teams Meeting');
  assert.equal(
    invitation.videoLink,
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x',
  );
  assert.deepEqual(invitation.organizer, { name: 'Reyes, Dana', email: 'dana.reyes@northwind.example' });
  assert.deepEqual(
    invitation.attendees.map((a) => [a.name, a.email, a.role]),
    [
      ['Sam Lee', 'sam@example.org', 'REQ-PARTICIPANT'],
      ['Okafor, Chidi', 'chidi@northwind.example', 'REQ-PARTICIPANT'],
      ['Priya Nair', 'priya@northwind.example', 'OPT-PARTICIPANT'],
    ],
  );
});

test('the zone is not left registered after reading', () => {
  readInvitation(outlook);
  assert.equal(ICAL.TimezoneService.has('Eastern Standard Time'), false);
});

test('a Google invitation in UTC with its Meet link', () => {
  const invitation = readInvitation(
    crlf([
      'BEGIN:VCALENDAR',
      'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
      'VERSION:2.0',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'DTSTART:20261202T170000Z',
      'DTEND:20261202T174500Z',
      'ORGANIZER;CN=recruiting@acme.example:mailto:recruiting@acme.example',
      'UID:7kukuqrfedlm2f9t0vm0d3kb@google.com',
      'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lena Park;X-NUM-GUESTS=0:mailto:lena@acme.example',
      'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij',
      'DESCRIPTION:Please see the agenda at https://acme.example/agenda before the call.',
      'SUMMARY:Technical interview',
      'END:VEVENT',
      'END:VCALENDAR',
    ]),
  );
  assert.equal(invitation.start, '2026-12-02T17:00:00.000Z');
  assert.equal(invitation.timeZone, 'UTC');
  assert.equal(invitation.videoLink, 'https://meet.google.com/abc-defg-hij');
  assert.equal(invitation.attendees[0]?.name, 'Lena Park');
});

test('an IANA TZID without its VTIMEZONE is placed in that zone, across a DST change', () => {
  const ics = (day: string) =>
    crlf([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:x',
      `DTSTART;TZID=Europe/Berlin:${day}T093000`,
      'SUMMARY:Onsite',
      'LOCATION:Hauptstr. 5\\, Berlin',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  assert.equal(readInvitation(ics('20260325')).start, '2026-03-25T08:30:00.000Z');
  assert.equal(readInvitation(ics('20260401')).start, '2026-04-01T07:30:00.000Z');
  const plain = readInvitation(ics('20260401'));
  assert.equal(plain.method, null);
  assert.equal(plain.location, 'Hauptstr. 5, Berlin');
  assert.equal(plain.videoLink, null);
  assert.equal(plain.localStart, '2026-04-01T09:30');
});

test('a cancellation and an all-day event are told apart', () => {
  const cancelled = readInvitation(
    crlf([
      'BEGIN:VCALENDAR',
      'METHOD:CANCEL',
      'BEGIN:VEVENT',
      'UID:y',
      'DTSTART:20261113T150000Z',
      'STATUS:CANCELLED',
      'END:VEVENT',
      'END:VCALENDAR',
    ]),
  );
  assert.equal(cancelled.cancelled, true);
  const allDay = readInvitation(
    crlf([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:z',
      'DTSTART;VALUE=DATE:20261120',
      'SUMMARY:Assessment day',
      'END:VEVENT',
      'END:VCALENDAR',
    ]),
  );
  assert.equal(allDay.allDay, true);
  assert.equal(allDay.localStart, null);
  assert.equal(allDay.start, '2026-11-20T00:00:00.000Z');
});

test('what is not an invitation is refused with its reason', () => {
  const refused = (text: string, reason: RegExp) =>
    assert.throws(
      () => readInvitation(text),
      (error: Error) => error instanceof InvalidInvitation && reason.test(error.message),
    );
  refused('hello', /not an iCalendar/);
  refused(crlf(['BEGIN:VCALENDAR', 'VERSION:2.0', 'END:VCALENDAR']), /no event/);
  refused(crlf(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:q', 'END:VEVENT', 'END:VCALENDAR']), /no start/);
  refused(`BEGIN:VCALENDAR\r\n${'X-A:b\r\n'.repeat(200_000)}END:VCALENDAR\r\n`, /larger than/);
});

test('an invitation attached to an email is read through the mail parser', async () => {
  const raw = crlf([
    'From: Dana Reyes <dana@northwind.example>',
    'To: sam@example.org',
    'Subject: Invitation: Final round',
    'Content-Type: multipart/mixed; boundary="m"',
    '',
    '--m',
    'Content-Type: text/plain',
    '',
    'Please find the invitation attached.',
    '--m',
    'Content-Type: text/calendar; method=REQUEST; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(outlook).toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--m--',
  ]);
  const email = await parseEmail(raw);
  assert.equal(email.calendars.length, 1);
  assert.equal(email.calendars[0]?.method, 'REQUEST');
  assert.equal(readInvitation(email.calendars[0]?.ics ?? '').start, '2026-11-13T15:00:00.000Z');
});

test('any summary and location survive the iCalendar escaping and folding', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (summary, location) => {
      const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f\ud800-\udfff]/g, ' ');
      const event = new ICAL.Component('vevent');
      event.addPropertyWithValue('uid', 'p');
      event.addPropertyWithValue('dtstart', ICAL.Time.fromDateTimeString('2026-11-13T15:00:00Z'));
      event.addPropertyWithValue('summary', clean(summary));
      event.addPropertyWithValue('location', clean(location));
      const calendar = new ICAL.Component('vcalendar');
      calendar.addSubcomponent(event);
      const read = readInvitation(calendar.toString());
      assert.equal(read.summary, clean(summary));
      assert.equal(read.location, clean(location));
    }),
  );
});
