// Drafts on both dialects: one thank-you per interviewer from that person's notes, saved and linked
// to the plan; gaps where inputs are missing; edits re-scored; clear errors for bad requests.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';
import { AppError } from '../../core/errors.js';
import type { InterviewRecord } from '../../core/model.js';

const rejects = (code: string, pattern: RegExp) => (e: unknown) => {
  assert.ok(e instanceof AppError, String(e));
  assert.equal(e.code, code);
  assert.match(e.message + JSON.stringify(e.problems ?? []), pattern);
  return true;
};

for (const d of dialects()) {
  describe(`drafts (${d.name})`, () => {
    let t: TestApp;
    let iv: InterviewRecord;
    beforeEach(async () => {
      t = await testApp({ make: d.make });
      await t.api.profile.update({ name: 'Jordan Lee', email: 'jordan@example.org' });
      iv = await t.api.interviews.add({
        company: 'Acme Corp',
        role: 'Product Manager',
        at: '2026-03-03T10:00',
        tz: 'America/New_York',
        why: 'your focus on small-business owners',
        strength: 'I ran onboarding for 40,000 small businesses',
        interviewers: [
          { name: 'Dana Reyes', email: 'dana@acme.example' },
          { name: 'Sam Lee', email: 'sam@acme.example' },
          { name: 'Kim Park' },
        ],
        timeframe: 'we hope to decide by the end of next week',
        contact: 'Dana',
        permission: 'yes',
      });
      await t.api.interviews.recordNotes(iv.id, {
        interviewer: 'Dana',
        topics: ['the Q3 onboarding roadmap'],
        challenges: [{ challenge: 'onboarding churn in the first week', idea: 'a three-email welcome series' }],
      });
      await t.api.interviews.recordNotes(iv.id, {
        interviewer: 'Sam',
        topics: ['pricing experiments'],
        challenges: [{ challenge: 'support tickets about invoices', idea: 'an invoice FAQ in the billing page' }],
      });
    });
    afterEach(async () => {
      await t.close();
    });

    test("each interviewer's thank-you is built from their own notes, scores at least 85 and is saved", async () => {
      const dana = await t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'Dana' });
      const sam = await t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'sam@acme.example' });
      assert.match(dana.body, /Q3 onboarding roadmap/);
      assert.doesNotMatch(dana.body, /invoice/);
      assert.match(sam.body, /invoice FAQ/);
      assert.doesNotMatch(sam.body, /welcome series/);
      for (const m of [dana, sam]) {
        assert.ok(m.score >= 85, `${m.to.name}: ${m.score}`);
        assert.equal(m.generic, false);
        assert.deepEqual(m.gaps, []);
        assert.equal(m.status, 'draft');
      }
      assert.match(dana.body, /Friday 13 March/);
      assert.deepEqual(await t.api.drafts.get(dana.id), dana);
      const listed = await t.api.drafts.list({ interviewId: iv.id });
      assert.deepEqual(listed.map((m) => m.id).sort(), [dana.id, sam.id].sort());
      const exported = await t.api.exportAll();
      assert.equal(exported.messages.length, 2);
    });

    test('missing notes leave [add: …] gaps instead of invented facts', async () => {
      // No format asked for, and no email address: a letter, with the address left to add.
      const kim = await t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'Kim' });
      assert.equal(kim.format, 'letter');
      assert.ok(kim.gaps.length >= 2, JSON.stringify(kim.gaps));
      assert.ok(kim.gaps.some((g) => /postal address/.test(g)));
      for (const g of kim.gaps) assert.ok(kim.body.includes(`[add: ${g}]`));
    });

    test('a draft for a touch takes its recipient and kind, and links to it', async () => {
      const plan = await t.api.followUps.plan(iv.id);
      const checkIn = plan.touches.find((x) => x.kind === 'check-in-1');
      assert.ok(checkIn);
      const m = await t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', touchId: checkIn.id });
      assert.equal(m.kind, 'check-in');
      assert.equal(m.touchId, checkIn.id);
      assert.equal(m.to.name, 'Dana Reyes');
      assert.match(m.body, /decide by Friday 13 March/);
      assert.doesNotMatch(m.body, /just checking in/i);
      const again = await t.api.drafts.forTouch(checkIn.id);
      assert.equal(again.id, m.id, 'a touch keeps its one draft');
      const thanks = plan.touches.find((x) => x.kind === 'thank-you' && x.contactId === m.to.contactId);
      assert.ok(thanks);
      const fresh = await t.api.drafts.forTouch(thanks.id, { tone: 'formal' });
      assert.equal(fresh.kind, 'thank-you');
      assert.equal(fresh.tone, 'formal');
      const live = await t.api.drafts.check(fresh.id, 'Thanks.');
      assert.ok(live.score < fresh.score);
      assert.equal((await t.api.drafts.get(fresh.id)).body, fresh.body, 'a live check saves nothing');
    });

    test('a check-in can go to the follow-up contact who was not on the panel', async () => {
      await t.api.interviews.edit(iv.id, { contact: 'Riley Stone <riley@acme.example>' });
      for (const to of ['riley@acme.example', 'Riley Stone', 'riley']) {
        const m = await t.api.drafts.create({ interviewId: iv.id, kind: 'check-in', to });
        assert.equal(m.to.email, 'riley@acme.example', to);
      }
      const byDefault = await t.api.drafts.create({ interviewId: iv.id, kind: 'check-in' });
      assert.equal(byDefault.to.name, 'Riley Stone', 'a check-in goes to the follow-up contact by default');
    });

    test('editing re-runs the checker; regenerating changes tone and format', async () => {
      const m = await t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'Dana' });
      t.tick();
      const edited = await t.api.drafts.edit(m.id, { body: 'Thanks for your time.', subject: '  Thanks\n again ' });
      assert.equal(edited.body, 'Thanks for your time.');
      assert.equal(edited.subject, 'Thanks again');
      assert.ok(edited.score < 50, String(edited.score));
      assert.notEqual(edited.updatedAt, m.updatedAt);
      const formal = await t.api.drafts.regenerate(m.id, { tone: 'formal', format: 'card' });
      assert.equal(formal.tone, 'formal');
      assert.equal(formal.format, 'card');
      assert.match(formal.body, /^Dear Dana Reyes,/);
      assert.ok(formal.score > edited.score);
    });

    test('bad requests get clear errors and save nothing', async () => {
      await assert.rejects(
        t.api.drafts.create({ interviewId: 'iv_nope', kind: 'thank-you' }),
        rejects('not-found', /iv_nope/),
      );
      await assert.rejects(
        t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'Alex' }),
        rejects('bad-input', /"Alex" is not on this interview's panel/),
      );
      await assert.rejects(
        t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'Kim', format: 'email' }),
        rejects('bad-input', /Kim Park has no email address.*--format letter/),
      );
      await assert.rejects(
        t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you' }),
        rejects('bad-input', /say whom it is for.*Dana Reyes/),
      );
      await assert.rejects(
        t.api.drafts.create({ interviewId: iv.id, kind: 'love-letter' as 'thank-you', to: 'Dana' }),
        rejects('bad-input', /must be one of thank-you/),
      );
      await assert.rejects(
        t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'Dana', tone: 'sarcastic' as 'warm' }),
        rejects('bad-input', /tone/),
      );
      // Where to find them is a hint; the command it renders as: src/cli/hints.test.ts.
      await assert.rejects(t.api.drafts.get('msg_nope'), (e: unknown) => {
        assert.ok(rejects('not-found', /No message with id "msg_nope"/)(e) && e instanceof AppError);
        assert.deepEqual(e.hint, { action: 'message.list' });
        return true;
      });
      assert.equal((await t.api.drafts.list()).length, 0);
      const m = await t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'Dana' });
      await assert.rejects(t.api.drafts.edit(m.id, { body: '   ' }), rejects('bad-input', /empty/));
      assert.equal((await t.api.drafts.get(m.id)).body, m.body, 'a refused edit loses nothing');
    });

    test('another owner can neither see nor change a draft', async () => {
      const m = await t.api.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'Dana' });
      const other = t.forOwner('someone-else');
      await assert.rejects(other.drafts.get(m.id), rejects('not-found', /message/));
      await assert.rejects(other.drafts.edit(m.id, { body: 'mine now' }), rejects('not-found', /message/));
      await assert.rejects(
        other.drafts.create({ interviewId: iv.id, kind: 'thank-you', to: 'Dana' }),
        rejects('not-found', /interview/),
      );
      assert.equal((await other.drafts.list()).length, 0);
      assert.equal((await t.api.drafts.get(m.id)).body, m.body);
    });
  });
}
