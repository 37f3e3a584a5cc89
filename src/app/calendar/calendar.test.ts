// The plan as a calendar on SQLite and PostgreSQL: one event per open touch with its reason and a
// reminder; the feed answers only its current token, stores only the token's hash, and rotates.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';
import { AppError } from '../../core/errors.js';

const notFound = (e: unknown) =>
  e instanceof AppError && e.code === 'not-found' && !/[A-Za-z0-9_-]{43}/.test(e.message);
const tokenOf = (path: string) => /\/calendar\/feed\/([A-Za-z0-9_-]+)\.ics$/.exec(path)?.[1] ?? '';

function events(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toJSDate().toISOString(),
      alarms: v.getAllSubcomponents('valarm').length,
      url: v.getFirstPropertyValue('url'),
    };
  });
}

for (const d of dialects()) {
  describe(`calendar (${d.name})`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp({ make: d.make });
    });
    afterEach(async () => t.close());

    test('one event per open touch, with who, where, why, the UTC due time and a reminder', async () => {
      const iv = await t.api.interviews.add({
        company: 'Acme, Inc.',
        role: 'PM; Growth',
        at: '2026-03-03T10:00',
        tz: 'America/New_York',
        interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }],
        contact: 'Dana',
        timeframe: 'we hope to decide by the end of next week',
      });
      const plan = await t.api.followUps.plan(iv.id);
      const open = plan.touches.filter((x) => x.status === 'pending');
      const thanks = open.find((x) => x.kind === 'thank-you');
      assert.ok(thanks);
      await t.api.followUps.done(thanks.id);
      // The front end says where its pages are; the CLI's and the web's: src/cli/hints.test.ts, src/web/hints.test.ts.
      const file = await t.api.calendar.file((h) => `https://ft.example/${h.action}/${h.id}#${h.field}`);
      const got = events(file.ics);
      assert.equal(got.length, open.length - 1, 'a done touch is not in the calendar');
      assert.equal(file.events, got.length);
      const checkIn = open.find((x) => x.kind === 'check-in-1');
      assert.ok(checkIn);
      const e = got.find((x) => x.uid === `${checkIn.id}@followthrough`);
      assert.ok(e);
      assert.equal(e.summary, 'Check in with Dana Reyes (Acme, Inc., PM; Growth)');
      assert.equal(e.start, new Date(checkIn.dueAt).toISOString());
      assert.ok(e.description.startsWith(checkIn.reason));
      const page = `https://ft.example/interview.show/${iv.id}#touch-${checkIn.id}`;
      assert.ok(e.description.endsWith(`When it is done, mark it on its page: ${page}`), e.description);
      assert.equal(e.url, page);
      assert.equal(e.alarms, 1);
    });

    test('the feed answers its token only; only the hash is stored; rotating retires the old URL', async () => {
      assert.deepEqual(await t.api.calendar.feedStatus(), { active: false, createdAt: null });
      await assert.rejects(t.api.calendar.feed('x'.repeat(43)), notFound);
      const first = await t.api.calendar.rotateFeed();
      const token = tokenOf(first.path);
      assert.equal(token.length, 43, '256 random bits in base64url');
      assert.ok((await t.api.calendar.feed(token)).ics.startsWith('BEGIN:VCALENDAR'));
      const rows = await t.store.db.selectFrom('calendar_feeds').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.token_hash, createHash('sha256').update(token).digest('hex'));
      assert.ok(!JSON.stringify(rows).includes(token), 'the token itself is not stored');
      for (const wrong of ['', 'short', `${token.slice(0, 42)}A`, `${token}A`, token.toUpperCase()]) {
        if (wrong === token) continue;
        await assert.rejects(t.api.calendar.feed(wrong), notFound, wrong);
      }
      await assert.rejects(t.forOwner('other').calendar.feed(token), notFound, "another owner's api");
      t.tick();
      const second = await t.api.calendar.rotateFeed();
      assert.notEqual(second.path, first.path);
      await assert.rejects(t.api.calendar.feed(token), notFound);
      assert.ok((await t.api.calendar.feed(tokenOf(second.path))).ics.includes('BEGIN:VCALENDAR'));
      assert.equal((await t.api.calendar.feedStatus()).createdAt, second.createdAt);
    });
  });
}
