// Printing saved messages on SQLite and PostgreSQL: structured addresses from the profile and the
// contact, the composer's letterhead not printed twice, paper from the country or the flag, gaps
// and the mail-by date reported, cards as cards, and nobody else's message.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../../test/helpers/app.js';
import { dialects } from '../../../test/helpers/databases.js';
import { letterFixture } from '../../../test/helpers/letter-message.js';
import { pdfText, pdftotext, squash } from '../../../test/helpers/pdf-text.js';
import { AppError } from '../../core/errors.js';
import { safeFilename } from './letters.js';

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

for (const d of dialects()) {
  describe(`letters (${d.name})`, { skip: !pdftotext.check() && 'needs pdftotext (poppler-utils)' }, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp({ make: d.make });
    });
    afterEach(async () => t.close());

    test('a letter carries both addresses once, the date, the body, and the mail-by date', async () => {
      const f = await letterFixture(t.store, t.api, 'local');
      const r = await t.api.letters.pdf(f.messageId);
      assert.equal(r.layout, 'letter');
      assert.equal(r.size, 'a4', 'GB profile: A4');
      assert.deepEqual(r.gaps, []);
      assert.deepEqual(r.warnings, []);
      assert.equal(r.filename, 'letter-lukasz-dmitriev-acme-corp.pdf');
      assert.deepEqual(r.mailBy && { date: r.mailBy.date, touchId: r.mailBy.touchId }, {
        date: f.mailBy,
        touchId: f.cardTouchId,
      });
      const text = squash(pdfText(r.pdf));
      for (const s of [
        'Jordan Müller',
        '12 Harbour Road',
        'Łukasz Dmitriev',
        'Head of Data',
        'Acme Corp',
        'ul. Długa 5',
        '00-238 Warszawa',
        '3 March 2026',
        'Dear Łukasz Dmitriev,',
        'Sincerely,',
      ]) {
        assert.ok(text.includes(s), `${s} missing:\n${text}`);
      }
      // The composer's letterhead is replaced by the PDF's own, not printed a second time.
      assert.equal(count(text, 'ul. Długa 5'), 1);
      assert.equal(count(text, '12 Harbour Road'), 2, 'letterhead and return line');
    });

    test('paper follows the country, and --paper overrides it', async () => {
      const f = await letterFixture(t.store, t.api, 'local', { country: 'US' });
      assert.equal((await t.api.letters.pdf(f.messageId)).size, 'letter');
      const a4 = await t.api.letters.pdf(f.messageId, { paper: 'A4' });
      assert.equal(a4.size, 'a4');
      await assert.rejects(t.api.letters.pdf(f.messageId, { paper: 'legal' }), (e: unknown) => {
        assert.ok(e instanceof AppError && e.code === 'bad-input');
        assert.equal(e.problems[0]?.field, 'paper');
        return true;
      });
    });

    test('a missing address stays a visible gap and is warned about, and the PDF is still made', async () => {
      const f = await letterFixture(t.store, t.api, 'local', { recipientAddress: '', senderAddress: '' });
      const r = await t.api.letters.pdf(f.messageId);
      assert.deepEqual(r.gaps.sort(), ['your postal address', "Łukasz's postal address"].sort());
      assert.match(r.warnings[0] ?? '', /Still to fill in.*postal address/);
      const text = squash(pdfText(r.pdf));
      assert.ok(text.includes("[add: Łukasz's postal address]"), text);
      assert.ok(text.includes('[add: your postal address]'), text);
    });

    test('an edited body without the letterhead is printed whole', async () => {
      const f = await letterFixture(t.store, t.api, 'local');
      await t.store.db
        .updateTable('messages')
        .set({ body: 'Dear Łukasz,\n\nThank you, Дмитрий sends regards.\n\nSincerely,\nJordan' })
        .where('id', '=', f.messageId)
        .execute();
      const text = squash(pdfText((await t.api.letters.pdf(f.messageId)).pdf));
      assert.ok(text.includes('Dear Łukasz, Thank you, Дмитрий sends regards. Sincerely, Jordan'), text);
    });

    test('a card-format message prints as a card without addresses', async () => {
      const f = await letterFixture(t.store, t.api, 'local', { format: 'card', country: 'US' });
      const r = await t.api.letters.pdf(f.messageId);
      assert.equal(r.layout, 'card');
      assert.equal(r.size, '5x7');
      assert.ok(r.filename.startsWith('card-'));
      const text = squash(pdfText(r.pdf));
      assert.ok(text.startsWith('Dear Łukasz Dmitriev,'), text);
      assert.ok(!text.includes('ul. Długa'));
      assert.equal((await t.api.letters.pdf(f.messageId, { paper: 'a4' })).size, 'a6');
    });

    test("another owner's message is not found", async () => {
      const f = await letterFixture(t.store, t.api, 'local');
      await assert.rejects(t.forOwner('someone-else').letters.pdf(f.messageId), (e: unknown) => {
        assert.ok(e instanceof AppError && e.code === 'not-found');
        return true;
      });
    });
  });
}

describe('safeFilename', () => {
  test('ASCII letters, digits and dashes only', () => {
    assert.equal(safeFilename(['letter', 'Łukasz Müller', 'Acme'], 'm1'), 'letter-lukasz-muller-acme.pdf');
    assert.equal(safeFilename(['letter', 'Дмитрий', ''], 'msg_1'), 'letter-msg_1.pdf');
    assert.equal(safeFilename(['letter', '"; rm -rf /\r\n', '../../x'], 'm'), 'letter-rm-rf-x.pdf');
  });
});
