// The repositories on SQLite and PostgreSQL: what each one promises beyond owner isolation
// (test/owner-isolation.test.ts covers that): lookups, ordering, uniqueness, cascades.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dialects, type TestDatabase } from '../../test/helpers/databases.js';
import { type Contact, EMPTY_NEXT_STEPS, type Interview, type NextSteps, type Opportunity } from '../core/model.js';
import { openStore, type Store } from './open.js';
import { repos } from './repos/index.js';

const NOW = '2026-03-03T09:00:00.000Z';
const LATER = '2026-03-04T09:00:00.000Z';
let n = 0;
const id = (p: string) => `${p}_r${++n}`;
const opp = (o: Partial<Opportunity> = {}): Opportunity => ({
  id: id('op'),
  company: 'Acme',
  role: 'PM',
  postingUrl: null,
  why: '',
  strength: '',
  status: 'interviewing',
  createdAt: NOW,
  updatedAt: NOW,
  ...o,
});
const person = (c: Partial<Contact> = {}): Contact => ({
  id: id('ct'),
  name: 'Dana Reyes',
  title: '',
  email: null,
  phone: '',
  address: '',
  company: 'Acme',
  timeZone: null,
  ...c,
});
const round = (opportunityId: string, i: Partial<Interview> = {}): Interview => ({
  id: id('iv'),
  opportunityId,
  stage: '',
  startsAt: '2026-03-03T10:00',
  timeZone: 'UTC',
  startsAtUtc: '2026-03-03T10:00:00Z',
  country: '',
  format: 'video',
  location: '',
  createdAt: NOW,
  updatedAt: NOW,
  ...i,
});

