// The sender killed (SIGKILL) at a random moment while it sends several messages to a real SMTP
// server on loopback, 50 rounds per database. After each kill a later scheduler run recovers, and
// counted at the server by Message-ID: every message is delivered exactly once, or is uncertain and
// delivered at most once — never twice, never lost. Every message the kill caught after its claim
// (the intent) and before "sent" was recorded ends uncertain.
//
// Seeded: the seed is printed; FT_CRASH_SEED=N replays the same message counts and kill delays
// (the exact interleaving still depends on the machine's timing). FT_CRASH_ROUNDS=N changes the count.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BundledChild, bundleChild } from './helpers/bundle-child.js';
import { dialects } from './helpers/databases.js';
import { type MailApp, mailApp } from './helpers/mail-app.js';
import { startSmtp, type TestSmtp } from './helpers/smtp-server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.FT_CRASH_ROUNDS ?? 50);
const SEED = Number(process.env.FT_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 32));
const FIRST_DUE = Date.parse('2026-03-04T15:00:00.000Z');
const MINUTE = 60_000;

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

interface Child {
  process: ChildProcess;
  /** Resolves with the first line starting with `word`; rejects if the child exits first. */
  line(word: string): Promise<string>;
  exited: Promise<NodeJS.Signals | null>;
}

/** Starts a child now; it loads while the parent finishes the previous round. */
function startChild(file: string, target: string, tag: string): Child {
  const child = spawn(process.execPath, [file, target, tag], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const seen: string[] = [];
  const waiting: { word: string; ok: (line: string) => void }[] = [];
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    seen.push(line);
    for (const w of waiting.filter((x) => line.startsWith(x.word))) w.ok(line);
  });
  const exited = new Promise<NodeJS.Signals | null>((ok) => child.once('exit', (_code, signal) => ok(signal)));
  return {
    process: child,
    exited,
    line: (word) =>
      new Promise<string>((ok, fail) => {
        const found = seen.find((l) => l.startsWith(word));
        if (found !== undefined) return ok(found);
        waiting.push({ word, ok });
        void exited.then((signal) => {
          if (!seen.some((l) => l.startsWith(word)))
            fail(new Error(`child ${tag} ended (${signal ?? child.exitCode}) before ${word}: ${err}`));
        });
      }),
  };
}

interface Totals {
  messages: number;
  kills: number;
  /** Rounds whose kill landed with at least one message in "sending". */
  caughtMidSend: number;
  /** Messages found in "sending" after a kill: claimed, server not yet heard back from. */
  sending: number;
  /** ... of which the server already had (killed between its acceptance and "sent"). */
  sendingDelivered: number;
  uncertain: number;
  /** Rounds where the child finished before the kill. */
  finished: number;
  duplicates: number;
  lost: number;
}

