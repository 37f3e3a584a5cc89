// The interview use cases on SQLite and PostgreSQL: add, show, list, edit, delete; opportunity and
// contact reuse across rounds; bad input named by field with an example; one transaction per action.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';
import { AppError } from '../../core/errors.js';
import type { AddInterviewInput } from './inputs.js';

const base: AddInterviewInput = {
  company: 'Acme Corp',
  role: 'Product Manager',
  at: '2026-03-03T10:00',
  tz: 'America/New_York',
  interviewers: [
    { name: 'Dana Reyes', email: 'dana@acme.example', title: 'Head of Product' },
    { name: 'Sam Lee', email: 'sam@acme.example', role: 'recruiter' },
  ],
  contact: 'Dana',
  timeframe: 'we hope to decide by the end of next week',
  permission: 'yes',
};

/** Asserts a bad-input AppError naming `field`, with an example when `example` is true. */
export async function rejectsField(p: Promise<unknown>, field: string, example = true): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof AppError, `expected an AppError, got ${String(e)}`);
    assert.equal(e.code, 'bad-input');
    const problem = e.problems.find((x) => x.field === field);
    assert.ok(problem, `expected a problem for ${field}, got ${JSON.stringify(e.problems)}`);
    assert.ok(e.message.includes(field), 'the message names the field');
    if (example) assert.ok(problem.example && e.message.includes(problem.example), 'the message gives an example');
    return true;
  });
}

const notFound = (e: unknown) => e instanceof AppError && e.code === 'not-found';

