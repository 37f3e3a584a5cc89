// The web side of email: settings with a write-only password, the delivery panel's actions (send only
// after confirming), the .eml download, the outbox, and failures shown with the server's reason.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { sqliteDatabase } from '../../../test/helpers/databases.js';
import { type MailApp, mailApp } from '../../../test/helpers/mail-app.js';
import { startSmtp, type TestSmtp } from '../../../test/helpers/smtp-server.js';
import { localHosts } from '../security.js';
import { createWebApp } from '../server.js';

const ORIGIN = 'http://127.0.0.1:4100';
const SECRET = 'web-secret-pw-77';

describe('email on the web', () => {
  let m: MailApp;
  let smtp: TestSmtp;
  let app: Hono;
  before(async () => {
    smtp = await startSmtp({ user: 'alex', password: SECRET });
    m = await mailApp(async () => sqliteDatabase());
    app = createWebApp(m.api, { allowedHosts: localHosts('127.0.0.1', 4100), log: () => {}, clock: m.clock });
  });
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.answer = () => null;
    m.setNow('2026-03-03T17:00:00.000Z');
  });
  after(async () => {
    await m.close();
    await smtp.close();
  });

  const get = (path: string) => app.request(`${ORIGIN}${path}`);
  const post = (path: string, fields: Record<string, string>) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    });

  test('settings: the password is write-only and never comes back into a page', async () => {
    const empty = await (await get('/settings/email')).text();
    assert.match(empty, /No password stored yet/);
    assert.match(empty, /myaccount\.google\.com\/apppasswords/);
    const bad = await post('/settings/email', {
      host: 'smtp.remote.example',
      security: 'none',
      user: 'alex',
      from: 'alex@home.example',
      password: SECRET,
    });
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /only for a server on this computer/);
    assert.ok(!badHtml.includes(SECRET), 'the refused page must not carry the typed password');
    const ok = await post('/settings/email', {
      host: '127.0.0.1',
      port: String(smtp.port),
      security: 'none',
      user: 'alex',
      from: 'alex@home.example',
      fromName: 'Alex Candidate',
      password: SECRET,
    });
    assert.equal(ok.status, 303);
    const html = await (await get('/settings/email?saved=1')).text();
    assert.match(html, /Email settings saved/);
    assert.match(html, /A password is stored \(encrypted\)/);
    assert.ok(!html.includes(SECRET));
    assert.match(html, /type="password"[^>]*value=""/);
    // Saving without a password keeps the stored one.
    await post('/settings/email', {
      host: '127.0.0.1',
      port: String(smtp.port),
      security: 'none',
      user: 'alex',
      from: 'alex@home.example',
      fromName: 'Alex C',
    });
    assert.equal((await m.api.smtp.get()).passwordSet, true);
  });

  test('a message with gaps: no Send button, the problems shown, the .eml still downloadable', async () => {
    const id = await m.message({ body: 'Dear Dana, [add: the idea you discussed]' });
    const html = await (await get(`/messages/${id}/delivery`)).text();
    assert.match(html, /Before this can be sent/);
    assert.match(html, /\[add: the idea you discussed\]/);
    assert.doesNotMatch(html, /Send now to/);
    assert.match(html, /still contain the \[add: …\] gaps/);
    const eml = await get(`/messages/${id}/eml`);
    assert.equal(eml.status, 200);
    assert.equal(eml.headers.get('content-type'), 'message/rfc822');
    assert.equal(eml.headers.get('content-disposition'), 'attachment; filename="thank-you-dana-reyes.eml"');
    assert.match(await eml.text(), /^To: Dana Reyes <dana@acme\.example>/m);
    const refused = await post(`/messages/${id}/send`, { confirm: '1', return: `/messages/${id}/delivery` });
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /gap/);
    assert.equal(smtp.received.length, 0);
  });

  test('send asks first, then sends and shows when and to whom', async () => {
    const id = await m.message();
    const panel = await (await get(`/messages/${id}/delivery`)).text();
    assert.match(panel, /Send now to dana@acme\.example/);
    assert.match(panel, /href="mailto:dana@acme\.example\?subject=Thank%20you%2C%20Dana&amp;body=/);
    const ask = await post(`/messages/${id}/send`, { return: `/messages/${id}/delivery` });
    assert.equal(ask.status, 200);
    assert.match(await ask.text(), /Send this email now\?/);
    assert.equal(smtp.received.length, 0, 'nothing leaves before the user confirms');
    const sent = await post(`/messages/${id}/send`, { confirm: '1', return: `/messages/${id}/delivery` });
    assert.equal(sent.status, 303);
    assert.equal(sent.headers.get('location'), `/messages/${id}/delivery?delivery=sent`);
    assert.equal(smtp.received.length, 1);
    const after = await (await get(`/messages/${id}/delivery?delivery=sent`)).text();
    assert.match(after, /Sent Tue 3 Mar 2026, 12:00 America\/New_York to dana@acme\.example/);
  });

  test('schedule, see it in the outbox, unschedule; a return path elsewhere is refused', async () => {
    const id = await m.message();
    const res = await post(`/messages/${id}/schedule`, { at: '2026-03-04T09:30', return: 'https://evil.example/' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `/messages/${id}?delivery=scheduled`);
    const outbox = await (await get('/outbox')).text();
    assert.match(outbox, /Scheduled/);
    assert.match(outbox, new RegExp(`/messages/${id}/delivery`));
    const past = await post(`/messages/${id}/unschedule`, {});
    assert.equal(past.status, 303);
    const late = await post(`/messages/${id}/schedule`, { at: '2026-03-01T09:30:00' });
    assert.equal(late.status, 400);
    assert.match(await late.text(), /already passed/);
  });

  test('a refusal by the server is shown with its reason; uncertain offers both answers', async () => {
    smtp.answer = () => ({ code: 554, message: '5.7.1 Spam suspected' });
    const id = await m.message();
    const res = await post(`/messages/${id}/send`, { confirm: '1' });
    assert.equal(res.status, 502);
    assert.match(await res.text(), /Spam suspected/);
    assert.match(await (await get(`/messages/${id}/delivery`)).text(), /Not sent: .*Spam suspected/);

    smtp.answer = () => null;
    const other = await m.message({ to: 'Sam' });
    await m.api.delivery.schedule(other, { at: '2026-03-03T18:00:00Z' });
    m.setNow('2026-03-03T18:00:00.000Z');
    await m.claim(other, 'sam@acme.example');
    m.setNow('2026-03-03T19:00:00.000Z');
    await m.api.delivery.runDue();
    const html = await (await get(`/messages/${other}/delivery`)).text();
    assert.match(html, /May or may not have been sent to sam@acme\.example/);
    assert.match(html, /It arrived: mark as sent/);
    assert.match(await (await get('/outbox')).text(), /May or may not have been sent/);
    const resolved = await post(`/messages/${other}/resolve`, { answer: 'sent' });
    assert.equal(resolved.status, 303);
    assert.equal(await m.status(other), 'sent');
    assert.equal(smtp.received.length, 0);
  });
});