// The dialects run side by side: most of a round is spent waiting on the SMTP server and the child.
describe(`mail crash safety, ${ROUNDS} random kills per database`, { concurrency: true }, () => {
  let bundle: BundledChild | undefined;
  before(async () => {
    bundle = await bundleChild('test/mail-crash-rounds-child.ts');
  });
  after(() => bundle?.remove());

  for (const d of dialects()) {
    describe(d.name, { timeout: 180_000 }, () => {
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
        await m?.close();
        await smtp?.close();
      });

      /** Deliveries at the server per Message-ID. */
      const deliveries = () => {
        const counts = new Map<string, number>();
        for (const r of smtp.received) {
          const id = r.parsed.messageId ?? '';
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
        return counts;
      };
      const statuses = async (ids: string[]) => {
        const rows = await m.store.db
          .selectFrom('messages')
          .select(['id', 'status', 'header_message_id'])
          .where('id', 'in', ids)
          .execute();
        return new Map(rows.map((r) => [r.id, { status: r.status, messageId: r.header_message_id ?? '' }]));
      };

      test(`seed ${SEED}: each message delivered once, or uncertain and delivered at most once`, async (t) => {
        const started = Date.now();
        const rnd = random(SEED);
        t.diagnostic(`seed ${SEED} (replay: FT_CRASH_SEED=${SEED}), ${ROUNDS} rounds on ${d.name}`);
        const totals: Totals = {
          messages: 0,
          kills: 0,
          caughtMidSend: 0,
          sending: 0,
          sendingDelivered: 0,
          uncertain: 0,
          finished: 0,
          duplicates: 0,
          lost: 0,
        };
        /** How long one message takes to send, measured on an uninterrupted first run. */
        let perMessage = 0;
        const file = (bundle as BundledChild).file;
        let next = startChild(file, m.target, 'r0');
        const all: string[] = [];

        for (let round = 0; round <= ROUNDS; round++) {
          const calibrating = round === 0;
          const child = next;
          const due = new Date(FIRST_DUE + round * 60 * MINUTE);
          const count = calibrating ? 4 : 2 + Math.floor(rnd() * 4);
          m.setNow(new Date(due.getTime() - 30 * MINUTE).toISOString());
          const ids: string[] = [];
          for (let i = 0; i < count; i++) {
            const id = await m.message({ to: i % 2 === 0 ? 'Dana' : 'Sam' });
            await m.api.delivery.schedule(id, { at: due.toISOString() });
            ids.push(id);
          }
          all.push(...ids);
          totals.messages += calibrating ? 0 : count;
          const where = `seed ${SEED}, round ${round}`;

          await child.line('READY');
          child.process.stdin?.write(`GO ${due.toISOString()}\n`);
          await child.line('SENDING');
          const sendingAt = performance.now();
          // The next round's child loads while this one sends and the parent recovers.
          if (round < ROUNDS) next = startChild(file, m.target, `r${round + 1}`);
          // The window: the time these messages take to send, a little more so some rounds finish.
          const delay = rnd() * perMessage * count * 1.15;
          const done = child.line('DONE').then(
            () => true,
            () => false,
          );
          let timer: NodeJS.Timeout | undefined;
          const finished = calibrating
            ? await done
            : await Promise.race([done, new Promise<false>((ok) => (timer = setTimeout(() => ok(false), delay)))]);
          clearTimeout(timer);
          if (finished) {
            // The window follows the machine: the last uninterrupted run's pace.
            perMessage = (performance.now() - sendingAt) / count;
            if (calibrating) t.diagnostic(`calibration: ${perMessage.toFixed(1)} ms per message`);
            else totals.finished++;
          } else {
            child.process.kill('SIGKILL');
            assert.equal(await child.exited, 'SIGKILL', where);
            totals.kills++;
          }
          child.process.stdin?.end();
          await child.exited;

          await smtp.idle();
          const atKill = await statuses(ids);
          const deliveredAtKill = deliveries();
          const sending = ids.filter((id) => atKill.get(id)?.status === 'sending');
          if (sending.length > 0) totals.caughtMidSend++;
          totals.sending += sending.length;
          totals.sendingDelivered += sending.filter((id) =>
            deliveredAtKill.has(atKill.get(id)?.messageId ?? ''),
          ).length;

          // Recovery: a later scheduler run, past the sending lease.
          m.setNow(new Date(due.getTime() + 11 * MINUTE).toISOString());
          const recovery = await m.api.delivery.runDue();
          assert.equal(recovery.newlyUncertain, sending.length, `${where}: every interrupted send found`);
          assert.deepEqual(recovery.overdue, [], where);
          await smtp.idle();

          const after = await statuses(ids);
          const delivered = deliveries();
          for (const id of ids) {
            const s = after.get(id);
            assert.ok(s?.messageId, `${where}: ${id} has its Message-ID`);
            const n = delivered.get(s.messageId) ?? 0;
            if (n > 1) totals.duplicates++;
            assert.ok(n <= 1, `${where}: ${id} delivered ${n} times`);
            if (sending.includes(id)) {
              assert.equal(s.status, 'uncertain', `${where}: ${id} was caught mid-send`);
            } else if (s.status === 'sent') {
              assert.equal(n, 1, `${where}: ${id} is sent, so the server has it once`);
            } else {
              totals.lost++;
              assert.fail(`${where}: ${id} is ${s.status} (delivered ${n}): lost`);
            }
          }

          // The user resolves what is uncertain: "it arrived" when the server has it, else "send again".
          for (const id of ids.filter((x) => after.get(x)?.status === 'uncertain')) {
            totals.uncertain++;
            const has = delivered.has(after.get(id)?.messageId ?? '');
            await m.api.delivery.resolve(id, has ? 'sent' : 'again');
          }
          await smtp.idle();
          const resolved = deliveries();
          for (const id of ids) {
            const s = (await statuses([id])).get(id);
            assert.equal(s?.status, 'sent', `${where}: ${id} sent in the end`);
            assert.equal(resolved.get(s.messageId), 1, `${where}: ${id} delivered exactly once in the end`);
          }
        }

        // Across every round: one delivery per message, nothing else.
        const final = deliveries();
        assert.equal(smtp.received.length, all.length, `seed ${SEED}: one delivery per message in all`);
        assert.equal(final.size, all.length, `seed ${SEED}: distinct Message-IDs`);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        t.diagnostic(
          `${d.name}: ${ROUNDS} rounds, ${totals.messages} messages, ${totals.kills} kills ` +
            `(${totals.finished} rounds finished first), ${totals.caughtMidSend} kills caught a send in flight, ` +
            `${totals.sending} messages caught between intent and "sent" (${totals.sendingDelivered} already accepted ` +
            `by the server), ${totals.uncertain} uncertain, duplicates ${totals.duplicates}, lost ${totals.lost}, ${seconds} s`,
        );
        assert.equal(totals.duplicates, 0);
        assert.equal(totals.lost, 0);
        assert.ok(totals.caughtMidSend > 0, `seed ${SEED}: at least one kill landed mid-send`);
      });
    });
  }
});
