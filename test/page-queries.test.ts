// Each page asks the store a fixed number of queries, however big the account: the same pages are
// counted on an account with one interview and again once it has 200 (and more drafts and people).
// Queries are counted by a Kysely plugin on the store the app is given; the dashboard's page cache
// is left out (no data version), so every view reads the store.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { createFollowThrough, type FollowThrough } from '../src/app/index.js';
import { openStore, type Store } from '../src/store/open.js';
import { localHosts } from '../src/web/security.js';
import { createWebApp } from '../src/web/server.js';
import { sqliteDatabase, type TestDatabase } from './helpers/databases.js';

const ORIGIN = 'http://127.0.0.1:4100';

class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs) {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    this.count++;
    return args.result;
  }
}

/** One round with a panel of two, a recruiter off the panel as the follow-up contact, and a reply from them. */
async function addRound(api: FollowThrough, n: number) {
  const record = await api.interviews.add({
    company: `Company ${n}`,
    role: 'PM',
    at: '2026-03-02T10:00',
    tz: 'America/New_York',
    country: 'US',
    interviewers: [
      { name: `Dana ${n}`, email: `dana${n}@example.com`, role: 'hiring-manager' },
      { name: `Sam ${n}`, email: `sam${n}@example.com` },
    ],
    timeframe: 'we hope to decide by the end of next week',
    contact: `rae${n}@example.com`,
    permission: 'yes',
  });
  await api.followUps.log(record.id, { kind: 'reply', from: `rae${n}@example.com`, at: '2026-03-02T18:00' });
  return record;
}

describe('queries per page do not grow with the account', () => {
  let database: TestDatabase;
  let store: Store;
  let api: FollowThrough;
  let web: Hono;
  const counter = new QueryCounter();
  let interviewId = '';
  let opportunityId = '';
  let messageId = '';

  before(async () => {
    database = sqliteDatabase();
    store = await openStore({ target: database.target });
    // The counting store has no data version, so the dashboard is never served from its cache.
    const counted: Store = { ...store, db: store.db.withPlugin(counter), dataVersion: undefined };
    let n = 0;
    api = createFollowThrough({
      store: counted,
      owner: 'local',
      clock: { now: () => new Date('2026-03-03T09:00:00.000Z') },
      newId: (prefix) => `${prefix}_q${++n}`,
    });
    web = createWebApp(api, { allowedHosts: localHosts('127.0.0.1', 4100), log: () => {} });
    const record = await addRound(api, 0);
    interviewId = record.id;
    opportunityId = record.opportunityId;
    messageId = (await api.drafts.create({ interviewId, kind: 'thank-you', to: 'dana0@example.com' })).id;
  });
  after(async () => {
    await store.close();
    await database.drop();
  });

  async function queriesOf(page: () => Promise<unknown>): Promise<number> {
    counter.count = 0;
    await page();
    return counter.count;
  }

  const get = (path: string) => async () => {
    const res = await web.request(`${ORIGIN}${path}`);
    assert.equal(res.status, 200, path);
    await res.text();
  };

  const pages = () => ({
    dashboard: get('/'),
    'interview page': get(`/interviews/${interviewId}`),
    'interview edit form': get(`/interviews/${interviewId}/edit`),
    'message page': get(`/messages/${messageId}`),
    'outcome form': get(`/opportunities/${opportunityId}/outcome/rejected`),
    'plan (CLI)': () => api.followUps.planPage(interviewId),
  });

  async function countAll(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const [name, page] of Object.entries(pages())) out[name] = await queriesOf(page);
    return out;
  }

  it('counts the same for 1 interview as for 200', async () => {
    const small = await countAll();
    for (let i = 1; i < 200; i++) await addRound(api, i);
    // More drafts on the interview shown, to different people, so a query per message would show.
    await api.drafts.create({ interviewId, kind: 'thank-you', to: 'sam0@example.com' });
    await api.drafts.create({ interviewId, kind: 'check-in', to: 'rae0@example.com' });
    assert.equal((await api.interviews.list()).length, 200);
    const large = await countAll();
    process.stderr.write(`queries per page (1 vs 200 interviews): ${JSON.stringify({ small, large })}\n`);
    assert.deepEqual(large, small);
    // And each is a handful, not a walk of the account.
    for (const [name, n] of Object.entries(large)) assert.ok(n <= 25, `${name}: ${n} queries`);
  });
});
