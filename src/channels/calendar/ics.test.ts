// Calendars read back with ical.js: whatever the names and reasons hold (commas, semicolons,
// backslashes, newlines, emoji, long text), every event comes back with the same summary,
// description and UTC start, with its reminder, and no line is longer than 75 octets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { buildIcs, type CalendarEvent, icsText } from './ics.js';

const STAMP = new Date('2026-11-26T12:00:00Z');

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({
    unit: fc.constantFrom(',', ';', '\\', '\n', '\r\n', ':', '"', ' ', 'a', 'Ł', 'Ж', '😀', '👩‍💻', '\t'),
    maxLength: 200,
  }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const instant = fc
  .integer({ min: Date.parse('2020-01-01T00:00:00Z') / 60000, max: Date.parse('2035-12-31T00:00:00Z') / 60000 })
  .map((m) => new Date(m * 60000));
const event = fc.record({ summary: text, description: text, start: instant, alarm: fc.constantFrom(900, 7200) });

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const alarm = v.getFirstSubcomponent('valarm');
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toJSDate().toISOString(),
      startIsUtc: e.startDate.zone?.tzid === 'UTC',
      trigger: String(alarm?.getFirstPropertyValue('trigger') ?? ''),
      action: alarm?.getFirstPropertyValue('action'),
    };
  });
}

describe('buildIcs', () => {
  test('summaries, descriptions and UTC starts survive a round trip through ical.js', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 6 }), async (specs) => {
        const events: CalendarEvent[] = specs.map((s, i) => ({
          uid: `tc_${i}@followthrough`,
          start: s.start,
          end: new Date(s.start.getTime() + 1_800_000),
          summary: s.summary,
          description: s.description,
          alarmBefore: s.alarm,
        }));
        const ics = await buildIcs({ name: 'Follow-Through; plan, mine', stamp: STAMP, events });
        for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line too long: ${line}`);
        const back = parse(ics);
        assert.equal(back.length, events.length);
        back.forEach((b, i) => {
          const e = events[i] as CalendarEvent;
          const spec = specs[i] as (typeof specs)[number];
          assert.equal(b.uid, e.uid);
          assert.equal(b.summary, icsText(spec.summary));
          assert.equal(b.description, icsText(spec.description));
          assert.equal(b.start, e.start.toISOString());
          assert.ok(b.startIsUtc);
          assert.equal(b.action, 'DISPLAY');
          assert.equal(b.trigger, spec.alarm === 900 ? '-PT15M' : '-PT2H');
        });
      }),
      { numRuns: 200 },
    );
  });

  test('icsText keeps text, removes only what TEXT cannot carry', () => {
    assert.equal(icsText('a,b;c\\d\ne'), 'a,b;c\\d\ne');
    assert.equal(icsText('a\r\nb\rc'), 'a\nb\nc');
    assert.equal(icsText('bell\u0007 tab\t'), 'bell tab\t');
    assert.equal(icsText('x\ud800y'), 'x\ufffdy');
    assert.equal(icsText('😀'), '😀');
  });
});
