// Issue 15, defects 2, 4, 7 and 8 on the web: impossible dates are 400s that show the form again,
// malformed bodies and %-encodings are 400s, notes reach a panel member whatever their name holds,
// and every private response says no-store (static assets keep their immutable caching).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { startWebApp, type WebTestApp } from '../../test/helpers/web-app.js';
import { assetUrl } from './static.js';

const ORIGIN = 'http://127.0.0.1:4100';
const IMPOSSIBLE = ['2026-04-31T10:00', '2026-12-32', '2026-13-01', '2026-02-30T10:00', '2026-11-31T09:00'];

describe('web: hardening (issue 15)', () => {
  let web: WebTestApp;
  let app: Hono;
  let interviewId: string;
  let touchId: string;
  // Wed 4 Mar 2026 in New York: the interview was yesterday.
  const clock = { now: () => new Date('2026-03-04T15:00:00Z') };

  const get = (path: string) => app.request(`${ORIGIN}${path}`);
  const post = (path: string, fields: Record<string, string>) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    });

  before(async () => {
    web = await startWebApp({ clock });
    app = web.app;
    const res = await post('/interviews', {
      company: 'Acme Corp',
      role: 'Product Manager',
      at: '2026-03-03T10:00',
      tz: 'America/New_York',
      'interviewers.0.name': 'Dana <Reyes',
      'interviewers.0.email': 'dana@acme.example',
      'interviewers.0.role': 'interviewer',
    });
    assert.equal(res.status, 303, await res.text());
    interviewId = (res.headers.get('location') ?? '').split('/').pop() as string;
    const plan = await web.opened.api.followUps.plan(interviewId);
    touchId = (plan.touches[0] as { id: string }).id;
  });
  after(async () => {
    await web.close();
  });

  describe('impossible dates (defect 2)', () => {
    for (const until of IMPOSSIBLE) {
      it(`snooze until ${until} is a 400 naming the field, the page shown again`, async () => {
        const res = await post(`/touches/${touchId}/snooze`, { until, return: `/interviews/${interviewId}` });
        const html = await res.text();
        assert.equal(res.status, 400, html.slice(0, 500));
        assert.match(html, /must be a date/);
        assert.match(html, /Acme Corp/, 'the interview page again, not an error page');
      });
      it(`log at ${until} is a 400 with the form again`, async () => {
        const res = await post(`/interviews/${interviewId}/log`, { kind: 'reply', at: until });
        const html = await res.text();
        assert.equal(res.status, 400, html.slice(0, 500));
        assert.match(html, /must be a date/);
        assert.match(html, /Acme Corp/);
      });
    }
  });

  describe('malformed bodies and encodings (defect 4)', () => {
    const routes = () => ['/interviews', '/profile', `/touches/${touchId}/snooze`, `/interviews/${interviewId}/log`];
    it('a malformed multipart body is a 400 on every route that reads a form', async () => {
      for (const path of routes()) {
        const res = await app.request(`${ORIGIN}${path}`, {
          method: 'POST',
          body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end',
          headers: { 'content-type': 'multipart/form-data; boundary=x', origin: ORIGIN },
        });
        assert.equal(res.status, 400, `${path}: ${await res.text()}`);
      }
    });
    it('a multipart body without a boundary is a 400', async () => {
      const res = await app.request(`${ORIGIN}/profile`, {
        method: 'POST',
        body: 'name=x',
        headers: { 'content-type': 'multipart/form-data', origin: ORIGIN },
      });
      assert.equal(res.status, 400);
    });
    it('a malformed %-encoding in the return path is not a 500', async () => {
      const res = await post(`/touches/${touchId}/snooze`, { until: '2026-02-30', return: '/interviews/%E0%A4%A' });
      assert.equal(res.status, 400, await res.text());
      const ok = await post(`/touches/${touchId}/snooze`, { until: '2026-12-01', return: '/interviews/%E0%A4%A' });
      assert.equal(ok.status, 303);
      // The broken path is ignored: back to the touch's own interview.
      assert.equal(ok.headers.get('location'), `/interviews/${interviewId}?updated=snoozed#plan`);
    });
  });

  it('an unknown country is refused on the interview form and the profile, as on the CLI (defect 6)', async () => {
    const add = await post('/interviews', {
      company: 'Acme Corp',
      role: 'Designer',
      at: '2026-03-03T10:00',
      tz: 'UTC',
      country: 'XX',
    });
    assert.equal(add.status, 400);
    assert.match(await add.text(), /&quot;XX&quot; is not a country we know the holidays of/);
    const profile = await post('/profile', { country: 'XX' });
    assert.equal(profile.status, 400);
    assert.equal((await web.opened.api.profile.get()).country, '');
  });

  it('notes reach a panel member whose name holds "<" (defect 7)', async () => {
    const page = await (await get(`/interviews/${interviewId}`)).text();
    const hidden = /name="interviewer" value="([^"]*)"/.exec(page);
    assert.ok(hidden, 'the notes form names the interviewer');
    const interviewer = (hidden[1] as string).replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    const res = await post(`/interviews/${interviewId}/notes`, { interviewer, topic: 'pricing' });
    assert.equal(res.status, 303, await res.text());
    const record = await web.opened.api.interviews.show(interviewId);
    assert.deepEqual(record.notes[0]?.topics, ['pricing']);
  });

  describe('caching (defect 8)', () => {
    it('private pages and the sheet PDF say no-store', async () => {
      for (const path of [
        '/',
        `/interviews/${interviewId}`,
        `/interviews/${interviewId}/edit`,
        `/interviews/${interviewId}/sheet`,
        `/interviews/${interviewId}/sheet.pdf`,
        '/profile',
        '/interviews/new',
        '/no-such-page',
      ]) {
        const res = await get(path);
        assert.match(res.headers.get('cache-control') ?? '', /no-store/, path);
      }
      const refused = await post(`/touches/${touchId}/snooze`, { until: '2026-02-30', return: '/' });
      assert.equal(refused.status, 400);
      assert.match(refused.headers.get('cache-control') ?? '', /no-store/);
    });
    it('static assets keep their immutable caching', async () => {
      const res = await get(assetUrl('app.css'));
      assert.equal(res.status, 200);
      assert.match(res.headers.get('cache-control') ?? '', /immutable/);
      assert.doesNotMatch(res.headers.get('cache-control') ?? '', /no-store/);
    });
  });
});
