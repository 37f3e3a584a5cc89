import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { HolidayCalendar } from '../timeframe/types.js';
import { addressProblems, headerTextProblems, isEmailAddress, messageIdFor } from './headers.js';
import { mailtoLink } from './mailto.js';
import { nextAttemptAt } from './retry.js';
import { suggestSendTime } from './send-time.js';

const calendar = (holidays: string[] = []): HolidayCalendar => ({
  country: 'US',
  isPublicHoliday: (d) => holidays.includes(d),
  dateOf: () => null,
});

describe('mailto links (RFC 6068)', () => {
  test('percent-encodes subject and body as UTF-8, %20 for spaces, CRLF line breaks', () => {
    assert.equal(
      mailtoLink({ to: 'dana@acme.example', subject: 'Thanks & more?', body: 'Hi Dana,\nŁódź 100%' }),
      'mailto:dana@acme.example?subject=Thanks%20%26%20more%3F&body=Hi%20Dana%2C%0D%0A%C5%81%C3%B3d%C5%BA%20100%25',
    );
    assert.equal(mailtoLink({ to: null, subject: '', body: '' }), 'mailto:');
  });

  test('any subject and body survive decoding, and nothing else becomes a field', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (subject, body) => {
        const url = new URL(mailtoLink({ to: 'a+b@acme.example', subject: subject || 'x', body: body || 'y' }));
        assert.equal(url.pathname, 'a+b@acme.example');
        assert.deepEqual([...url.searchParams.keys()], ['subject', 'body']);
        const raw = url.search
          .slice(1)
          .split('&')
          .map((kv) => decodeURIComponent(kv.split('=')[1] ?? ''));
        assert.equal(raw[0], subject || 'x');
        assert.equal(raw[1], (body || 'y').replace(/\r?\n/g, '\r\n'));
      }),
    );
  });
});

describe('header safety', () => {
  test('addresses: plain addr-specs only', () => {
    assert.ok(isEmailAddress('dana.reyes+jobs@mail.acme.example'));
    for (const bad of [
      'dana',
      'dana@acme',
      'a b@acme.example',
      'dana@acme.example\r\nBcc: x@y.example',
      '"q"@acme.example',
      'a..b@acme.example',
    ])
      assert.ok(addressProblems('to', bad).length > 0, bad);
  });
  test('names and subjects: control characters refused, everything else allowed', () => {
    assert.deepEqual(headerTextProblems('subject', 'Łódź, "quoted" <x@y.example>; =?utf-8?q?x?='), []);
    assert.match(headerTextProblems('subject', 'a\r\nBcc: x@y.example')[0]?.message ?? '', /line break/);
  });
  test('Message-IDs use the sender domain and only safe characters', () => {
    assert.equal(messageIdFor('ft_abc.k9<x>', 'alex@Home.Example'), '<ft_abc.k9x@home.example>');
  });
});

describe('send time in business hours', () => {
  const tz = 'America/New_York';
  test('inside business hours: right away', () => {
    assert.equal(suggestSendTime('2026-03-03T15:00:00Z', tz, calendar()).local, '2026-03-03T10:00');
  });
  test('evening, weekend and holiday move to 09:30 on the next business day', () => {
    assert.equal(suggestSendTime('2026-03-03T23:30:00Z', tz, calendar()).local, '2026-03-04T09:30');
    assert.equal(suggestSendTime('2026-03-06T23:30:00Z', tz, calendar()).local, '2026-03-09T09:30');
    assert.equal(suggestSendTime('2026-03-06T23:30:00Z', tz, calendar(['2026-03-09'])).local, '2026-03-10T09:30');
  });
  test('early morning: 09:30 the same day; the UTC instant follows daylight saving', () => {
    const s = suggestSendTime('2026-03-09T10:00:00Z', tz, calendar());
    assert.equal(s.local, '2026-03-09T09:30');
    assert.equal(s.at, '2026-03-09T13:30:00.000Z');
  });
});

describe('retry backoff', () => {
  test('waits longer each time, then gives up', () => {
    const now = new Date('2026-03-03T18:00:00Z');
    assert.equal(nextAttemptAt(1, now), '2026-03-03T18:01:00.000Z');
    assert.equal(nextAttemptAt(2, now), '2026-03-03T18:05:00.000Z');
    assert.equal(nextAttemptAt(6, now), null);
  });
});
