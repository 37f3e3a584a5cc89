// Killing the sender (SIGKILL) between telling the mail server and recording "sent" never loses a
// message and never sends it twice unasked: a later run finds it in "sending", marks it uncertain
// and shows it; only the user's "send again" sends it again.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repos } from '../src/store/repos/index.js';
import { dialects } from './helpers/databases.js';
import { type MailApp, mailApp } from './helpers/mail-app.js';
import { startSmtp, type TestSmtp } from './helpers/smtp-server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHILD = join(root, 'test/mail-crash-child.ts');
const DUE = '2026-03-03T18:00:00.000Z';

/** Starts the child and resolves once it prints `line`; rejects if it exits first. */
function startChild(target: string, mode: string, line: string): { child: ChildProcess; reached: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, target, DUE, mode], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const reached = new Promise<void>((ok, fail) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.split('\n').includes(line)) ok();
    });
    child.once('exit', (code) => fail(new Error(`child exited (${code}) before "${line}": ${out}\n${err}`)));
  });
  return { child, reached };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  const [, signal] = (await exited) as [number | null, string | null];
  assert.equal(signal, 'SIGKILL');
}

for (const d of dialects()) {
  describe(`mail crash safety (${d.name}, kill -9)`, { timeout: 120_000 }, () => {
    let m: MailApp;
    let smtp: TestSmtp;
    before(async () => {
      smtp = await startSmtp();
      m = await mailApp(d.make);
      await m.api.smtp.update({
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        user: '',
        from: 'alex@home.example',
      });
    });
    after(async () => {
      await m.close();
      await smtp.close();
    });

    const queued = async (to: 'Dana' | 'Sam') => {
      m.setNow('2026-03-03T17:00:00.000Z');
      const id = await m.message({ to });
      await m.api.delivery.schedule(id, { at: DUE });
      return id;
    };

    test('the uncertain check can fail: a message claimed and left alone is found by a later run', async () => {
      const id = await queued('Sam');
      await repos(m.store.db, 'local').delivery.claim(id, 'sam@acme.example', DUE);
      m.setNow('2026-03-03T18:30:00.000Z');
      assert.equal((await m.api.delivery.runDue()).newlyUncertain, 1);
      await m.api.delivery.resolve(id, 'sent');
    });

    test('killed after the server accepted, before "sent" was written: uncertain, delivered once', async () => {
      smtp.received.length = 0;
      const id = await queued('Dana');
      const { child, reached } = startChild(m.target, 'after-accept', 'ACCEPTED');
      await reached;
      await kill(child);
      assert.equal(smtp.received.length, 1, 'the server has it');
      assert.equal(await m.status(id), 'sending', 'the intent was recorded before the server heard of it');
      m.setNow('2026-03-03T18:20:00.000Z');
      const run = await m.api.delivery.runDue();
      assert.equal(run.newlyUncertain, 1);
      assert.equal(await m.status(id), 'uncertain');
      await m.api.delivery.runDue({ confirmOverdue: true });
      assert.equal(smtp.received.length, 1, 'never silently resent');
      const shown = (await m.api.delivery.outbox()).find((i) => i.message.id === id);
      assert.equal(shown?.state, 'uncertain');
      assert.equal(shown?.message.sentTo, 'dana@acme.example');
      await m.api.delivery.resolve(id, 'sent');
      assert.equal((await repos(m.store.db, 'local').messages.get(id))?.status, 'sent');
    });

    test('killed while the server was still reading the message: uncertain, sent again only on request', async () => {
      smtp.received.length = 0;
      const id = await queued('Sam');
      let release = () => {};
      smtp.hold = new Promise<void>((r) => {
        release = r;
      });
      const dataRead = new Promise<void>((r) => {
        smtp.onDataRead = r;
      });
      const { child, reached } = startChild(m.target, 'mid-data', 'READY');
      await reached;
      await dataRead;
      await kill(child);
      smtp.onDataRead = null;
      smtp.hold = null;
      release();
      await smtp.idle();
      assert.equal(await m.status(id), 'sending');
      m.setNow('2026-03-03T18:20:00.000Z');
      await m.api.delivery.runDue();
      assert.equal(await m.status(id), 'uncertain');
      const before = smtp.received.length;
      await m.api.delivery.runDue({ confirmOverdue: true });
      assert.equal(smtp.received.length, before, 'not resent by the scheduler');
      const again = await m.api.delivery.resolve(id, 'again');
      assert.equal(again.status, 'sent');
      assert.equal(smtp.received.length, before + 1);
    });
  });
}
