// Issue 7's pages over app.request(): the sheet (HTML with print CSS, PDF), the quick capture, the
// outcome buttons and forms, contacts and the follow-up record with its SVG chart, all escaped.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { TestApp } from '../../test/helpers/app.js';
import { startWebApp, type WebTestApp } from '../../test/helpers/web-app.js';

const ORIGIN = 'http://127.0.0.1:4100';
const EVIL = '<script>alert(1)</script>';

describe('sheet, capture, outcomes, contacts and stats pages', () => {
  let web: WebTestApp;
  let opened: TestApp;
  let app: Hono;
  let iv: { id: string; opportunityId: string };
  before(async () => {
    web = await startWebApp({ clock: { now: () => new Date('2026-03-10T12:00:00Z') } });
    ({ opened, app } = web);
    iv = await opened.api.interviews.add({
      company: `Acme ${EVIL}`,
      role: 'Product Manager',
      at: '2026-03-03T10:00',
      tz: 'America/New_York',
      why: `I love ${EVIL}`,
      interviewers: [
        { name: 'Dana Reyes', email: 'dana@acme.example', role: 'hiring-manager' },
        { name: 'Sam Lee', email: 'sam@acme.example' },
      ],
      contact: 'Dana',
      timeframe: 'by Friday',
    });
    await opened.api.followUps.log(iv.id, { kind: 'reply', from: 'Dana', at: '2026-03-05' });
  });
  after(async () => web?.close());

  const get = (path: string) => app.request(`${ORIGIN}${path}`);
  const post = (path: string, fields: [string, string][]) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    });

  it('shows the sheet with its sections and escapes what the user typed', async () => {
    const res = await get(`/interviews/${iv.id}/sheet`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Before you leave, ask/);
    assert.match(html, /gives you pause/);
    assert.match(html, /Source: Accountemps survey, 2017/);
    assert.ok(!html.includes(EVIL) && html.includes('&lt;script&gt;'));
    const refused = await post(`/interviews/${iv.id}/sheet/points`, [['point', '']]);
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /Write the point first/);
    const added = await post(`/interviews/${iv.id}/sheet/points`, [['point', 'the churn story']]);
    assert.equal(added.status, 303);
    assert.match(
      await (await get(`/interviews/${iv.id}/sheet`)).text(),
      /Prepared point:<\/strong> <span class="prose">the churn story/,
    );
    const pdf = await get(`/interviews/${iv.id}/sheet.pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.headers.get('content-disposition'), 'attachment; filename="interview-sheet.pdf"');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
    assert.equal((await get('/interviews/iv_nope/sheet')).status, 404);
  });

  it('saves a quick capture and says plainly when the plan falls back', async () => {
    const res = await post(`/interviews/${iv.id}/capture`, [
      ['gotTimeframe', 'no'],
      ['gotContact', 'yes'],
      ['contact', 'Dana'],
      ['cues', 'checking-time'],
      ['cues', 'no-follow-ups'],
      ['weakAnswer', 'the SQL question: I use window functions daily'],
      ['weakWith', 'Sam Lee'],
    ]);
    assert.equal(res.status, 303, await res.clone().text());
    const page = await (await get(res.headers.get('location') ?? '')).text();
    assert.match(page, /Saved\. The plan was updated/);
    assert.match(page, /No time frame: the plan falls back to the default cadence/);
    assert.match(page, /id="f-cue-checking-time" name="cues" value="checking-time" checked/);
    const bad = await post(`/interviews/${iv.id}/capture`, [['cues', 'yawning']]);
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /cues: must be one of/);
  });

  it('offers only the outcomes the table allows, and a rejection plans a reply and keep-warm notes', async () => {
    const page = await (await get(`/interviews/${iv.id}`)).text();
    assert.match(page, /They said no/);
    assert.ok(!page.includes('I accepted the offer'), 'accepting needs an offer first');
    const refused = await post(`/opportunities/${iv.opportunityId}/outcome`, [['outcome', 'accepted']]);
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /it can become &quot;offer&quot;, &quot;rejected&quot;/);
    const form = await (await get(`/opportunities/${iv.opportunityId}/outcome/rejected`)).text();
    assert.match(form, /Keep in touch with/);
    const people = await opened.api.interviews.show(iv.id);
    const sam = people.participants.find((p) => p.contact.name === 'Sam Lee')?.contact.id ?? '';
    const done = await post(`/opportunities/${iv.opportunityId}/outcome`, [
      ['outcome', 'rejected'],
      ['keepWarm', sam],
      ['everyMonths', '6'],
    ]);
    assert.equal(done.status, 200, await done.clone().text());
    const html = await done.text();
    assert.match(html, /Recorded: Rejected/);
    assert.match(html, /href="\/messages\/msg_[a-z0-9]+">Thank you, and a request/);
    assert.match(html, /Keep in touch with Sam Lee/);
    assert.match(html, /Reply to Dana Reyes&#39;s decision/);
  });

  it('lists contacts with what is next, and the record with an accessible, escaped chart', async () => {
    const contacts = await (await get('/contacts')).text();
    assert.match(contacts, /Sam Lee/);
    assert.match(contacts, /Keep in touch with Sam Lee<\/a>, <time class="next-date"/);
    assert.ok(!contacts.includes(EVIL));
    const stats = await (await get('/stats')).text();
    assert.match(stats, /Time frame captured/);
    assert.match(stats, /<svg[^>]*role="img"[^>]*aria-labelledby="chart-title chart-desc"/);
    assert.match(stats, /<title id="chart-title">Notes sent and replies received, by month<\/title>/);
    assert.match(stats, /<desc id="chart-desc">2026-03: 0 sent, 1 replies<\/desc>/);
    assert.match(stats, /Rejected: 1/);
  });
});
