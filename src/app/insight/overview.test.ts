// The dashboard's overview on both dialects: a page of opportunities, open ones first, with their
// rounds, and the total so the page can offer the rest.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';

for (const d of dialects()) {
  describe(`overview page (${d.name})`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp({ make: d.make });
    });
    afterEach(async () => {
      await t.close();
    });

    test('open processes come first, the page is cut at the limit, and rounds come along', async () => {
      const add = (company: string, at: string) =>
        t.api.interviews.add({ company, role: 'PM', at, tz: 'UTC', interviewers: [{ name: 'Dana' }] });
      const closed = await add('Closed Co', '2026-03-01T10:00');
      await t.api.interviews.edit(closed.id, { status: 'withdrawn' });
      t.tick();
      const a = await add('Alpha', '2026-03-02T10:00');
      t.tick();
      await add('Alpha', '2026-03-09T10:00');
      t.tick();
      await add('Beta', '2026-03-03T10:00');
      // The withdrawn one was touched last, yet open processes lead.
      t.tick();
      await t.api.interviews.edit(closed.id, { stage: 'final' });

      const page = await t.api.overviewPage(2);
      assert.equal(page.total, 3);
      assert.deepEqual(
        page.opportunities.map((o) => o.company),
        ['Beta', 'Alpha'],
      );
      const alpha = page.opportunities.find((o) => o.id === a.opportunityId);
      assert.deepEqual(
        alpha?.interviews.map((i) => i.startsAt),
        ['2026-03-02T10:00', '2026-03-09T10:00'],
      );
      assert.equal(alpha?.interviews[0]?.participants[0]?.contact.name, 'Dana');
      const all = await t.api.overviewPage(100);
      assert.deepEqual(
        all.opportunities.map((o) => o.company),
        ['Beta', 'Alpha', 'Closed Co'],
      );
      assert.deepEqual(await t.api.overviewPage(0), { opportunities: [], total: 3 });
      assert.equal((await t.forOwner('someone-else').overviewPage(10)).total, 0);
    });
  });
}
