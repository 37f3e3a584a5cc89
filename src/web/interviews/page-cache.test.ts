// The interview page is kept like the dashboard: served again only while nothing changed, whether
// the change comes from this process or another one on the same file (the CLI while serve runs).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startWebApp, type WebTestApp } from '../../../test/helpers/web-app.js';

const ORIGIN = 'http://127.0.0.1:4100';

describe('web: the kept interview page', () => {
  let web: WebTestApp;
  let id = '';
  before(async () => {
    web = await startWebApp();
    const record = await web.opened.api.interviews.add({
      company: 'Acme',
      role: 'PM',
      at: '2026-03-02T10:00',
      tz: 'UTC',
      interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }],
      timeframe: 'within two weeks',
    });
    id = record.id;
  });
  after(async () => {
    await web.close();
  });

  const page = async (query = '') => (await web.app.request(`${ORIGIN}/interviews/${id}${query}`)).text();

  it('is the same page until something changes, here or in another process', async () => {
    const first = await page();
    assert.equal(await page(), first);
    assert.doesNotMatch(first, /Recorded\. The plan was updated\./);
    assert.match(await page('?updated=logged'), /Recorded\. The plan was updated\./);

    await web.opened.api.followUps.log(id, { kind: 'call', note: 'Spoke to Dana about the role' });
    const afterLog = await page();
    assert.notEqual(afterLog, first);
    assert.match(afterLog, /Spoke to Dana about the role/);

    const other = await web.opened.another();
    try {
      await other.api.followUps.log(id, { kind: 'reply', note: 'They wrote back from the CLI' });
    } finally {
      await other.close();
    }
    assert.match(await page(), /They wrote back from the CLI/);
  });
});
