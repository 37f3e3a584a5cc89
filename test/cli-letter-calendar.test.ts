// The letter and calendar commands through the bundled bin: the PDF is written with the fonts found
// from dist/, the mail-by date and gap warnings are printed, bad flags exit 2 naming the flag, the
// .ics is written, and the feed URL is shown once, then only rotated.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testApp } from './helpers/app.js';
import { type Sandbox, sandbox } from './helpers/cli-bin.js';
import { type LetterFixture, letterFixture } from './helpers/letter-message.js';
import { pdfText, pdftotext, squash } from './helpers/pdf-text.js';

const FEED_URL = /http:\/\/127\.0\.0\.1:4100\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics/;

describe('followthrough letter and calendar', () => {
  let box: Sandbox;
  let letter: LetterFixture;
  let card: LetterFixture;
  before(async () => {
    box = sandbox();
    const t = await testApp({ target: box.db, start: '2026-03-03T12:00:00Z', idTag: 'c' });
    letter = await letterFixture(t.store, t.api, 'local', { country: 'US', recipientAddress: '' });
    card = await letterFixture(t.store, t.api, 'local', { country: 'US', format: 'card', tag: 'b' });
    await t.close();
  });
  after(() => box.remove());

  test('a letter is written, with the mail-by date on stdout and the gap on stderr', {
    skip: !pdftotext.check() && 'needs pdftotext (poppler-utils)',
  }, () => {
    const file = join(box.dir, 'dana.pdf');
    const r = box.run('letter', letter.messageId, '-o', file);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Wrote .*dana\.pdf: a letter on US Letter, placed for a #10 window envelope/);
    assert.match(r.stdout, /Mail by \w{3} \d+ \w{3} 2026/);
    assert.match(r.stderr, /warning: Still to fill in before you post it: Łukasz's postal address\./);
    const text = squash(pdfText(readFileSync(file)));
    assert.ok(text.includes('Łukasz Dmitriev') && text.includes('Jordan Müller'), text);
    // Dated today (the bin runs on the real clock), the US way on US Letter.
    assert.match(
      text,
      /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/,
    );
    const again = box.run('letter', letter.messageId, '-o', file);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists; pass --force/);
    assert.equal(box.run('letter', letter.messageId, '-o', file, '--force', '--paper', 'a4').code, 0);
  });

  test('a card-format message prints as a card; --json describes it', {
    skip: !pdftotext.check() && 'needs pdftotext (poppler-utils)',
  }, () => {
    const file = join(box.dir, 'card.pdf');
    const doc = box.json<{ layout: string; size: string; mailBy: { date: string } | null; file: string }>(
      'letter',
      card.messageId,
      '-o',
      file,
      '--json',
    );
    assert.equal(doc.layout, 'card');
    assert.equal(doc.size, '5x7');
    assert.equal(doc.mailBy?.date, card.mailBy);
    assert.ok(squash(pdfText(readFileSync(file))).startsWith('Dear Łukasz Dmitriev,'));
  });

  test('bad input exits 2 naming the flag; an unknown message exits 3', () => {
    const bad = box.run('letter', letter.messageId, '-o', join(box.dir, 'x.pdf'), '--paper', 'legal');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--paper must be letter \(US Letter\) or a4; you gave "legal"/);
    assert.equal(box.run('letter', letter.messageId, '-o', '-').code, 2);
    const missing = box.run('letter', 'msg_nope', '-o', join(box.dir, 'y.pdf'));
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /No message with id "msg_nope"/);
  });

  test('calendar -o writes the plan; the feed URL is shown once, then rotated', () => {
    const file = join(box.dir, 'plan.ics');
    const r = box.run('calendar', '-o', file);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /follow-up\(s\), each with a reminder/);
    assert.match(readFileSync(file, 'utf8'), /BEGIN:VALARM/);
    assert.equal(box.run('calendar').code, 2);
    const first = box.run('calendar', 'feed');
    assert.equal(first.code, 0, first.stderr);
    const url = FEED_URL.exec(first.stdout)?.[0];
    assert.ok(url, first.stdout);
    const second = box.run('calendar', 'feed');
    assert.ok(!FEED_URL.test(second.stdout) && /--rotate/.test(second.stdout), second.stdout);
    const rotated = FEED_URL.exec(box.run('calendar', 'feed', '--rotate').stdout)?.[0];
    assert.ok(rotated && rotated !== url);
    const custom = box.run('calendar', 'feed', '--rotate', '--base-url', 'https://ft.example.org/');
    assert.match(custom.stdout, /https:\/\/ft\.example\.org\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics/);
    const badBase = box.run('calendar', 'feed', '--base-url', 'javascript:alert(1)');
    assert.equal(badBase.code, 2);
    assert.match(badBase.stderr, /--base-url must be an http\(s\) URL/);
  });
});
