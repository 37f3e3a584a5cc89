// The notes.check use case on both dialects: input validation naming the field, the interview
// context loaded for this owner only, the recipient resolved from the panel, and the real dictionaries.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';
import { AppError } from '../../core/errors.js';
import type { InterviewRecord } from '../../core/model.js';
import type { NoteReport } from '../../core/notes/types.js';

const badField = (field: string, pattern?: RegExp) => (e: unknown) =>
  e instanceof AppError &&
  e.code === 'bad-input' &&
  e.problems.some((p) => p.field === field && (!pattern || pattern.test(p.message)));

const passed = (r: NoteReport, id: string) => r.checks.find((c) => c.id === id)?.passed;
const advice = (r: NoteReport, id: string) => r.checks.find((c) => c.id === id)?.advice ?? '';

const NOTE = `Dear Dana,

Thank you for walking me through the Q3 roadmap this afternoon. I want this role because I used Acme dashboards every day to plan stock for forty stores.
At Brightpath I led the onboarding redesign that cut time-to-value by 40%, and I would bring that approach to your self-serve work.

Best regards,
Alex`;

for (const d of dialects()) {
  describe(`notes.check (${d.name})`, () => {
    let t: TestApp;
    let iv: InterviewRecord;
    before(async () => {
      t = await testApp({ make: d.make });
      iv = await t.api.interviews.add({
        company: 'Acme Analytics',
        role: 'Senior Product Manager',
        at: '2026-03-03T10:00',
        tz: 'America/New_York',
        interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }, { name: 'Sam Lee' }],
      });
      await t.api.interviews.recordNotes(iv.id, {
        interviewer: 'Dana',
        topics: ['Q3 roadmap'],
        challenges: [{ challenge: 'churn in enterprise accounts', idea: '' }],
      });
    });
    after(async () => {
      await t.close();
    });

    test('bad text is refused with a message naming the field text', async () => {
      const cases: [string, RegExp][] = [
        ['', /empty/],
        ['  \n\t ', /empty/],
        ['Dear Dana\u0000\u0001', /binary/],
        ['Thanks\u001b[31m', /binary/],
        ['a'.repeat(20_001), /20,001 characters.*at most 20,000/],
      ];
      for (const [text, message] of cases) {
        await assert.rejects(t.api.notes.check({ text }), badField('text', message), JSON.stringify(text.slice(0, 20)));
      }
      await assert.rejects(t.api.notes.check({ text: NOTE, channel: 'fax' as 'email' }), badField('channel'));
      await assert.rejects(t.api.notes.check({ text: NOTE, sentAt: 'yesterday' }), badField('sentAt'));
      await assert.rejects(t.api.notes.check({ text: NOTE, to: 'Dana' }), badField('to', /needs an interview/));
    });

    test('any Unicode text within the limit is checked: emoji count as one character, CRLF is fine', async () => {
      const emoji = '😀'.repeat(20_000); // 40,000 UTF-16 units, 20,000 characters
      const r = await t.api.notes.check({ text: emoji });
      assert.ok(r.score >= 0 && r.score <= 100);
      const rtl = await t.api.notes.check({ text: 'שלום דנה,\r\nתודה רבה על הראיון “היום”.\tمرحبا' });
      assert.equal(rtl.generic, true);
    });

    test('without an interview: names and timeliness do not apply, spelling uses the real dictionaries', async () => {
      const r = await t.api.notes.check({ text: `${NOTE}\nI realy enjoyed it.` });
      assert.equal(passed(r, 'names'), null);
      assert.equal(passed(r, 'timeliness'), null);
      assert.equal(passed(r, 'spelling'), false);
      assert.match(advice(r, 'spelling'), /"realy"/);
      const clean = await t.api.notes.check({ text: NOTE, channel: 'letter' });
      assert.equal(passed(clean, 'spelling'), true, 'onboarding, time-to-value and the names are not errors');
      assert.equal(passed(clean, 'length'), false, 'too short for a letter');
    });

    test('with an interview: the recipient, the company and the notes come from the record', async () => {
      const r = await t.api.notes.check({ text: NOTE, interviewId: iv.id, to: 'dana@acme.example' });
      assert.equal(passed(r, 'names'), true);
      assert.equal(passed(r, 'specific-detail'), true);
      assert.match(advice(r, 'challenge'), /You noted Dana mentioned churn in enterprise accounts: offer one idea/);

      const toSam = await t.api.notes.check({ text: NOTE, interviewId: iv.id, to: 'Sam' });
      assert.equal(passed(toSam, 'names'), false);
      assert.match(advice(toSam, 'names'), /Dana Reyes, but this note is for Sam Lee/);

      const wrongCompany = await t.api.notes.check({
        text: NOTE.replace('I want this role', 'I want to join Globex'),
        interviewId: iv.id,
      });
      assert.equal(passed(wrongCompany, 'names'), false);

      await assert.rejects(
        t.api.notes.check({ text: NOTE, interviewId: iv.id, to: 'Pat Kim' }),
        badField('to', /Dana Reyes/),
      );
    });

    test('timeliness from sentAt: an instant or local time in the interview zone, against its end', async () => {
      // The interview starts 10:00 New York (15:00Z) and is assumed to end an hour later.
      const within = await t.api.notes.check({ text: NOTE, interviewId: iv.id, sentAt: '2026-03-03T18:00' });
      assert.equal(passed(within, 'timeliness'), true);
      const late = await t.api.notes.check({ text: NOTE, interviewId: iv.id, sentAt: '2026-03-05T09:00:00Z' });
      assert.equal(passed(late, 'timeliness'), false);
    });

    test('uniqueness applies when the other notes of the panel are passed', async () => {
      const copy = NOTE.replace('Dear Dana', 'Dear Sam');
      const r = await t.api.notes.check({ text: NOTE, interviewId: iv.id, otherNotes: [copy] });
      assert.equal(passed(r, 'uniqueness'), false);
      await assert.rejects(
        t.api.notes.check({ text: NOTE, otherNotes: ['x\u0000'] }),
        badField('otherNotes.0', /binary/),
      );
    });

    test("another owner's interview is not found", async () => {
      await assert.rejects(
        t.forOwner('someone-else').notes.check({ text: NOTE, interviewId: iv.id }),
        (e: unknown) => e instanceof AppError && e.code === 'not-found',
      );
      await assert.rejects(
        t.api.notes.check({ text: NOTE, interviewId: 'iv_nope' }),
        (e: unknown) => e instanceof AppError && e.code === 'not-found',
      );
    });
  });
}