for (const d of dialects()) {
  describe(`interviews (${d.name})`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp({ make: d.make });
    });
    afterEach(async () => {
      await t.close();
    });

    test('add records the interview, its panel and next steps; show returns the same record', async () => {
      const added = await t.api.interviews.add(base);
      assert.match(added.id, /^iv_/);
      assert.equal(added.startsAtUtc, '2026-03-03T15:00:00Z');
      assert.equal(added.format, 'video');
      assert.equal(added.opportunity.company, 'Acme Corp');
      assert.equal(added.opportunity.status, 'interviewing');
      assert.deepEqual(
        added.participants.map((p) => [p.contact.name, p.contact.email, p.contact.title, p.role]),
        [
          ['Dana Reyes', 'dana@acme.example', 'Head of Product', 'interviewer'],
          ['Sam Lee', 'sam@acme.example', '', 'recruiter'],
        ],
      );
      assert.equal(added.nextSteps.contactId, added.participants[0]?.contact.id, '"Dana" names the panel member');
      assert.equal(added.nextSteps.timeframe, base.timeframe);
      assert.equal(added.nextSteps.permission, 'yes');
      assert.deepEqual(await t.api.interviews.show(added.id), added);
      assert.deepEqual(JSON.parse(JSON.stringify(added)), added, 'the record is plain JSON');
    });

    test('list returns every interview, most recent start first', async () => {
      const early = await t.api.interviews.add({ ...base, at: '2026-03-01T10:00' });
      const late = await t.api.interviews.add({ ...base, at: '2026-03-09T10:00' });
      assert.deepEqual(
        (await t.api.interviews.list()).map((i) => i.id),
        [late.id, early.id],
      );
    });

    test('a new round joins the open opportunity with the same company and role', async () => {
      const first = await t.api.interviews.add(base);
      const second = await t.api.interviews.add({
        ...base,
        company: 'ACME corp',
        role: 'product manager',
        stage: 'final',
      });
      assert.equal(second.opportunityId, first.opportunityId);
      assert.equal(await t.count('opportunities'), 1);
      await t.api.interviews.edit(first.id, { status: 'rejected' });
      const third = await t.api.interviews.add(base);
      assert.notEqual(third.opportunityId, first.opportunityId, 'a closed opportunity is not reused');
      const joined = await t.api.interviews.add({
        ...base,
        company: undefined,
        role: undefined,
        opportunity: first.opportunityId,
      });
      assert.equal(joined.opportunityId, first.opportunityId, '--opportunity joins the one named');
      await assert.rejects(t.api.interviews.add({ ...base, opportunity: 'op_nope' }), notFound);
    });

    test('a person met in several rounds is one contact, matched by email in any case', async () => {
      const first = await t.api.interviews.add({
        ...base,
        interviewers: [{ email: 'dana@acme.example' }],
        contact: undefined,
      });
      const second = await t.api.interviews.add({
        ...base,
        interviewers: [{ name: 'Dana Reyes', email: 'DANA@Acme.Example', title: 'Head of Product' }],
        contact: undefined,
      });
      const [a, b] = [first.participants[0]?.contact, second.participants[0]?.contact];
      assert.equal(b?.id, a?.id);
      assert.equal(await t.count('contacts'), 1);
      assert.equal(b?.name, 'Dana Reyes', 'what was learned later fills the gaps');
      assert.equal(b?.title, 'Head of Product');
    });

    test('without an email, a name is matched within the same company only', async () => {
      const one = await t.api.interviews.add({ ...base, interviewers: [{ name: 'Pat Kim' }], contact: undefined });
      const two = await t.api.interviews.add({ ...base, interviewers: [{ name: 'pat kim' }], contact: undefined });
      const other = await t.api.interviews.add({
        ...base,
        company: 'Globex',
        interviewers: [{ name: 'Pat Kim' }],
        contact: undefined,
      });
      assert.equal(two.participants[0]?.contact.id, one.participants[0]?.contact.id);
      assert.notEqual(other.participants[0]?.contact.id, one.participants[0]?.contact.id);
    });

    test('edit changes only what is given', async () => {
      const added = await t.api.interviews.add(base);
      t.tick();
      const edited = await t.api.interviews.edit(added.id, {
        stage: 'onsite',
        at: '2026-07-01T09:30',
        tz: 'Europe/Berlin',
        interviewers: [{ name: 'Alex Doe', email: 'alex@acme.example', role: 'hiring-manager' }],
        contact: 'alex@acme.example',
        timeframe: 'by 15 July',
        status: 'offer',
        why: 'the mission',
      });
      assert.equal(edited.stage, 'onsite');
      assert.equal(edited.startsAtUtc, '2026-07-01T07:30:00Z');
      assert.deepEqual(
        edited.participants.map((p) => [p.contact.email, p.role]),
        [['alex@acme.example', 'hiring-manager']],
      );
      assert.equal(edited.nextSteps.contactId, edited.participants[0]?.contact.id);
      assert.equal(edited.nextSteps.timeframe, 'by 15 July');
      assert.equal(edited.nextSteps.permission, 'yes', 'untouched fields stay');
      assert.equal(edited.opportunity.status, 'offer');
      assert.equal(edited.opportunity.why, 'the mission');
      assert.equal(edited.location, added.location);
      const cleared = await t.api.interviews.edit(added.id, { contact: '' });
      assert.equal(cleared.nextSteps.contactId, null);
      // An empty country or posting URL clears it; leaving them out changes nothing.
      const withBoth = await t.api.interviews.edit(added.id, {
        country: 'de',
        postingUrl: 'https://jobs.acme.example/pm',
      });
      assert.equal(withBoth.country, 'DE');
      assert.equal(withBoth.opportunity.postingUrl, 'https://jobs.acme.example/pm');
      const untouched = await t.api.interviews.edit(added.id, { stage: 'final' });
      assert.equal(untouched.country, 'DE');
      assert.equal(untouched.opportunity.postingUrl, 'https://jobs.acme.example/pm');
      const emptied = await t.api.interviews.edit(added.id, { country: '', postingUrl: '' });
      assert.equal(emptied.country, '');
      assert.equal(emptied.opportunity.postingUrl, null);
      await assert.rejects(t.api.interviews.edit('iv_nope', { stage: 'x' }), notFound);
    });

    test('moving a round to another opportunity removes the one left empty', async () => {
      const a = await t.api.interviews.add(base);
      const b = await t.api.interviews.add({ ...base, company: 'Globex' });
      const moved = await t.api.interviews.edit(b.id, { opportunity: a.opportunityId });
      assert.equal(moved.opportunityId, a.opportunityId);
      assert.equal(await t.count('opportunities'), 1);
    });

    test('delete removes the interview with everything recorded about it', async () => {
      const first = await t.api.interviews.add(base);
      const second = await t.api.interviews.add({ ...base, stage: 'final' });
      await t.api.interviews.recordNotes(first.id, { interviewer: 'Dana', topics: ['roadmap'] });
      assert.deepEqual(await t.api.interviews.delete(first.id), { id: first.id, opportunityDeleted: false });
      await assert.rejects(t.api.interviews.show(first.id), notFound);
      assert.equal(await t.count('interviewer_notes'), 0);
      assert.equal(await t.count('next_steps'), 1);
      assert.equal(await t.count('participants'), 2);
      assert.deepEqual(await t.api.interviews.delete(second.id), { id: second.id, opportunityDeleted: true });
      assert.equal(await t.count('opportunities'), 0);
      assert.equal(await t.count('contacts'), 2, 'contacts outlive the interviews they were met in');
      await assert.rejects(t.api.interviews.delete(first.id), notFound);
    });

    test('bad input names the field, says what is wrong and gives an example', async () => {
      await rejectsField(t.api.interviews.add({ ...base, company: undefined }), 'company');
      await rejectsField(t.api.interviews.add({ ...base, at: '3 March 10am' }), 'at');
      await rejectsField(t.api.interviews.add({ ...base, at: '2026-02-30T10:00' }), 'at');
      await rejectsField(t.api.interviews.add({ ...base, tz: 'Mars/Olympus' }), 'tz');
      await rejectsField(t.api.interviews.add({ ...base, country: 'USA' }), 'country');
      await rejectsField(t.api.interviews.add({ ...base, format: 'carrier pigeon' as never }), 'format');
      await rejectsField(t.api.interviews.add({ ...base, permission: 'maybe' as never }), 'permission');
      await rejectsField(t.api.interviews.add({ ...base, postingUrl: 'javascript:alert(1)' }), 'postingUrl');
      await rejectsField(t.api.interviews.add({ ...base, interviewers: [{ email: 'dana@' }] }), 'interviewers.email');
      await rejectsField(t.api.interviews.add({ ...base, stage: 'a\u0007b' }), 'stage', false);
      await rejectsField(t.api.interviews.edit('iv_any', { tz: 'Nowhere' }), 'tz');
      assert.equal(await t.count('interviews'), 0);
    });

    test('one transaction per action: a failure half-way leaves nothing behind', async () => {
      // The contact is checked after the opportunity, interview and panel were written.
      await rejectsField(t.api.interviews.add({ ...base, contact: 'Dana <not-an-email>' }), 'contact');
      for (const table of ['opportunities', 'interviews', 'contacts', 'participants', 'next_steps'] as const) {
        assert.equal(await t.count(table), 0, `${table} should be empty`);
      }
      const added = await t.api.interviews.add(base);
      await rejectsField(t.api.interviews.edit(added.id, { stage: 'changed', contact: 'Sam <bad>' }), 'contact');
      assert.equal((await t.api.interviews.show(added.id)).stage, '', 'the edit was rolled back whole');
    });
  });
}
