// The security scan can fail: scripts/security-scan-findings.mjs exits 1 on a medium or worse wapiti
// finding and on any sqlmap injectable parameter, and excuses "Lack of anti CSRF token" only for a
// path that really refuses cross-site and Origin-less posts.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPT = resolve(dirname(fileURLToPath(import.meta.url)), '../scripts/security-scan-findings.mjs');

/** Runs the script without blocking: the CSRF check calls back into this process's server. */
function findings(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('security scan findings', () => {
  let dir: string;
  let server: Server;
  let origin: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ft-scan-'));
    // /guarded refuses a post unless it carries our own Origin; /open takes any post.
    server = createServer((req, res) => {
      const ours = req.headers.origin === origin;
      res.statusCode = req.url === '/guarded' && !ours ? 403 : 200;
      req.resume();
      req.on('end', () => res.end());
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  });

  const wapiti = (vulnerabilities: Record<string, unknown[]>, anomalies: Record<string, unknown[]> = {}) => {
    const file = join(dir, `wapiti-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ vulnerabilities, anomalies, additionals: {}, infos: {} }));
    return findings('wapiti', file, origin);
  };
  const csrf = (path: string) => ({ method: 'POST', path, info: 'Lack of anti CSRF token', level: '2', parameter: '' });

  test('nothing medium or worse passes; low and info are listed', async () => {
    const r = await wapiti({
      'Content Security Policy Configuration': [{ method: 'GET', path: '/', info: 'x', level: '1' }],
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /0 high\/medium finding\(s\), 1 low\/info/);
  });

  test('a medium SQL injection or a 500 anomaly fails', async () => {
    const sql = await wapiti({
      'SQL Injection': [{ method: 'POST', path: '/check', parameter: 'text', info: 'x', level: '3' }],
    });
    assert.equal(sql.status, 1);
    assert.match(sql.stdout, /high FINDING: SQL Injection: POST \/check \(text\)/);
    const anomaly = await wapiti(
      {},
      { 'Internal Server Error': [{ method: 'GET', path: '/x', info: '500', level: '2' }] },
    );
    assert.equal(anomaly.status, 1);
  });

  test('"Lack of anti CSRF token" is excused only where forged posts get 403', async () => {
    const guarded = await wapiti({ 'Cross Site Request Forgery': [csrf('/guarded')] });
    assert.equal(guarded.status, 0, guarded.stdout);
    assert.match(guarded.stdout, /1 "Lack of anti CSRF token" excused/);
    const open = await wapiti({ 'Cross Site Request Forgery': [csrf('/open')] });
    assert.equal(open.status, 1);
    assert.match(open.stdout, /medium FINDING: Cross Site Request Forgery: POST \/open/);
    const elsewhere = await wapiti({ 'Cross Site Request Forgery': [csrf('http://evil.example/guarded')] });
    assert.equal(elsewhere.status, 1, 'a path on another origin is never checked against ours');
  });

  test('any parameter sqlmap finds injectable fails', async () => {
    const csv = join(dir, 'results.csv');
    const log = join(dir, 'sqlmap.log');
    writeFileSync(
      log,
      "[INFO] testing if the target URL content is stable\n[INFO] testing if POST parameter 'q' is dynamic\n",
    );
    writeFileSync(csv, 'Target URL,Place,Parameter,Technique(s),Note(s)\n');
    const clean = await findings('sqlmap', csv, log);
    assert.equal(clean.status, 0, clean.stdout);
    assert.match(clean.stdout, /0 injectable parameter\(s\); 1 targets, 1 parameters tested/);
    writeFileSync(csv, 'Target URL,Place,Parameter,Technique(s),Note(s)\nhttp://127.0.0.1:1/check,POST,text,B,\n');
    const found = await findings('sqlmap', csv, log);
    assert.equal(found.status, 1);
    assert.match(found.stdout, /sqlmap FINDING: http:\/\/127\.0\.0\.1:1\/check,POST,text/);
  });
});
