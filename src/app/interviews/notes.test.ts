// Notes per interviewer on both dialects: new notes merge into what is there, --replace starts over,
// and the interviewer must be on the panel.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';
import { AppError } from '../../core/errors.js';
import type { InterviewRecord } from '../../core/model.js';

for (const d of dialects()) {
  describe(`interviewer notes (${d.name})`, () => {
    let t: TestApp;
    let iv: InterviewRecord;
    beforeEach(async () => {
      t = await testApp({ make: d.make });
      iv = await t.api.interviews.add({
        company: 'Acme Corp',
        role: 'PM',
        at: '2026-03-03T10:00',
        tz: 'UTC',
        interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }, { name: 'Sam Lee' }],
      });
    });
    afterEach(async () => {
      await t.close();
    });

    const notesOf = (r: InterviewRecord, name: string) => {
      const contact = r.participants.find((p) => p.contact.name === name)?.contact;
      return r.notes.find((n) => n.contactId === contact?.id);
    };

    test('notes merge: topics without repeats, challenges by name with the newest idea', async () => {
      await t.api.interviews.recordNotes(iv.id, {
        interviewer: 'dana@acme.example',
        topics: ['roadmap', 'team'],
        challenges: [{ challenge: 'Churn in month two', idea: '' }],
        article: 'https://example.com/churn',
        weakAnswer: 'pricing question',
      });
      t.tick();
      const merged = await t.api.interviews.recordNotes(iv.id, {
        interviewer: 'Dana',
        topics: ['team', 'hiring'],
        challenges: [
          { challenge: 'churn in month two', idea: 'an onboarding email series' },
          { challenge: 'Slow releases' },
        ],
      });
      assert.deepEqual(notesOf(merged, 'Dana Reyes'), {
        contactId: merged.participants[0]?.contact.id,
        topics: ['roadmap', 'team', 'hiring'],
        challenges: [
          { challenge: 'Churn in month two', idea: 'an onboarding email series' },
          { challenge: 'Slow releases', idea: '' },
        ],
        article: 'https://example.com/churn',
        weakAnswer: 'pricing question',
      });
      assert.equal(notesOf(merged, 'Sam Lee'), undefined, 'notes belong to one interviewer');
      assert.deepEqual((await t.api.interviews.show(iv.id)).notes, merged.notes);
    });

    test('replace starts that interviewer over', async () => {
      await t.api.interviews.recordNotes(iv.id, { interviewer: 'Sam Lee', topics: ['culture'], weakAnswer: 'x' });
      const replaced = await t.api.interviews.recordNotes(iv.id, {
        interviewer: 'sam',
        topics: ['salary'],
        replace: true,
      });
      const sam = notesOf(replaced, 'Sam Lee');
      assert.deepEqual(sam?.topics, ['salary']);
      assert.equal(sam?.weakAnswer, '');
      assert.equal(await t.count('interviewer_notes'), 1);
    });

    test('an interviewer who is not on the panel, a bad link or an unknown interview is refused', async () => {
      await assert.rejects(
        t.api.interviews.recordNotes(iv.id, { interviewer: 'Pat Kim', topics: ['x'] }),
        (e: unknown) =>
          e instanceof AppError &&
          e.code === 'bad-input' &&
          /Dana Reyes/.test(e.message) &&
          e.problems[0]?.field === 'interviewer',
      );
      await assert.rejects(
        t.api.interviews.recordNotes(iv.id, { interviewer: 'Dana', article: 'javascript:alert(1)' }),
        (e: unknown) => e instanceof AppError && e.problems.some((p) => p.field === 'article' && p.example),
      );
      await assert.rejects(
        t.api.interviews.recordNotes('iv_nope', { interviewer: 'Dana', topics: ['pricing'] }),
        (e: unknown) => e instanceof AppError && e.code === 'not-found',
      );
      assert.equal(await t.count('interviewer_notes'), 0);
    });
  });
}
