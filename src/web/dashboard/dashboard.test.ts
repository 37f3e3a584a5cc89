// The dashboard with a long history: the first page shows 20 opportunities, open ones first, and
// offers the rest behind "Show all".
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startWebApp, type WebTestApp } from '../../../test/helpers/web-app.js';
import { DUE_SHOWN } from '../follow-ups/due-list.js';
import { DASHBOARD_OPPORTUNITIES } from './dashboard-data.js';

const ORIGIN = 'http://127.0.0.1:4100';

describe('web: dashboard with many opportunities', () => {
  let web: WebTestApp;
  before(async () => {
    web = await startWebApp();
    for (let i = 0; i < DASHBOARD_OPPORTUNITIES + 3; i++) {
      await web.opened.api.interviews.add({
        company: `Company ${String(i).padStart(2, '0')}`,
        role: 'PM',
        at: '2026-03-03T10:00',
        tz: 'UTC',
        interviewers: [{ name: `Dana ${i}`, email: `dana${i}@example.com` }],
      });
    }
  });
  after(async () => {
    await web.close();
  });

  const sections = (html: string) => (html.match(/<section class="card" aria-labelledby="op-/g) ?? []).length;

  it('shows a page of them with a link to all', async () => {
    const html = await (await web.app.request(`${ORIGIN}/`)).text();
    assert.equal(sections(html), DASHBOARD_OPPORTUNITIES);
    assert.match(html, new RegExp(`Showing ${DASHBOARD_OPPORTUNITIES} of ${DASHBOARD_OPPORTUNITIES + 3}`));
    assert.match(html, /href="\/\?all=1"/);
    const all = await (await web.app.request(`${ORIGIN}/?all=1`)).text();
    assert.equal(sections(all), DASHBOARD_OPPORTUNITIES + 3);
    assert.doesNotMatch(all, /Show all \d+<\/a>\s*<\/p>\s*<p>\s*Your name/);
  });

  it('a cached dashboard is served again only while nothing changed, in this process or another', async () => {
    const page = async () => (await web.app.request(`${ORIGIN}/`)).text();
    const dueCount = (html: string) => /(\d+) to do/.exec(html)?.[1];
    const first = await page();
    assert.equal(await page(), first);
    // A write through this app: marked done, one fewer to do.
    const [touch] = await web.opened.api.followUps.due({ days: 7 });
    assert.ok(touch);
    await web.opened.api.followUps.done(touch.id);
    const afterDone = await page();
    assert.equal(Number(dueCount(afterDone)), Number(dueCount(first)) - 1);
    // A write by another process on the same file (the CLI while the server runs).
    const other = await web.opened.another();
    try {
      const [next] = await other.api.followUps.due({ days: 7 });
      assert.ok(next);
      await other.api.followUps.skip(next.id);
    } finally {
      await other.close();
    }
    assert.equal(Number(dueCount(await page())), Number(dueCount(afterDone)) - 1);
  });

  it('lists the most urgent due items and offers the rest', async () => {
    const due = await web.opened.api.followUps.due({ days: 7 });
    assert.ok(due.length > DUE_SHOWN, `${due.length} due`);
    const items = (html: string) => (html.match(/<li class="due-item/g) ?? []).length;
    const html = await (await web.app.request(`${ORIGIN}/`)).text();
    assert.equal(items(html), DUE_SHOWN);
    assert.match(html, new RegExp(`Showing the ${DUE_SHOWN} most urgent`));
    assert.match(html, /href="\/\?due=all#due">Show all \d+</);
    const all = await (await web.app.request(`${ORIGIN}/?due=all`)).text();
    assert.equal(items(all), due.length);
  });
});
