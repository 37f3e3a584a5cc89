// `followthrough serve` from the bundled bin: prints its URL, answers, stops cleanly on SIGTERM,
// and says clearly when the port is taken.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { BIN, cleanEnv, type Sandbox, sandbox } from './helpers/cli-bin.js';

interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
}

/** Starts `serve`, resolving with the URL once it is printed (no sleeps: we wait for the line). */
async function startServe(s: Sandbox, ...args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [BIN, '--db', s.db, 'serve', '--port', '0', ...args], {
    env: cleanEnv(s.dir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^Follow-Through is running at (http:\/\/\S+)\n/m.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code} before printing its URL:\n${err}`)));
  });
  return { child, url, stderr: () => err };
}

async function stop(served: Served): Promise<number | null> {
  const exited = once(served.child, 'exit');
  served.child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

describe('followthrough serve (bundled bin)', { timeout: 60_000 }, () => {
  let s: Sandbox;
  before(() => {
    s = sandbox();
  });
  after(() => s.remove());

  test('prints its URL on stdout, serves the dashboard, and exits 0 on SIGTERM', async () => {
    const served = await startServe(s);
    try {
      assert.match(served.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(served.url);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      await res.text();
    } finally {
      assert.equal(await stop(served), 0, served.stderr());
    }
    assert.match(served.stderr(), /Stopping \(SIGTERM\)/);
  });

  test('a port in use is a clear message and exit 1', async () => {
    const blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const { port } = blocker.address() as { port: number };
    try {
      const r = s.run('serve', '--port', String(port));
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`^error: 127\\.0\\.0\\.1:${port} is already in use.*--port ${port + 1}`, 'm'));
      assert.equal(r.stdout, '');
    } finally {
      blocker.close();
    }
  });

  test('--allow-remote listens on a non-loopback host with a warning on stderr', async () => {
    const served = await startServe(s, '--host', '0.0.0.0', '--allow-remote');
    try {
      assert.match(served.stderr(), /^warning: listening on 0\.0\.0\.0: there is no login yet/m);
    } finally {
      assert.equal(await stop(served), 0, served.stderr());
    }
  });
});
