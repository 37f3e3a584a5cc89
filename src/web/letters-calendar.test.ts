// The letter and calendar pages through app.request(): the PDF as an attachment with a safe name,
// warnings and the mail-by date on the page, the .ics download, the feed without a session but only
// for the right token, Rotate behind the Origin check, and the token never in the server log.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import ICAL from 'ical.js';
import { type TestApp, testApp } from '../../test/helpers/app.js';
import { type LetterFixture, letterFixture } from '../../test/helpers/letter-message.js';
import { pdfText, pdftotext, squash } from '../../test/helpers/pdf-text.js';
import type { FollowThrough } from '../app/index.js';
import { redactPath } from './calendar/redact.js';
import { localHosts } from './security.js';
import { createWebApp } from './server.js';

const ORIGIN = 'http://127.0.0.1:4100';
const post = (path: string, origin = ORIGIN) =>
  new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
const feedUrl = (html: string) =>
  /value="(http:\/\/127\.0\.0\.1:4100\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics)"/.exec(html)?.[1];

describe('letter and calendar pages', () => {
  let t: TestApp;
  let api: FollowThrough;
  let app: Hono;
  let fixture: LetterFixture;
  const logged: string[] = [];
  before(async () => {
    t = await testApp({ start: '2026-03-03T12:00:00Z', idTag: 'w' });
    api = t.api;
    app = createWebApp(api, { allowedHosts: localHosts('127.0.0.1', 4100), log: (l) => logged.push(l) });
    fixture = await letterFixture(t.store, api, 'local', { recipientAddress: '' });
  });
  after(() => t.close());

  test('the PDF downloads as an attachment with a safe file name', {
    skip: !pdftotext.check() && 'needs pdftotext (poppler-utils)',
  }, async () => {
    const res = await app.request(`${ORIGIN}/messages/${fixture.messageId}/letter.pdf?paper=letter`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="letter-lukasz-dmitriev-acme-corp.pdf"');
    const pdf = new Uint8Array(await res.arrayBuffer());
    const text = squash(pdfText(pdf));
    assert.ok(text.includes('Łukasz Dmitriev') && text.includes("[add: Łukasz's postal address]"), text);
  });

  test('the print page shows the mail-by date and the warnings, and links both papers', async () => {
    const res = await app.request(`${ORIGIN}/messages/${fixture.messageId}/letter`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Mail by/);
    assert.ok(
      html.includes('Łukasz&#39;s postal address') || html.includes("Łukasz's postal address"),
      'the gap is named',
    );
    assert.ok(html.includes(`/messages/${fixture.messageId}/letter.pdf?paper=a4`));
  });

  test('bad paper is a 400 that says what to use; unknown messages are 404', async () => {
    const bad = await app.request(`${ORIGIN}/messages/${fixture.messageId}/letter.pdf?paper=legal`);
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /letter \(US Letter\) or a4/);
    assert.equal((await app.request(`${ORIGIN}/messages/msg_nope/letter.pdf`)).status, 404);
  });

  test('the .ics download holds the open follow-ups', async () => {
    const res = await app.request(`${ORIGIN}/calendar.ics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="followthrough-plan.ics"/);
    const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent');
    assert.ok(
      events.some((e) =>
        String(e.getFirstPropertyValue('summary')).startsWith('Mail thank-you card to Łukasz Dmitriev'),
      ),
    );
  });

  test('the feed: made and rotated by POST from our pages only, served without a session to the right token', async () => {
    const page = await (await app.request(`${ORIGIN}/calendar`)).text();
    assert.match(page, /Make a feed URL/);
    assert.equal((await app.request(post('/calendar/feed', 'http://evil.example'))).status, 403);
    const made = await app.request(post('/calendar/feed'));
    assert.equal(made.status, 200);
    assert.equal(made.headers.get('cache-control'), 'no-store');
    const url = feedUrl(await made.text());
    assert.ok(url);
    const feed = await app.request(url);
    assert.equal(feed.status, 200);
    assert.match(await feed.text(), /BEGIN:VEVENT/);
    const rotated = feedUrl(await (await app.request(post('/calendar/feed'))).text());
    assert.ok(rotated && rotated !== url);
    for (const wrong of [url, `${ORIGIN}/calendar/feed/abc.ics`, `${ORIGIN}/calendar/feed/`]) {
      const res = await app.request(wrong);
      assert.equal(res.status, 404, wrong);
      assert.ok(!(await res.text()).includes('VCALENDAR'));
    }
    assert.equal((await app.request(rotated)).status, 200);
    assert.match(await (await app.request(`${ORIGIN}/calendar`)).text(), /Rotate: make a new feed URL/);
  });

  test('a failing feed request is logged without its token', async () => {
    const token = 'A'.repeat(43);
    const failing = {
      ...api,
      calendar: { ...api.calendar, feed: async () => Promise.reject(new Error('disk on fire')) },
    };
    const lines: string[] = [];
    const broken = createWebApp(failing, { allowedHosts: localHosts('127.0.0.1', 4100), log: (l) => lines.push(l) });
    const res = await broken.request(`${ORIGIN}/calendar/feed/${token}.ics`);
    assert.equal(res.status, 500);
    assert.equal(lines.length, 1);
    assert.ok(lines[0]?.includes('/calendar/feed/[redacted]'), lines[0]);
    assert.ok(!lines.join('\n').includes(token));
    assert.ok(!logged.join('\n').match(/[A-Za-z0-9_-]{43}/), 'nothing logged a token in the other tests');
    assert.equal(redactPath('/calendar/feed/abc.ics?x=1'), '/calendar/feed/[redacted]?x=1');
  });
});