for (const d of dialects()) {
  describe(`repositories (${d.name})`, () => {
    let target: TestDatabase;
    let store: Store;
    before(async () => {
      target = await d.make();
      store = await openStore({ target: target.target });
    });
    after(async () => {
      await store.close();
      await target.drop();
    });

    test('profiles: one per owner, saved again in place', async () => {
      const p = {
        name: 'Jo',
        email: 'jo@x.example',
        phone: '',
        address: '',
        signature: 'Jo',
        country: 'DE',
        timeZone: 'Europe/Berlin',
      };
      assert.equal(await repos(store.db, 'p1').profile.get(), undefined);
      await repos(store.db, 'p1').profile.save(p, NOW);
      await repos(store.db, 'p1').profile.save({ ...p, name: 'Jo B' }, LATER);
      assert.deepEqual(await repos(store.db, 'p1').profile.get(), { ...p, name: 'Jo B' });
    });

    test('contacts: email unique per owner and matched in any case; names matched ignoring case', async () => {
      const dana = person({ email: 'Dana@Acme.Example' });
      await repos(store.db, 'c1').contacts.insert(dana, NOW);
      assert.equal((await repos(store.db, 'c1').contacts.findByEmail('DANA@acme.example'))?.id, dana.id);
      assert.equal(
        (await repos(store.db, 'c1').contacts.get(dana.id))?.email,
        'dana@acme.example',
        'stored lower-cased',
      );
      await assert.rejects(repos(store.db, 'c1').contacts.insert(person({ email: 'dana@acme.example' }), NOW));
      await repos(store.db, 'c2').contacts.insert(person({ email: 'dana@acme.example' }), NOW); // another owner may
      await repos(store.db, 'c1').contacts.insert(person({ name: 'dana reyes' }), NOW); // no email: no clash
      assert.equal((await repos(store.db, 'c1').contacts.findByName('DANA REYES')).length, 2);
      assert.ok(await repos(store.db, 'c1').contacts.update(dana.id, { title: 'Head of Product', email: null }, LATER));
      const updated = await repos(store.db, 'c1').contacts.get(dana.id);
      assert.deepEqual([updated?.title, updated?.email, updated?.name], ['Head of Product', null, 'Dana Reyes']);
      assert.equal((await repos(store.db, 'c1').contacts.list()).length, 2);
      assert.equal(await repos(store.db, 'c1').contacts.update('ct_missing', { title: 'x' }, LATER), false);
    });

    test('opportunities: found by company and role in any case, among the statuses asked for', async () => {
      const open = opp({ company: 'Globex', role: 'Engineer' });
      const closed = opp({ company: 'Globex', role: 'Engineer', status: 'rejected', updatedAt: LATER });
      await repos(store.db, 'o1').opportunities.insert(open);
      await repos(store.db, 'o1').opportunities.insert(closed);
      const found = await repos(store.db, 'o1').opportunities.find('GLOBEX', 'engineer', ['applied', 'interviewing']);
      assert.equal(found?.id, open.id);
      assert.equal((await repos(store.db, 'o1').opportunities.find('Globex', 'Engineer', ['rejected']))?.id, closed.id);
      assert.equal(await repos(store.db, 'o1').opportunities.find('Globex', 'Designer', ['interviewing']), undefined);
      assert.ok(
        await repos(store.db, 'o1').opportunities.update(
          open.id,
          { status: 'offer', postingUrl: 'https://g.example/1' },
          '2026-03-05T00:00:00.000Z',
        ),
      );
      const list = await repos(store.db, 'o1').opportunities.list();
      assert.deepEqual(
        list.map((o) => o.id),
        [open.id, closed.id],
        'most recently updated first',
      );
      assert.equal(list[0]?.postingUrl, 'https://g.example/1');
    });

    test('interviews: refused for an unknown opportunity, listed by start, deleted with all their parts', async () => {
      const o = opp();
      await repos(store.db, 'i1').opportunities.insert(o);
      assert.equal(await repos(store.db, 'i1').interviews.insert(round('op_missing')), false);
      const first = round(o.id, { startsAtUtc: '2026-03-01T10:00:00Z' });
      const second = round(o.id, { startsAtUtc: '2026-03-09T10:00:00Z' });
      assert.ok(await repos(store.db, 'i1').interviews.insert(first));
      assert.ok(await repos(store.db, 'i1').interviews.insert(second));
      assert.deepEqual(
        (await repos(store.db, 'i1').interviews.list()).map((i) => i.id),
        [second.id, first.id],
      );
      assert.ok(await repos(store.db, 'i1').interviews.update(first.id, { stage: 'final', location: 'HQ' }, LATER));
      assert.deepEqual(await repos(store.db, 'i1').interviews.get(first.id), {
        ...first,
        stage: 'final',
        location: 'HQ',
        updatedAt: LATER,
      });

      const a = person({ email: 'a@acme.example' });
      const b = person({ email: 'b@acme.example', name: 'Sam' });
      await repos(store.db, 'i1').contacts.insert(a, NOW);
      await repos(store.db, 'i1').contacts.insert(b, NOW);
      assert.ok(
        await repos(store.db, 'i1').participants.set(first.id, [
          { contactId: b.id, role: 'recruiter' },
          { contactId: a.id, role: 'interviewer' },
        ]),
      );
      assert.deepEqual(
        (await repos(store.db, 'i1').participants.list(first.id)).map((p) => [p.contact.id, p.role]),
        [
          [b.id, 'recruiter'],
          [a.id, 'interviewer'],
        ],
        'panel order is kept',
      );
      assert.ok(await repos(store.db, 'i1').participants.set(first.id, [{ contactId: a.id, role: 'hiring-manager' }]));
      assert.equal((await repos(store.db, 'i1').participants.list(first.id)).length, 1, 'set replaces');
      assert.equal(
        await repos(store.db, 'i1').participants.set(first.id, [{ contactId: 'ct_missing', role: 'interviewer' }]),
        false,
      );

      const steps: NextSteps = {
        ...EMPTY_NEXT_STEPS,
        timeframe: 'by Friday',
        contactId: a.id,
        permission: 'yes',
        channel: 'phone',
        nextStep: 'final round',
      };
      assert.deepEqual(await repos(store.db, 'i1').nextSteps.get(first.id), EMPTY_NEXT_STEPS);
      assert.ok(await repos(store.db, 'i1').nextSteps.save(first.id, steps, NOW));
      assert.ok(await repos(store.db, 'i1').nextSteps.save(first.id, { ...steps, timeframe: 'in two weeks' }, LATER));
      assert.deepEqual(await repos(store.db, 'i1').nextSteps.get(first.id), { ...steps, timeframe: 'in two weeks' });
      assert.equal(
        await repos(store.db, 'i1').nextSteps.save(first.id, { ...steps, contactId: 'ct_missing' }, NOW),
        false,
      );

      const note = {
        contactId: a.id,
        topics: ['roadmap', 'émigré “quotes”'],
        challenges: [{ challenge: 'churn', idea: 'onboarding' }],
        article: 'https://example.com/a',
        weakAnswer: 'pricing',
      };
      assert.ok(await repos(store.db, 'i1').notes.save(first.id, note, NOW));
      assert.ok(await repos(store.db, 'i1').notes.save(first.id, { ...note, topics: ['only'] }, LATER));
      assert.deepEqual(await repos(store.db, 'i1').notes.list(first.id), [{ ...note, topics: ['only'] }]);

      assert.equal(await repos(store.db, 'i1').opportunities.deleteIfEmpty(o.id), false, 'it still has rounds');
      assert.ok(await repos(store.db, 'i1').interviews.delete(first.id));
      assert.equal(await repos(store.db, 'i1').interviews.get(first.id), undefined);
      assert.deepEqual(await repos(store.db, 'i1').participants.list(first.id), []);
      assert.deepEqual(await repos(store.db, 'i1').notes.list(first.id), []);
      assert.equal((await repos(store.db, 'i1').nextSteps.get(first.id)).timeframe, '');
      assert.ok(await repos(store.db, 'i1').interviews.delete(second.id));
      assert.ok(await repos(store.db, 'i1').opportunities.deleteIfEmpty(o.id));
      assert.equal(await repos(store.db, 'i1').interviews.delete(second.id), false);
    });
  });
}
