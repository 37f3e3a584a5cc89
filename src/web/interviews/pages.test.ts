import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { TestApp } from '../../../test/helpers/app.js';
import { startWebApp, type WebTestApp } from '../../../test/helpers/web-app.js';

const ORIGIN = 'http://127.0.0.1:4100';

const GOOD = {
  company: 'Acme Corp',
  role: 'Product Manager',
  at: '2026-03-03T10:00',
  tz: 'America/New_York',
  country: 'US',
  stage: 'first round',
  format: 'video',
  'interviewers.0.name': 'Dana Reyes',
  'interviewers.0.email': 'dana@acme.example',
  'interviewers.0.title': 'Head of Product',
  'interviewers.0.role': 'hiring-manager',
  'interviewers.1.name': '',
  'interviewers.1.email': '',
  'interviewers.1.title': '',
  'interviewers.1.role': 'interviewer',
  'interviewers.2.name': 'Sam Lee',
  'interviewers.2.email': '',
  'interviewers.2.title': '',
  'interviewers.2.role': 'interviewer',
  timeframe: 'we hope to decide by the end of next week',
  contact: 'dana@acme.example',
  permission: 'yes',
  channel: 'email',
  nextStep: 'a take-home exercise',
  why: 'I love the product',
  strength: 'I shipped a similar roadmap',
  postingUrl: 'https://jobs.acme.example/pm-42',
};

