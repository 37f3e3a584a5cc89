import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { TestApp } from '../../test/helpers/app.js';
import { startWebApp, type WebTestApp } from '../../test/helpers/web-app.js';
import { localHosts } from './security.js';
import { createWebApp, startServer } from './server.js';

const ORIGIN = 'http://127.0.0.1:4100';
const form = { company: 'Acme', role: 'PM', at: '2026-03-03T10:00', tz: 'America/New_York' };

describe('web security', () => {
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

  const post = (headers: Record<string, string>, host = ORIGIN) =>
    app.request(`${host}/interviews`, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });

  it('answers only to its local names', async () => {
    for (const host of ['127.0.0.1:4100', 'localhost:4100', '[::1]:4100']) {
      const res = await app.request(`${ORIGIN}/`, { headers: { host } });
      assert.equal(res.status, 200, host);
    }
    for (const host of ['evil.example', 'evil.example:4100', '127.0.0.1:4101', 'localhost']) {
      const res = await app.request(`${ORIGIN}/`, { headers: { host } });
      assert.equal(res.status, 421, host);
      assert.doesNotMatch(await res.text(), /<html/);
    }
  });

  it('refuses a state-changing request without an Origin or from another site', async () => {
    assert.equal((await post({})).status, 403);
    assert.equal((await post({ origin: 'http://evil.example' })).status, 403);
    assert.equal((await post({ origin: 'http://localhost:4100' })).status, 403, 'another local name is another origin');
    assert.equal((await post({ origin: 'null' })).status, 403, 'Origin: null alone proves nothing');
    assert.equal((await post({ 'sec-fetch-site': 'cross-site', origin: ORIGIN })).status, 403);
    assert.equal((await post({ 'sec-fetch-site': 'same-site', origin: 'null' })).status, 403);
    assert.equal((await post({ 'sec-fetch-site': 'same-origin', origin: 'http://evil.example' })).status, 403);
    assert.equal((await opened.api.interviews.list()).length, 0, 'nothing was saved');
  });

  it('accepts a post from its own pages', async () => {
    const res = await post({ origin: ORIGIN });
    assert.equal(res.status, 303);
    // What Chromium sends for a same-origin form post under Referrer-Policy: no-referrer.
    const fromBrowser = await post({ origin: 'null', 'sec-fetch-site': 'same-origin' });
    assert.equal(fromBrowser.status, 303);
    assert.equal((await opened.api.interviews.list()).length, 2);
  });

  it('sends security headers', async () => {
    const res = await app.request(`${ORIGIN}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  });

  it('serves static assets locally with cache headers', async () => {
    const page = await (await app.request(`${ORIGIN}/`)).text();
    const css = /href="(\/static\/app\.css\?v=[0-9a-f]+)"/.exec(page)?.[1];
    const js = /src="(\/static\/vendor\/htmx\.min\.js\?v=[0-9a-f]+)"/.exec(page)?.[1];
    assert.ok(css && js, 'page links hashed local assets');
    assert.doesNotMatch(page, /https?:\/\/(?!127\.0\.0\.1)[^"]*\.(js|css)/, 'no CDN');
    const res = await app.request(`${ORIGIN}${css}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/css/);
    assert.match(res.headers.get('cache-control') ?? '', /immutable/);
    const jsRes = await app.request(`${ORIGIN}${js}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(jsRes.headers.get('content-encoding'), 'gzip');
    const stale = await app.request(`${ORIGIN}/static/app.css?v=old`);
    assert.match(stale.headers.get('cache-control') ?? '', /must-revalidate/);
    assert.equal((await app.request(`${ORIGIN}/static/../server.ts`)).status, 404);
    assert.equal((await app.request(`${ORIGIN}/static/nope.css`)).status, 404);
  });

  it('shows a 500 page without details when something unexpected fails', async () => {
    const logged: string[] = [];
    const broken = {
      ...opened.api,
      overviewPage: async () => {
        throw new Error('secret database detail');
      },
    };
    const res = await createWebApp(broken, {
      allowedHosts: localHosts('127.0.0.1', 4100),
      log: (l) => logged.push(l),
    }).request(`${ORIGIN}/`);
    assert.equal(res.status, 500);
    const body = await res.text();
    assert.match(body, /Something went wrong/);
    assert.doesNotMatch(body, /secret database detail|at .*\.ts/);
    assert.match(logged.join('\n'), /secret database detail/, 'the operator sees it in the log');
  });

  it('serves on a free port and refuses a rebinding Host on the real socket', async () => {
    const server = await startServer({ api: opened.api, host: '127.0.0.1', port: 0, log: () => {} });
    try {
      const url = new URL(server.url);
      assert.notEqual(url.port, '0');
      assert.equal((await fetch(`${server.url}/`)).status, 200);
      const status = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port: url.port, path: '/', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      assert.equal(await status(`localhost:${url.port}`), 200);
      assert.equal(await status(`attacker.example:${url.port}`), 421);
    } finally {
      await server.close();
    }
  });
});
