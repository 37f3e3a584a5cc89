// The time frame a plan shows is kept when the plan is recomputed, not understood per view: it is
// the one the phrase gives (from the interview's day, or the day a new date was logged), it follows
// edits, and a plan computed before time frames were kept is still understood when shown.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';

for (const d of dialects()) {
  describe(`plan time frames kept at write time (${d.name})`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp({ make: d.make });
    });
    afterEach(async () => {
      await t.close();
    });

    const kept = async () => t.store.db.selectFrom('plan_time_frames').selectAll().execute();

    test('the kept time frame is the one the phrase is understood as, and follows edits and new dates', async () => {
      const phrase = 'we hope to decide by the end of next week';
      const record = await t.api.interviews.add({
        company: 'Acme',
        role: 'PM',
        at: '2026-03-02T10:00',
        tz: 'America/New_York',
        country: 'US',
        interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }],
        timeframe: phrase,
      });
      const understood = (p: string, from: string) => t.api.followUps.understand({ phrase: p, from, country: 'US' });
      assert.equal((await kept()).length, 1);
      assert.deepEqual((await t.api.followUps.plan(record.id)).timeFrame, await understood(phrase, '2026-03-02'));

      await t.api.interviews.edit(record.id, { timeframe: 'within two weeks' });
      assert.deepEqual(
        (await t.api.followUps.planPage(record.id)).plan.timeFrame,
        await understood('within two weeks', '2026-03-02'),
      );

      await t.api.followUps.log(record.id, { kind: 'new-date', at: '2026-03-02T18:00', timeframe: 'early next week' });
      const page = await t.api.interviews.page(record.id);
      assert.deepEqual(page.plan.timeFrame, await understood('early next week', '2026-03-02'));
    });

    test('a plan whose time frame was never kept is understood when shown', async () => {
      const record = await t.api.interviews.add({
        company: 'Acme',
        role: 'PM',
        at: '2026-03-02T10:00',
        tz: 'UTC',
        timeframe: 'within two weeks',
      });
      const before = await t.api.followUps.plan(record.id);
      await t.store.db.deleteFrom('plan_time_frames').execute();
      assert.deepEqual((await t.api.followUps.plan(record.id)).timeFrame, before.timeFrame);
    });
  });
}
