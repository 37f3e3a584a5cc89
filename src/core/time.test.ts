// Wall-clock times in named zones: validation, and conversion to UTC through DST gaps and overlaps.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { isLocalDateTime, isTimeZone, localToUtc } from './time.js';

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'America/St_Johns',
  'Pacific/Apia',
];
const zone = fc.constantFrom(...ZONES);
const pad = (n: number) => String(n).padStart(2, '0');
const local = fc
  .record({
    y: fc.integer({ min: 1990, max: 2060 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ y, mo, d, h, mi }) => `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`);
const toLocal = (utc: string, tz: string) =>
  Temporal.Instant.from(utc).toZonedDateTimeISO(tz).toPlainDateTime().toString({ smallestUnit: 'minute' });
/** Throws when the wall-clock time does not exist in the zone (or exists twice). */
const exactly = (l: string, tz: string) =>
  Temporal.PlainDateTime.from(l).toZonedDateTime(tz, { disambiguation: 'reject' });

describe('time', () => {
  test('isTimeZone accepts IANA names only', () => {
    for (const tz of ['UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5'])
      assert.ok(isTimeZone(tz), tz);
    for (const tz of ['', 'Mars/Olympus', 'Berlin', 'Europe/Berlin; rm -rf', '../etc/passwd'])
      assert.ok(!isTimeZone(tz), tz);
  });

  test('isLocalDateTime accepts real dates and times as YYYY-MM-DDTHH:MM', () => {
    for (const s of ['2026-03-03T10:00', '2028-02-29T23:59', '2026-12-31T00:00']) assert.ok(isLocalDateTime(s), s);
    for (const s of [
      '2026-02-29T10:00',
      '2026-13-01T00:00',
      '2026-03-03T24:00',
      '2026-03-03T10:60',
      '2026-03-03T10:00:00',
      '2026-03-03 10:00',
      '3 March',
    ])
      assert.ok(!isLocalDateTime(s), s);
  });

  test('localToUtc across DST: a time in the gap moves forward, an ambiguous one takes the earlier', () => {
    assert.equal(localToUtc('2026-03-03T10:00', 'America/New_York'), '2026-03-03T15:00:00Z');
    assert.equal(localToUtc('2026-07-01T10:00', 'America/New_York'), '2026-07-01T14:00:00Z');
    assert.equal(localToUtc('2026-03-08T02:30', 'America/New_York'), '2026-03-08T07:30:00Z'); // gap
    assert.equal(localToUtc('2026-11-01T01:30', 'America/New_York'), '2026-11-01T05:30:00Z'); // overlap: EDT
    assert.equal(localToUtc('2026-03-29T02:30', 'Europe/Berlin'), '2026-03-29T01:30:00Z'); // gap
  });

  test('property: local -> UTC -> local is the same time, or later when the time falls in a DST gap', () => {
    fc.assert(
      fc.property(local, zone, (l, tz) => {
        const back = toLocal(localToUtc(l, tz), tz);
        if (back === l) return;
        assert.ok(back > l, `${l} ${tz} came back as ${back}`);
        assert.throws(() => exactly(l, tz), 'only a time that does not exist may move');
      }),
      { numRuns: 3000 },
    );
  });

  test('property: UTC -> local -> UTC is the same instant, or the earlier one of an ambiguous time', () => {
    const minutes = fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 });
    const instant = minutes.map((m) => Temporal.Instant.fromEpochMilliseconds(m * 60_000).toString());
    fc.assert(
      fc.property(instant, zone, (utc, tz) => {
        const again = localToUtc(toLocal(utc, tz), tz);
        const want = Temporal.Instant.from(utc).toString();
        if (again === want) return;
        assert.ok(
          Temporal.Instant.compare(Temporal.Instant.from(again), Temporal.Instant.from(utc)) < 0,
          `${utc} ${tz} -> ${again}`,
        );
        assert.equal(toLocal(again, tz), toLocal(utc, tz), 'the same wall-clock time, an hour earlier');
      }),
      { numRuns: 3000 },
    );
  });
});
