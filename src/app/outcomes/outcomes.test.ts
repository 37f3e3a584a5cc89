// Outcomes, the quick capture, the contacts view and the follow-up record, through the app API on
// SQLite and PostgreSQL: a rejection replaces the check-ins with a reply draft and keep-warm
// touches; accepting withdraws from the other processes with a draft each; refusals name what may follow.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';
import { AppError } from '../../core/errors.js';
import { repos } from '../../store/repos/index.js';

const DAY = 86_400_000;

for (const d of dialects()) {
  describe(`outcomes (${d.name})`, () => {
    let t: TestApp;
    let ivId: string;
    let opId: string;
    before(async () => {
      t = await testApp({ make: d.make });
      const iv = await t.api.interviews.add({
        company: 'Acme Corp',
        role: 'Product Manager',
        at: '2026-03-02T10:00',
        tz: 'America/New_York',
        country: 'US',
        interviewers: [
          { name: 'Dana Reyes', email: 'dana@acme.example', role: 'hiring-manager' },
          { name: 'Sam Lee', email: 'sam@acme.example' },
        ],
        contact: 'Dana',
        timeframe: 'we hope to decide by the end of next week',
        permission: 'yes',
      });
      ivId = iv.id;
      opId = iv.opportunityId;
      await t.api.interviews.recordNotes(ivId, { interviewer: 'Dana', topics: ['the pricing page redesign'] });
    });
    after(async () => t?.close());

    test('the quick capture records cues and the weak answer, and says when the plan falls back', async () => {
      const r = await t.api.capture.save(ivId, {
        noTimeframe: true,
        cues: ['checking-time', 'short-replies'],
        weakAnswer: 'the SQL question: I have written window functions daily for two years',
        weakWith: 'Sam',
      });
      assert.deepEqual(r.cues, ['checking-time', 'short-replies']);
      assert.equal(r.record.nextSteps.timeframe, '');
      assert.match(r.fallbacks.join(' '), /No time frame: the plan falls back to the default cadence/);
      const sam = r.record.participants.find((p) => p.contact.name === 'Sam Lee');
      assert.match(r.record.notes.find((n) => n.contactId === sam?.contact.id)?.weakAnswer ?? '', /window functions/);
      const plan = await t.api.followUps.plan(ivId);
      assert.match(plan.timeFrame.explanation, /No time frame was given/);
      await assert.rejects(t.api.capture.save(ivId, { cues: ['yawning'] }), /cues: must be one of checking-time/);
      await assert.rejects(t.api.capture.save(ivId, { weakAnswer: 'x' }), /weakWith: say whose question it was/);
      const back = await t.api.capture.save(ivId, { timeframe: 'we hope to decide by the end of next week' });
      assert.deepEqual(back.fallbacks, []);
    });

    test('a refused outcome names the states that may follow', async () => {
      await assert.rejects(t.api.outcomes.set(opId, { outcome: 'accepted' }), (e: unknown) => {
        assert.ok(e instanceof AppError && e.code === 'conflict');
        assert.match(e.message, /from "interviewing" it can become "offer", "rejected", "withdrawn", "ghosted"/);
        return true;
      });
      await assert.rejects(t.api.outcomes.set('op_nope', { outcome: 'offer' }), /No opportunity with id "op_nope"/);
      await assert.rejects(
        t.api.outcomes.set(opId, { outcome: 'rejected', keepWarm: ['Nobody Here'] }),
        /keepWarm: "Nobody Here" is not someone you met in this process \(Dana Reyes, Sam Lee\)/,
      );
      await assert.rejects(t.api.outcomes.set(opId, { outcome: 'rejected', everyMonths: 0 }), /everyMonths/);
    });

    test('a rejection replaces pending check-ins with a reply draft and keep-warm touches', async () => {
      t.tick(10 * DAY); // 13 March
      const before = await t.api.followUps.plan(ivId);
      assert.ok(before.touches.some((x) => x.kind === 'check-in-1' && x.status === 'pending'));
      const r = await t.api.outcomes.set(opId, {
        outcome: 'rejected',
        keepWarm: ['Dana', 'sam@acme.example'],
        everyMonths: 6,
      });
      assert.equal(r.opportunity.status, 'rejected');
      assert.deepEqual(r.next, []);
      const kinds = r.touches.map((x) => `${x.kind}:${x.contactId}`).sort();
      const [dana, sam] = (await t.api.interviews.show(ivId)).participants.map((p) => p.contact.id);
      assert.deepEqual(kinds, [`keep-warm:${dana}`, `keep-warm:${sam}`, `rejection-reply:${dana}`].sort());
      const plan = await t.api.followUps.plan(ivId);
      assert.ok(!plan.touches.some((x) => x.kind.startsWith('check-in') && x.status === 'pending'));
      const reply = r.touches.find((x) => x.kind === 'rejection-reply');
      assert.equal(r.drafts.length, 1);
      assert.equal(r.drafts[0]?.kind, 'rejection-reply');
      assert.equal(r.drafts[0]?.touchId, reply?.id);
      assert.match(r.drafts[0]?.body ?? '', /specific feedback/);
      const warm = r.touches.find((x) => x.kind === 'keep-warm' && x.contactId === dana);
      assert.equal(warm?.dueLocal.slice(0, 10), '2026-06-15'); // 13 June 2026 is a Saturday
      assert.deepEqual(
        r.keepWarm.map((k) => [k.name, k.everyMonths]),
        [
          ['Dana Reyes', 6],
          ['Sam Lee', 6],
        ].sort(),
      );
    });

    test('the keep-warm cadence resets from the last contact, either direction', async () => {
      const [dana] = (await t.api.interviews.show(ivId)).participants.map((p) => p.contact.id);
      t.tick(20 * DAY); // 2 April
      await t.api.followUps.log(ivId, { kind: 'reply', from: 'Dana', note: 'feedback' });
      let warm = (await t.api.outcomes.show(opId)).touches.find((x) => x.kind === 'keep-warm' && x.contactId === dana);
      assert.equal(warm?.dueLocal.slice(0, 10), '2026-07-02');
      t.tick(90 * DAY);
      assert.ok(warm);
      await t.api.followUps.done(warm.id);
      warm = (await t.api.outcomes.show(opId)).touches.find((x) => x.kind === 'keep-warm' && x.contactId === dana);
      // Six months (the cadence chosen) after the keep-warm note just sent on 1 July: Friday 1 January
      // 2027 is New Year's Day, so the next business day.
      assert.equal(warm?.dueLocal.slice(0, 10), '2027-01-04');
    });

    test('the contacts view shows each person, when last in touch and what is next', async () => {
      const people = await t.api.contacts();
      const dana = people.find((p) => p.name === 'Dana Reyes');
      assert.equal(dana?.company, 'Acme Corp');
      assert.equal(dana?.lastInTouch?.what, 'sent');
      // The reply to their decision is still to do, and comes before the next keep-warm note.
      assert.equal(dana?.next?.kind, 'rejection-reply');
      const sam = people.find((p) => p.name === 'Sam Lee');
      assert.equal(sam?.lastInTouch?.what, 'interview');
      assert.match(sam?.next?.title ?? '', /Keep in touch with Sam Lee/);
      assert.equal(sam?.next?.dueLocal.slice(0, 10), '2026-06-15');
      assert.deepEqual(
        dana?.opportunities.map((o) => o.status),
        ['rejected'],
      );
    });

    test('accepting an offer withdraws from the other open processes, with a draft each, and stops their plans', async () => {
      const mk = (company: string, contact: string) =>
        t.api.interviews.add({
          company,
          role: 'PM',
          at: '2026-06-01T10:00',
          tz: 'Europe/Berlin',
          interviewers: [
            { name: contact, email: `${contact.split(' ')[0]?.toLowerCase()}@x.example`, role: 'recruiter' },
          ],
          contact,
          timeframe: 'within two weeks',
        });
      const a = await mk('Beta', 'Rae Kim');
      const b = await mk('Gamma', 'Lou Park');
      const c = await mk('Delta', 'Kai Moss');
      await t.api.outcomes.set(a.opportunityId, { outcome: 'offer' });
      // Issue 15 sweep: a mistyped --keep-open withdrew every process, the one meant to stay open too.
      await assert.rejects(
        t.api.outcomes.set(a.opportunityId, { outcome: 'accepted', keepOpen: ['op_zzzzzzzzzz'] }),
        (e: AppError) => e.code === 'not-found',
      );
      await assert.rejects(
        t.api.outcomes.set(b.opportunityId, { outcome: 'rejected', keepOpen: [c.opportunityId] }),
        (e: AppError) => e.code === 'bad-input' && e.problems[0]?.field === 'keepOpen',
      );
      assert.equal((await t.api.outcomes.show(a.opportunityId)).opportunity.status, 'offer', 'nothing changed');
      assert.equal((await t.api.outcomes.show(b.opportunityId)).opportunity.status, 'interviewing');
      const r = await t.api.outcomes.set(a.opportunityId, { outcome: 'accepted', keepOpen: [c.opportunityId] });
      assert.deepEqual(
        r.withdrawn.map((o) => o.company),
        ['Gamma'],
      );
      assert.equal(r.drafts.length, 1);
      assert.equal(r.drafts[0]?.kind, 'withdrawal');
      assert.match(r.drafts[0]?.body ?? '', /Dear Lou,[\s\S]*withdrawing my application at Gamma/);
      assert.equal((await t.api.outcomes.show(b.opportunityId)).touches.length, 0);
      assert.equal((await t.api.outcomes.show(b.opportunityId)).opportunity.status, 'withdrawn');
      assert.ok((await t.api.outcomes.show(c.opportunityId)).touches.length > 0, 'kept open');
      const all = await repos(t.store.db, 'local').messages.list();
      assert.equal(all.filter((m) => m.kind === 'withdrawal').length, 1);
    });

    test('ghosted is suggested once close-the-loop passes with no reply, and set only when confirmed', async () => {
      const delta = (await t.api.overview()).find((o) => o.company === 'Delta');
      assert.ok(delta);
      assert.deepEqual(await t.api.outcomes.ghostedHints(), []);
      t.tick(120 * DAY);
      const hints = await t.api.outcomes.ghostedHints();
      assert.deepEqual(
        hints.map((h) => h.company),
        ['Delta'],
      );
      assert.deepEqual(hints[0]?.hint, { action: 'outcome.ghosted', id: delta.id });
      assert.equal((await t.api.outcomes.show(delta.id)).opportunity.status, 'interviewing');
      await t.api.outcomes.set(delta.id, { outcome: 'ghosted' });
      assert.deepEqual(await t.api.outcomes.ghostedHints(), []);
    });

    test('the follow-up record counts what happened', async () => {
      const s = await t.api.stats();
      assert.equal(s.interviews, 4);
      assert.equal(s.timeFrameCaptured.of, 4);
      assert.equal(s.timeFrameCaptured.count, 4);
      assert.equal(s.repliesReceived, 1);
      assert.equal(s.outcomes.rejected, 1);
      assert.equal(s.outcomes.accepted, 1);
      assert.equal(s.outcomes.withdrawn, 1);
      assert.equal(s.outcomes.ghosted, 1);
      assert.ok(s.byMonth.some((m) => m.replies === 1));
      assert.ok(s.byMonth.some((m) => m.notesSent >= 1));
      assert.equal(s.thankYouWithin24h.count, 0);
      assert.ok(s.thankYouWithin24h.of >= 2);
    });
  });
}