describe('web pages', () => {
  let web: WebTestApp;
  let opened: TestApp;
  let app: Hono;
  before(async () => {
    web = await startWebApp();
    ({ opened, app } = web);
  });
  after(async () => {
    await web.close();
  });

  const get = (path: string) => app.request(`${ORIGIN}${path}`);
  const post = (path: string, fields: Record<string, string>) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    });
  const addGood = async (extra: Record<string, string> = {}) => {
    const res = await post('/interviews', { ...GOOD, ...extra });
    assert.equal(res.status, 303, await res.clone().text());
    const location = res.headers.get('location') ?? '';
    assert.match(location, /^\/interviews\/iv_[0-9a-z]+$/);
    return location;
  };

  it('shows an empty dashboard that points to adding an interview', async () => {
    const res = await get('/');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Nothing recorded yet/);
    assert.match(html, /href="\/interviews\/new"/);
    assert.match(html, /href="\/profile"/);
  });

  it('adds an interview from the form and lists it on the dashboard', async () => {
    const location = await addGood();
    const html = await (await get('/')).text();
    assert.match(html, /Acme Corp/);
    assert.match(html, /Product Manager/);
    assert.match(html, /Tue 3 Mar 2026, 10:00 America\/New_York/);
    assert.match(html, /Dana Reyes, Sam Lee/, 'the empty middle row was ignored');
    assert.match(html, /we hope to decide by the end of next week/);
    assert.match(html, /Dana Reyes &lt;dana@acme.example&gt;/);
    assert.match(html, /Yes, they said I may follow up/);
    assert.ok(html.includes(`href="${location}"`));
    const detail = await (await get(location)).text();
    assert.match(detail, /Head of Product/);
    assert.match(detail, /href="https:\/\/jobs.acme.example\/pm-42"/);
    assert.match(detail, /a take-home exercise/);
  });

  it('says plainly when no time frame was recorded', async () => {
    await addGood({ company: 'Globex', timeframe: '', contact: '' });
    const html = await (await get('/')).text();
    assert.match(html, /No time frame recorded: ask for one/);
  });

  it('rejects bad input with 400, a summary, a message per field and the values kept', async () => {
    const before = (await opened.api.interviews.list()).length;
    const res = await post('/interviews', {
      ...GOOD,
      company: '',
      tz: 'Mars/Olympus',
      'interviewers.0.name': '',
      'interviewers.0.email': '',
      'interviewers.0.title': '',
      'interviewers.1.name': 'Kim',
      'interviewers.1.email': 'kim-at-acme',
      postingUrl: 'javascript:alert(1)',
    });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /<div class="error-summary" role="alert" tabindex="-1"/);
    assert.match(html, /href="#f-company"/);
    assert.match(html, /id="f-company"[^>]*aria-describedby="f-company-error"[^>]*aria-invalid="true"/);
    assert.match(html, /id="f-company-error"/);
    assert.match(html, /id="f-tz-error"[^<]*<span[^>]*>Error: <\/span>is not a known IANA time zone/);
    // The second row's email, although it is the first interviewer the app saw.
    assert.match(html, /href="#f-interviewers-1-email"/);
    assert.match(html, /id="f-interviewers-1-email-error"/);
    assert.doesNotMatch(html, /id="f-interviewers-0-email-error"/);
    assert.match(html, /id="f-postingUrl-error"/);
    assert.match(html, /value="Product Manager"/, 'values kept');
    assert.match(html, /value="kim-at-acme"/);
    assert.match(html, /we hope to decide by the end of next week<\/textarea>/);
    assert.match(html, /id="f-permission-yes"[^>]*checked/);
    assert.equal((await opened.api.interviews.list()).length, before, 'nothing saved');
  });

  it('adds an interviewer row without JavaScript, keeping what was typed', async () => {
    const before = (await opened.api.interviews.list()).length;
    const res = await post('/interviews', { ...GOOD, addRow: '1' });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /name="interviewers.3.name"/);
    assert.doesNotMatch(html, /name="interviewers.4.name"/);
    assert.match(html, /value="Dana Reyes"/);
    assert.equal((await opened.api.interviews.list()).length, before);
    const fragment = await (await get('/interviews/interviewer-row?index=3')).text();
    assert.match(fragment, /name="interviewers.3.email"/);
    assert.match(fragment, /hx-swap-oob="true"[^>]*|index=4/);
  });

  it('escapes user text', async () => {
    const location = await addGood({
      company: '<script>alert(1)</script>',
      'interviewers.0.name': '<img src=x onerror=alert(1)>',
      contact: '',
      timeframe: '"><script>alert(2)</script>',
    });
    for (const path of ['/', location, `${location}/edit`, `${location}/delete`]) {
      const html = await (await get(path)).text();
      assert.doesNotMatch(html, /<script>alert|<img src=x/, path);
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, path);
    }
  });

  it('answers 404 for an unknown interview or page', async () => {
    for (const path of ['/interviews/iv_nope', '/interviews/iv_nope/edit', '/interviews/iv_nope/delete', '/nope']) {
      const res = await get(path);
      assert.equal(res.status, 404, path);
      assert.match(await res.text(), /Page not found/);
    }
    assert.equal((await post('/interviews/iv_nope/delete', {})).status, 404);
    assert.equal((await post('/interviews/iv_nope/edit', GOOD)).status, 404);
  });

  it('deletes only after confirmation, and never on a GET', async () => {
    const location = await addGood({ company: 'Initech' });
    const confirm = await get(`${location}/delete`);
    assert.equal(confirm.status, 200);
    const html = await confirm.text();
    assert.match(html, /Delete this interview\?/);
    assert.match(html, new RegExp(`<form method="post" action="${location}/delete"`));
    assert.equal((await get(location)).status, 200, 'still there after the GET');
    const res = await post(`${location}/delete`, {});
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/');
    assert.equal((await get(location)).status, 404);
    assert.doesNotMatch(await (await get('/')).text(), /Initech/);
  });

  it('edits an interview with the form prefilled', async () => {
    const location = await addGood({ company: 'Umbrella' });
    const form = await (await get(`${location}/edit`)).text();
    assert.match(form, /value="Umbrella"/);
    assert.match(form, /value="2026-03-03T10:00"/);
    assert.match(form, /value="dana@acme.example"/);
    const res = await post(`${location}/edit`, { ...GOOD, company: 'Umbrella', stage: 'final round', status: 'offer' });
    assert.equal(res.status, 303);
    const detail = await (await get(location)).text();
    assert.match(detail, /final round/);
    assert.match(detail, /Offer/);
    // Emptied in the form, the country is cleared (not kept as it was).
    assert.equal((await post(`${location}/edit`, { ...GOOD, company: 'Umbrella', country: '' })).status, 303);
    assert.match(await (await get(location)).text(), /<dt>Country<\/dt>\s*<dd>Not recorded<\/dd>/);
    const bad = await post(`${location}/edit`, { ...GOOD, company: '', at: '2026-02-30T10:00' });
    assert.equal(bad.status, 400);
    const html = await bad.text();
    assert.match(html, /id="f-company-error"/);
    assert.match(html, /id="f-at-error"/);
  });

  it('records notes per interviewer', async () => {
    const location = await addGood({ company: 'Hooli' });
    const res = await post(`${location}/notes`, {
      interviewer: 'Dana Reyes <dana@acme.example>',
      topic: 'Roadmap planning',
      challenge: 'Churn in the first month',
      idea: 'An onboarding checklist',
      article: 'https://example.com/how-they-cut-churn',
      weakAnswer: 'My answer on pricing',
    });
    assert.equal(res.status, 303);
    const html = await (await get(location)).text();
    for (const s of [
      'Roadmap planning',
      'Churn in the first month',
      'An onboarding checklist',
      'My answer on pricing',
    ]) {
      assert.ok(html.includes(s), s);
    }
    assert.match(html, /href="https:\/\/example.com\/how-they-cut-churn"/);
    const bad = await post(`${location}/notes`, {
      interviewer: 'Dana Reyes <dana@acme.example>',
      article: 'javascript:alert(1)',
    });
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /id="n0-article-error"/);
    assert.doesNotMatch(badHtml, /href="javascript:/);
  });

  it('updates the profile and rejects a bad time zone', async () => {
    const res = await post('/profile', {
      name: 'Alex Doe',
      email: 'alex@example.com',
      phone: '',
      address: '1 Main St\nSpringfield',
      signature: 'Alex',
      country: 'de',
      timeZone: 'Europe/Berlin',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/profile?saved=1');
    const html = await (await get('/profile?saved=1')).text();
    assert.match(html, /Profile saved/);
    assert.match(html, /value="Alex Doe"/);
    assert.match(html, /value="DE"/);
    assert.match(
      await (await get('/interviews/new')).text(),
      /name="tz" [^>]*value="Europe\/Berlin"|value="Europe\/Berlin"/,
    );
    const bad = await post('/profile', { name: 'Alex Doe', timeZone: 'Nowhere/Land' });
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /id="f-timeZone-error"/);
    assert.match(badHtml, /value="Nowhere\/Land"/);
    assert.equal((await opened.api.profile.get()).timeZone, 'Europe/Berlin');
  });
});
