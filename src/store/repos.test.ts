// The repositories on SQLite and PostgreSQL: what each one promises beyond owner isolation
// (test/owner-isolation.test.ts covers that): lookups, ordering, uniqueness, cascades.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dialects, type TestDatabase } from '../../test/helpers/databases.js';
import { type Contact, EMPTY_NEXT_STEPS, type Interview, type NextSteps, type Opportunity } from '../core/model.js';
import { openStore, type Store } from './open.js';
import * as contacts from './repos/contact-repo.js';
import * as interviews from './repos/interview-repo.js';
import * as nextSteps from './repos/next-steps-repo.js';
import * as notes from './repos/notes-repo.js';
import * as opportunities from './repos/opportunity-repo.js';
import * as participants from './repos/participant-repo.js';
import * as profiles from './repos/profile-repo.js';

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
      assert.equal(await profiles.getProfile(store.db, 'p1'), undefined);
      await profiles.saveProfile(store.db, 'p1', p, NOW);
      await profiles.saveProfile(store.db, 'p1', { ...p, name: 'Jo B' }, LATER);
      assert.deepEqual(await profiles.getProfile(store.db, 'p1'), { ...p, name: 'Jo B' });
    });

    test('contacts: email unique per owner and matched in any case; names matched ignoring case', async () => {
      const dana = person({ email: 'Dana@Acme.Example' });
      await contacts.insertContact(store.db, 'c1', dana, NOW);
      assert.equal((await contacts.findContactByEmail(store.db, 'c1', 'DANA@acme.example'))?.id, dana.id);
      assert.equal(
        (await contacts.getContact(store.db, 'c1', dana.id))?.email,
        'dana@acme.example',
        'stored lower-cased',
      );
      await assert.rejects(contacts.insertContact(store.db, 'c1', person({ email: 'dana@acme.example' }), NOW));
      await contacts.insertContact(store.db, 'c2', person({ email: 'dana@acme.example' }), NOW); // another owner may
      await contacts.insertContact(store.db, 'c1', person({ name: 'dana reyes' }), NOW); // no email: no clash
      assert.equal((await contacts.findContactsByName(store.db, 'c1', 'DANA REYES')).length, 2);
      assert.ok(
        await contacts.updateContact(store.db, 'c1', dana.id, { title: 'Head of Product', email: null }, LATER),
      );
      const updated = await contacts.getContact(store.db, 'c1', dana.id);
      assert.deepEqual([updated?.title, updated?.email, updated?.name], ['Head of Product', null, 'Dana Reyes']);
      assert.equal((await contacts.listContacts(store.db, 'c1')).length, 2);
      assert.equal(await contacts.updateContact(store.db, 'c1', 'ct_missing', { title: 'x' }, LATER), false);
    });

    test('opportunities: found by company and role in any case, among the statuses asked for', async () => {
      const open = opp({ company: 'Globex', role: 'Engineer' });
      const closed = opp({ company: 'Globex', role: 'Engineer', status: 'rejected', updatedAt: LATER });
      await opportunities.insertOpportunity(store.db, 'o1', open);
      await opportunities.insertOpportunity(store.db, 'o1', closed);
      const found = await opportunities.findOpportunity(store.db, 'o1', 'GLOBEX', 'engineer', [
        'applied',
        'interviewing',
      ]);
      assert.equal(found?.id, open.id);
      assert.equal(
        (await opportunities.findOpportunity(store.db, 'o1', 'Globex', 'Engineer', ['rejected']))?.id,
        closed.id,
      );
      assert.equal(
        await opportunities.findOpportunity(store.db, 'o1', 'Globex', 'Designer', ['interviewing']),
        undefined,
      );
      assert.ok(
        await opportunities.updateOpportunity(
          store.db,
          'o1',
          open.id,
          { status: 'offer', postingUrl: 'https://g.example/1' },
          '2026-03-05T00:00:00.000Z',
        ),
      );
      const list = await opportunities.listOpportunities(store.db, 'o1');
      assert.deepEqual(
        list.map((o) => o.id),
        [open.id, closed.id],
        'most recently updated first',
      );
      assert.equal(list[0]?.postingUrl, 'https://g.example/1');
    });

    test('interviews: refused for an unknown opportunity, listed by start, deleted with all their parts', async () => {
      const o = opp();
      await opportunities.insertOpportunity(store.db, 'i1', o);
      assert.equal(await interviews.insertInterview(store.db, 'i1', round('op_missing')), false);
      const first = round(o.id, { startsAtUtc: '2026-03-01T10:00:00Z' });
      const second = round(o.id, { startsAtUtc: '2026-03-09T10:00:00Z' });
      assert.ok(await interviews.insertInterview(store.db, 'i1', first));
      assert.ok(await interviews.insertInterview(store.db, 'i1', second));
      assert.deepEqual(
        (await interviews.listInterviews(store.db, 'i1')).map((i) => i.id),
        [second.id, first.id],
      );
      assert.ok(await interviews.updateInterview(store.db, 'i1', first.id, { stage: 'final', location: 'HQ' }, LATER));
      assert.deepEqual(await interviews.getInterview(store.db, 'i1', first.id), {
        ...first,
        stage: 'final',
        location: 'HQ',
        updatedAt: LATER,
      });

      const a = person({ email: 'a@acme.example' });
      const b = person({ email: 'b@acme.example', name: 'Sam' });
      await contacts.insertContact(store.db, 'i1', a, NOW);
      await contacts.insertContact(store.db, 'i1', b, NOW);
      assert.ok(
        await participants.setParticipants(store.db, 'i1', first.id, [
          { contactId: b.id, role: 'recruiter' },
          { contactId: a.id, role: 'interviewer' },
        ]),
      );
      assert.deepEqual(
        (await participants.listParticipants(store.db, 'i1', first.id)).map((p) => [p.contact.id, p.role]),
        [
          [b.id, 'recruiter'],
          [a.id, 'interviewer'],
        ],
        'panel order is kept',
      );
      assert.ok(
        await participants.setParticipants(store.db, 'i1', first.id, [{ contactId: a.id, role: 'hiring-manager' }]),
      );
      assert.equal((await participants.listParticipants(store.db, 'i1', first.id)).length, 1, 'set replaces');
      assert.equal(
        await participants.setParticipants(store.db, 'i1', first.id, [
          { contactId: 'ct_missing', role: 'interviewer' },
        ]),
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
      assert.deepEqual(await nextSteps.getNextSteps(store.db, 'i1', first.id), EMPTY_NEXT_STEPS);
      assert.ok(await nextSteps.saveNextSteps(store.db, 'i1', first.id, steps, NOW));
      assert.ok(
        await nextSteps.saveNextSteps(store.db, 'i1', first.id, { ...steps, timeframe: 'in two weeks' }, LATER),
      );
      assert.deepEqual(await nextSteps.getNextSteps(store.db, 'i1', first.id), { ...steps, timeframe: 'in two weeks' });
      assert.equal(
        await nextSteps.saveNextSteps(store.db, 'i1', first.id, { ...steps, contactId: 'ct_missing' }, NOW),
        false,
      );

      const note = {
        contactId: a.id,
        topics: ['roadmap', 'émigré “quotes”'],
        challenges: [{ challenge: 'churn', idea: 'onboarding' }],
        article: 'https://example.com/a',
        weakAnswer: 'pricing',
      };
      assert.ok(await notes.saveInterviewerNotes(store.db, 'i1', first.id, note, NOW));
      assert.ok(await notes.saveInterviewerNotes(store.db, 'i1', first.id, { ...note, topics: ['only'] }, LATER));
      assert.deepEqual(await notes.listInterviewerNotes(store.db, 'i1', first.id), [{ ...note, topics: ['only'] }]);

      assert.equal(await opportunities.deleteOpportunityIfEmpty(store.db, 'i1', o.id), false, 'it still has rounds');
      assert.ok(await interviews.deleteInterview(store.db, 'i1', first.id));
      assert.equal(await interviews.getInterview(store.db, 'i1', first.id), undefined);
      assert.deepEqual(await participants.listParticipants(store.db, 'i1', first.id), []);
      assert.deepEqual(await notes.listInterviewerNotes(store.db, 'i1', first.id), []);
      assert.equal((await nextSteps.getNextSteps(store.db, 'i1', first.id)).timeframe, '');
      assert.ok(await interviews.deleteInterview(store.db, 'i1', second.id));
      assert.ok(await opportunities.deleteOpportunityIfEmpty(store.db, 'i1', o.id));
      assert.equal(await interviews.deleteInterview(store.db, 'i1', second.id), false);
    });
  });
}
