// The draft editor over HTTP: Draft from a touch opens (and reopens) one draft, the page shows the
// score and the gaps, the live check saves nothing, Save re-scores, regenerate switches tone, and
// user text is escaped everywhere it appears.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { startWebApp, type WebTestApp } from '../../../test/helpers/web-app.js';
import type { FollowThrough } from '../../app/index.js';
import type { InterviewRecord } from '../../core/model.js';

const ORIGIN = 'http://127.0.0.1:4100';

describe('web: drafts', () => {
  let web: WebTestApp;
  let app: Hono;
  let api: FollowThrough;
  let iv: InterviewRecord;
  const clock = { now: () => new Date('2026-03-03T20:00:00Z') };

  before(async () => {
    web = await startWebApp({ clock });
    app = web.app;
    api = web.opened.api;
    await api.profile.update({ name: 'Jordan Lee', email: 'jordan@example.org' });
    iv = await api.interviews.add({
      company: 'Acme <Corp>',
      role: 'Product Manager',
      at: '2026-03-03T10:00',
      tz: 'America/New_York',
      why: 'your focus on small-business owners',
      strength: 'I ran onboarding for 40,000 small businesses',
      interviewers: [
        { name: 'Dana Reyes', email: 'dana@acme.example' },
        { name: 'Sam Lee', email: 'sam@acme.example' },
      ],
      timeframe: 'we hope to decide by the end of next week',
      contact: 'Dana',
      permission: 'yes',
    });
    await api.interviews.recordNotes(iv.id, {
      interviewer: 'Dana',
      topics: ['the <script>alert(1)</script> roadmap'],
      challenges: [{ challenge: 'onboarding churn', idea: 'a three-email welcome series' }],
    });
  });
  after(async () => {
    await web.close();
  });

  const get = (path: string) => app.request(`${ORIGIN}${path}`);
  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
    });
  const thanksTouch = async (name: string) => {
    const plan = await api.followUps.plan(iv.id);
    const person = iv.participants.find((p) => p.contact.name === name)?.contact.id;
    const t = plan.touches.find((x) => x.kind === 'thank-you' && x.contactId === person);
    assert.ok(t, `thank-you touch for ${name}`);
    return t;
  };

  it('an answer that fell flat with Sam offers a clarification draft to Sam only, written to address it', async () => {
    const before = await (await get(`/interviews/${iv.id}`)).text();
    assert.doesNotMatch(before, /Draft a thank-you with a clarification/);
    await api.interviews.recordNotes(iv.id, {
      interviewer: 'Sam',
      topics: ['the partner API'],
      weakAnswer: 'asked about rate limits; I would now say we cap per tenant and queue the rest',
    });
    const page = await (await get(`/interviews/${iv.id}`)).text();
    assert.match(page, /Draft a thank-you with a clarification to Sam Lee/);
    assert.doesNotMatch(page, /Draft a thank-you with a clarification to Dana Reyes/);
    const sam = iv.participants.find((p) => p.contact.name === 'Sam Lee')?.contact.id ?? '';
    const res = await post(`/interviews/${iv.id}/drafts`, { contact: sam, kind: 'clarification' });
    assert.equal(res.status, 303);
    const editor = await (await get(res.headers.get('location') ?? '')).text();
    assert.match(editor, /Thank-you with a clarification to Sam Lee/);
    assert.match(editor, /rate limits/);
    assert.match(editor, /Names the answer you revisit/, 'scored on the clarification checklist');
    const refused = await post(`/interviews/${iv.id}/drafts`, { contact: sam, kind: 'withdrawal' });
    assert.equal(refused.status, 400);
  });

  it('Draft on a touch creates one draft and opens the editor; pressing it again reopens the same one', async () => {
    const touch = await thanksTouch('Dana Reyes');
    const interviewPage = await (await get(`/interviews/${iv.id}`)).text();
    assert.match(interviewPage, new RegExp(`action="/touches/${touch.id}/draft"`));
    const first = await post(`/touches/${touch.id}/draft`, {});
    assert.equal(first.status, 303);
    const location = first.headers.get('location') ?? '';
    assert.match(location, /^\/messages\/msg_[^?]+\?updated=created$/);
    const again = await post(`/touches/${touch.id}/draft`, {});
    assert.equal(again.headers.get('location'), location);
    const page = await (await get(location)).text();
    assert.match(page, /Thank-you to Dana Reyes/);
    assert.match(page, /Score \d+ of 100/);
    assert.match(page, /a three-email welcome series/);
    assert.doesNotMatch(page, /<script>alert/);
    assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;|&lt;script>alert/);
    assert.match(page, /Acme &lt;Corp&gt;/);
  });

  it('a draft with gaps lists them; the live check scores without saving; Save re-scores', async () => {
    const res = await post(`/interviews/${iv.id}/drafts`, {
      contact: iv.participants[1]?.contact.id ?? '',
      kind: 'thank-you',
    });
    assert.equal(res.status, 303);
    const path = (res.headers.get('location') ?? '').split('?')[0] as string;
    const id = path.split('/').pop() as string;
    const before = await api.drafts.get(id);
    assert.ok(before.gaps.length > 0);
    const page = await (await get(path)).text();
    assert.match(page, /Still to add before sending/);
    for (const g of before.gaps) assert.ok(page.includes(g.replace(/'/g, '&#39;')) || page.includes(g), g);

    const live = await post(`${path}/check`, { body: 'Thanks.' }, { 'hx-request': 'true' });
    assert.equal(live.status, 200);
    assert.match(await live.text(), /id="draft-status" hx-swap-oob/);
    assert.equal((await api.drafts.get(id)).body, before.body, 'the live check saved nothing');

    const saved = await post(path, { subject: 'Thank you, Sam', body: 'Dear Sam,\n\nThank you for today.\n\nJordan' });
    assert.equal(saved.status, 303);
    const after = await api.drafts.get(id);
    assert.equal(after.subject, 'Thank you, Sam');
    assert.deepEqual(after.gaps, []);
    assert.notEqual(after.score, before.score);

    const refused = await post(path, { subject: 'x', body: '   ' });
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /is empty/);
    assert.equal((await api.drafts.get(id)).body, after.body, 'a refused save loses nothing');

    const regen = await post(`${path}/regenerate`, { tone: 'formal', format: 'card' });
    assert.equal(regen.status, 303);
    const formal = await api.drafts.get(id);
    assert.equal(formal.tone, 'formal');
    assert.equal(formal.format, 'card');
  });

  it('unknown messages are a 404 page; writes need the same origin', async () => {
    assert.equal((await get('/messages/msg_nope')).status, 404);
    const touch = await thanksTouch('Dana Reyes');
    const cross = await app.request(`${ORIGIN}/touches/${touch.id}/draft`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    assert.equal(cross.status, 403);
  });
});
