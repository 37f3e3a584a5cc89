// Two CLI processes and `serve` writing to one SQLite file at once, as when cron runs `send --due` or
// the user adds an interview on the command line while the web app is open. Every user action must
// succeed (a write waits for the lock instead of failing with "database is locked"), every
// acknowledged write must be there afterwards, and the file must pass `PRAGMA integrity_check`.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { ADD_ACME_INTERVIEW, BIN, cleanEnv, type Sandbox, sandbox } from './helpers/cli-bin.js';

const RUN_MS = 8_000;

interface Served {
  child: ChildProcess;
  url: string;
}

async function startServe(s: Sandbox, env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, '--db', s.db, 'serve', '--port', '0'], {
    env: { ...cleanEnv(s.dir), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) resolve(m[0]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code} before printing its URL`)));
  });
  return { child, url };
}

/** Runs one CLI command to completion, resolving with its exit code and stderr. */
function cli(
  s: Sandbox,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, '--db', s.db, ...args], {
    env: { ...cleanEnv(s.dir), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, stderr }));
}

describe('concurrent writers on one SQLite file', { timeout: 120_000 }, () => {
  let s: Sandbox;
  let served: Served;
  before(async () => {
    s = sandbox();
    // Migrate first so the writers race on data, not on creating the schema.
    assert.equal(s.run(...ADD_ACME_INTERVIEW, '--stage', 'seed').code, 0);
    served = await startServe(s);
  });
  after(async () => {
    served?.child.kill('SIGTERM');
    if (served) await once(served.child, 'exit');
    s?.remove();
  });

  test('two CLI writers and the web app: no failed action, no lost write, integrity ok', async (t) => {
    const deadline = Date.now() + RUN_MS;
    const failures: string[] = [];
    let acknowledged = 1; // the seed interview
    const cliWriter = async (name: string) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const r = await cli(s, [...ADD_ACME_INTERVIEW, '--stage', `${name}-${i}`, '--timeframe', 'by Friday']);
        if (r.code === 0) acknowledged++;
        else failures.push(`${name} #${i}: exit ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
      }
    };
    const origin = served.url.replace(/\/$/, '');
    const webWriter = async () => {
      for (let i = 0; Date.now() < deadline; i++) {
        const body = new URLSearchParams({
          company: 'Globex',
          role: 'Analyst',
          at: '2026-03-04T14:00',
          tz: 'Europe/London',
          stage: `web-${i}`,
          timeframe: 'within two weeks',
        });
        const res = await fetch(`${origin}/interviews`, {
          method: 'POST',
          body,
          redirect: 'manual',
          headers: { Origin: origin, 'Sec-Fetch-Site': 'same-origin' },
        });
        await res.arrayBuffer();
        if (res.status === 303 || res.status === 302) acknowledged++;
        else failures.push(`web #${i}: HTTP ${res.status}`);
      }
    };
    await Promise.all([cliWriter('cli-a'), cliWriter('cli-b'), webWriter()]);
    t.diagnostic(`${acknowledged} interviews written by three writers in ${RUN_MS / 1000} s`);
    assert.deepEqual(failures, [], `failed user actions:\n  ${failures.slice(0, 10).join('\n  ')}`);
    const list = s.json<{ interviews?: unknown[] } | unknown[]>('interview', 'list', '--json');
    const count = Array.isArray(list) ? list.length : (list.interviews?.length ?? 0);
    assert.equal(count, acknowledged, 'every acknowledged interview is stored');
    const { default: Sqlite } = await import('better-sqlite3');
    const db = new Sqlite(s.db, { readonly: true });
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    } finally {
      db.close();
    }
  });

  test('a database held past the wait: the CLI says try again (exit 1), the web answers 503 with Retry-After', async () => {
    const impatient = { FOLLOWTHROUGH_BUSY_TIMEOUT_MS: '200' };
    const web = await startServe(s, impatient);
    const { default: Sqlite } = await import('better-sqlite3');
    const holder = new Sqlite(s.db);
    holder.exec('BEGIN IMMEDIATE'); // another program's write, never finished while we try
    try {
      const r = await cli(s, [...ADD_ACME_INTERVIEW, '--stage', 'while-locked'], impatient);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /^error: The database is busy: .*try again in a moment\.$/m);
      assert.doesNotMatch(r.stderr, /SQLITE_|at .*\.js:\d+/);
      const origin = web.url.replace(/\/$/, '');
      const res = await fetch(`${origin}/interviews`, {
        method: 'POST',
        body: new URLSearchParams({ company: 'Globex', role: 'Analyst', at: '2026-03-04T14:00', tz: 'Europe/London' }),
        redirect: 'manual',
        headers: { Origin: origin, 'Sec-Fetch-Site': 'same-origin' },
      });
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '2');
      assert.match(await res.text(), /try again in a moment/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      web.child.kill('SIGTERM');
      await once(web.child, 'exit');
    }
    const stages = s.json<unknown>('interview', 'list', '--json');
    assert.doesNotMatch(JSON.stringify(stages), /while-locked/, 'the refused write left nothing behind');
  });
});
