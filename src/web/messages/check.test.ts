// The note checker on the web, through app.request: the live fragment (escaped, evidence in
// <mark>, the status line only when it changes), field errors as a 400 fragment, the /check page
// with and without htmx, the interview page's editor, and the origin check on the POST.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { TestApp } from '../../../test/helpers/app.js';
import { startWebApp, type WebTestApp } from '../../../test/helpers/web-app.js';
import type { InterviewRecord } from '../../core/model.js';
import { highlightSegments } from './highlight.js';

const ORIGIN = 'http://127.0.0.1:4100';
const GOOD = `Dear Dana,

Thank you for walking me through the Q3 roadmap today. I want this role because I used Acme dashboards every day to plan stock for forty stores.
At Brightpath I led the onboarding redesign that cut churn by 40%, and I would bring that approach to your enterprise accounts.

Best regards,
Alex`;

describe('web: checking a thank-you note', () => {
  let web: WebTestApp;
  let opened: TestApp;
  let app: Hono;
  let iv: InterviewRecord;
  before(async () => {
    web = await startWebApp();
    ({ opened, app } = web);
    iv = await opened.api.interviews.add({
      company: 'Acme Analytics',
      role: 'Senior Product Manager',
      at: '2026-03-03T10:00',
      tz: 'America/New_York',
      interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }, { name: 'Sam Lee' }],
    });
    await opened.api.interviews.recordNotes(iv.id, {
      interviewer: 'Dana',
      topics: ['Q3 roadmap'],
      challenges: [{ challenge: 'churn in enterprise accounts', idea: '' }],
    });
  });
  after(async () => {
    await web.close();
  });

  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
    });
  const htmx = { 'hx-request': 'true' };
  const marks = (html: string) => [...html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => m[1]);

  it('scores a reply to a rejection on its own checklist, and refuses an unknown kind in place', async () => {
    const reply = [
      'Dear Dana,',
      '',
      'Thank you for letting me know, and for the time the team gave me. If you have a moment, I would value',
      'any feedback on how I could have been a stronger candidate. I hope our paths cross again.',
      '',
      'Best regards,',
      'Alex',
    ].join('\n');
    const res = await post('/check', { text: reply, kind: 'rejection-reply', channel: 'email', announced: '' }, htmx);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Asks for feedback/);
    assert.match(html, /No pitch/);
    assert.doesNotMatch(html, /Why you want this job|How you would contribute|An idea for their challenge/);
    const bad = await post('/check', { text: reply, kind: 'love-letter', channel: 'email' });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /What it is[^<]*must be one of thank-you, check-in/);
    const page = await (await app.request(`${ORIGIN}/check`)).text();
    assert.match(page, /<option value="rejection-reply">A reply to a rejection<\/option>/);
  });

  it('answers htmx with a fragment: the note escaped, evidence in <mark>, the status out of band', async () => {
    const text = `${GOOD}\n<script>alert("x")</script> <img src=x onerror=alert(1)>`;
    const res = await post('/check', { text, channel: 'email', announced: '' }, htmx);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const html = await res.text();
    assert.doesNotMatch(html, /<html/, 'a fragment, not a page');
    assert.doesNotMatch(html, /<script>|<img/, 'the note never becomes markup');
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    const marked = marks(html);
    assert.ok(
      marked.some((m) => m?.startsWith('I want this role because')),
      marked.join(' | '),
    );
    assert.match(
      html,
      /<p id="check-status" hx-swap-oob="innerHTML">Score \d+ of 100: \d+ of \d+ checks passed\.<\/p>/,
    );
    assert.match(html, /data-check="interest"><span class="check-mark" aria-hidden="true">✓/);
    assert.doesNotMatch(html, /aria-live/, 'the details are not a live region');
  });

  it('re-announces only when the status changes', async () => {
    const first = await (await post('/check', { text: GOOD, announced: '' }, htmx)).text();
    const status = /hx-swap-oob="innerHTML">([^<]+)</.exec(first)?.[1] ?? '';
    assert.ok(status.startsWith('Score'));
    const again = await (await post('/check', { text: `${GOOD} `, announced: status }, htmx)).text();
    assert.doesNotMatch(again, /hx-swap-oob/);
    assert.match(again, /class="checks"/);
  });

  it('highlights exactly the evidence ranges (UTF-16 offsets, after an emoji), merging overlaps', () => {
    const text = '😀 ok. Middle part. end';
    const segments = highlightSegments(text, [
      { start: 6, end: 19 },
      { start: 3, end: 10 },
      { start: 50, end: 60 },
    ]);
    assert.deepEqual(segments, [
      { text: '😀 ', marked: false },
      { text: 'ok. Middle part.', marked: true },
      { text: ' end', marked: false },
    ]);
  });

  it('answers bad input with 400 and a field error fragment', async () => {
    for (const [fields, message] of [
      [{ text: '   ' }, /The note is empty/],
      [{ text: 'a'.repeat(20_001) }, /The note is 20,001 characters long/],
      [{ text: GOOD, channel: 'fax' }, /Sent as must be one of email, card, letter/],
      [{ text: GOOD, sentAt: 'tomorrow' }, /When you send it is not a date and time/],
    ] as const) {
      const res = await post('/check', { ...fields, announced: '' }, htmx);
      assert.equal(res.status, 400, JSON.stringify(fields).slice(0, 40));
      const html = await res.text();
      assert.match(html, /class="field-error check-problems"/);
      assert.match(html, message);
      assert.match(html, /Not checked yet/);
      assert.doesNotMatch(html, /<html/);
    }
  });

  it('serves /check, linked from the navigation, and checks a note posted without JavaScript', async () => {
    const page = await (await app.request(`${ORIGIN}/check`)).text();
    assert.match(page, /<a href="\/check" aria-current="page">/);
    assert.match(page, /<form method="post" action="\/check#check-result"/);
    assert.match(page, /<textarea id="check-text" name="text"/);
    assert.match(page, /<label for="check-text">Your note<\/label>/);
    assert.match(page, /<p id="check-status" class="check-status" role="status" aria-live="polite"/);
    assert.match(page, /hx-trigger="submit, input changed delay:400ms/);
    assert.match(page, /<option value="[^"]+">Acme Analytics: Senior Product Manager/);

    const res = await post('/check', { text: GOOD, channel: 'email', interviewId: iv.id, to: 'Dana' });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<html/);
    assert.match(html, /role="status" aria-live="polite" aria-atomic="true">Score \d+ of 100/);
    assert.match(html, /data-check="names"><span class="check-mark" aria-hidden="true">✓/);
    assert.ok(marks(html).length > 0);
    assert.match(html, /<textarea[^>]*>Dear Dana,/, 'the note is kept in the form');

    const bad = await post('/check', { text: '' });
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /<title>Error: Check a note/);
    assert.match(badHtml, /class="error-summary"/);
    assert.match(badHtml, /<a href="#check-text">The note is empty/);
    assert.match(badHtml, /aria-invalid="true"/);
  });

  it('puts an editor per interviewer on the interview page; it checks names and near-copies', async () => {
    const page = await (await app.request(`${ORIGIN}/interviews/${iv.id}`)).text();
    const [dana, sam] = iv.participants;
    assert.ok(dana && sam);
    assert.match(page, /Write and check a thank-you note to Dana Reyes/);
    assert.match(page, /Write and check a thank-you note to Sam Lee/);
    assert.match(page, new RegExp(`action="/interviews/${iv.id}/check#note-n0-result"`));
    assert.match(page, new RegExp(`name="note-${dana.contact.id}"`));

    const fields = {
      contact: dana.contact.id,
      [`note-${dana.contact.id}`]: GOOD,
      [`note-${sam.contact.id}`]: GOOD.replace('Dear Dana', 'Dear Sam'),
      channel: 'email',
      announced: '',
    };
    const res = await post(`/interviews/${iv.id}/check`, fields, htmx);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<p id="note-n0-status" hx-swap-oob/);
    assert.match(html, /data-check="names"><span class="check-mark" aria-hidden="true">✓/);
    assert.match(html, /data-check="uniqueness"><span class="check-mark" aria-hidden="true">✗/);

    // Without JavaScript: the whole interview page, that editor open with its report.
    const plain = await post(`/interviews/${iv.id}/check`, {
      contact: dana.contact.id,
      [`note-${dana.contact.id}`]: GOOD,
    });
    assert.equal(plain.status, 200);
    const full = await plain.text();
    assert.match(full, /<details class="note-check" open="">/);
    assert.match(full, /id="note-n0-status"[^>]*>Score \d+ of 100/);
    assert.match(full, /data-check="uniqueness"><span class="check-mark" aria-hidden="true">–/);

    const missing = await post(`/interviews/iv_nope/check`, { contact: dana.contact.id }, htmx);
    assert.equal(missing.status, 404);
    const stranger = await post(`/interviews/${iv.id}/check`, { contact: 'ct_other', 'note-ct_other': GOOD });
    assert.equal(stranger.status, 400);
  });

  it('refuses the POST without a same-origin Origin, so another site cannot use it', async () => {
    const fields = { text: GOOD };
    const refused: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refused) {
      const res = await post('/check', fields, { ...htmx, ...headers });
      assert.equal(res.status, 403, JSON.stringify(headers));
      assert.doesNotMatch(await res.text(), /Score/);
    }
    const noOrigin = await app.request(`${ORIGIN}/check`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(noOrigin.status, 403);
    const res = await post('/check', fields, { 'sec-fetch-site': 'same-origin', ...htmx });
    assert.equal(res.status, 200);
  });
});
