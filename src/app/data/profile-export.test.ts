// Profile, overview and export on both dialects: the export holds everything the owner has, and
// nothing of anyone else's.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';
import { AppError } from '../../core/errors.js';

for (const d of dialects()) {
  describe(`profile, overview and export (${d.name})`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp({ make: d.make });
    });
    afterEach(async () => {
      await t.close();
    });

    test('the profile starts empty and changes only the fields given', async () => {
      const empty = await t.api.profile.get();
      assert.equal(empty.name, '');
      assert.ok(empty.timeZone.length > 0, 'defaults to the machine time zone');
      await t.api.profile.update({ name: 'Jo Candidate', email: 'jo@example.com', timeZone: 'Europe/Berlin' });
      const after = await t.api.profile.update({ address: 'Hauptstr. 1\n10115 Berlin', country: 'de' });
      assert.deepEqual(after, {
        ...empty,
        name: 'Jo Candidate',
        email: 'jo@example.com',
        timeZone: 'Europe/Berlin',
        address: 'Hauptstr. 1\n10115 Berlin',
        country: 'DE',
      });
      assert.deepEqual(await t.api.profile.get(), after);
    });

    test('bad profile input names the field', async () => {
      for (const [input, field] of [
        [{ email: 'jo@' }, 'email'],
        [{ timeZone: 'Berlin' }, 'timeZone'],
        [{ name: 'Jo\r\nBcc: x@y.z' }, 'name'],
      ] as const) {
        await assert.rejects(
          t.api.profile.update(input),
          (e: unknown) => e instanceof AppError && e.code === 'bad-input' && e.problems.some((p) => p.field === field),
        );
      }
      assert.equal(await t.count('profiles'), 0);
    });

    test('overview lists each opportunity with its rounds in order', async () => {
      const later = await t.api.interviews.add({ company: 'Acme', role: 'PM', at: '2026-03-10T10:00', tz: 'UTC' });
      const earlier = await t.api.interviews.add({ company: 'Acme', role: 'PM', at: '2026-03-03T10:00', tz: 'UTC' });
      await t.api.interviews.add({ company: 'Globex', role: 'PM', at: '2026-03-05T10:00', tz: 'UTC' });
      const overview = await t.api.overview();
      assert.equal(overview.length, 2);
      const acme = overview.find((o) => o.company === 'Acme');
      assert.deepEqual(
        acme?.interviews.map((i) => i.id),
        [earlier.id, later.id],
      );
    });

    test('export contains everything the owner has, and nothing of another owner', async () => {
      await t.api.profile.update({ name: 'Jo Candidate' });
      const iv = await t.api.interviews.add({
        company: 'Acme',
        role: 'PM',
        at: '2026-03-03T10:00',
        tz: 'UTC',
        interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }],
        contact: 'recruiter@acme.example',
        timeframe: 'two weeks',
      });
      await t.api.interviews.recordNotes(iv.id, { interviewer: 'Dana', topics: ['roadmap'] });
      const other = t.forOwner('someone-else');
      await other.profile.update({ name: 'Not Jo' });
      await other.interviews.add({ company: 'Secret Co', role: 'Spy', at: '2026-03-03T10:00', tz: 'UTC' });

      const doc = await t.api.exportAll();
      assert.equal(doc.format, 'followthrough-export');
      assert.equal(doc.version, 1);
      assert.equal(doc.exportedAt, '2026-03-03T09:00:00.000Z');
      assert.equal(doc.profile.name, 'Jo Candidate');
      assert.deepEqual(doc.interviews, [await t.api.interviews.show(iv.id)]);
      assert.deepEqual(
        doc.opportunities.map((o) => o.company),
        ['Acme'],
      );
      assert.deepEqual(doc.contacts.map((c) => c.email).sort(), ['dana@acme.example', 'recruiter@acme.example']);
      assert.equal(doc.interviews[0]?.notes[0]?.topics[0], 'roadmap');
      const plan = await t.api.followUps.plan(iv.id);
      assert.deepEqual(
        doc.touches.map((x) => x.id).sort(),
        plan.touches.map((x) => x.id).sort(),
        'the plan is exported',
      );
      assert.ok(doc.touches.some((x) => x.kind === 'check-in-1'));
      assert.deepEqual(doc.events, plan.events);
      assert.deepEqual(doc.quizAttempts, await t.api.quiz.history());
      const text = JSON.stringify(doc);
      assert.ok(!text.includes('Secret Co') && !text.includes('Not Jo'), 'no other owner data');
      assert.deepEqual(JSON.parse(text), doc, 'the export is plain JSON');
    });
  });
}
