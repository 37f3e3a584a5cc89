// Scheduled sending with a clock the test moves (no real waiting): due messages go once, two
// schedulers never both send, 451/451/250 gives exactly one delivery, messages long overdue wait for
// the user, an interrupted send becomes uncertain (never resent unasked), and re-planning cancels.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { dialects } from '../../../test/helpers/databases.js';
import { type MailApp, mailApp } from '../../../test/helpers/mail-app.js';
import { startSmtp, type TestSmtp } from '../../../test/helpers/smtp-server.js';
import { AppError } from '../../core/errors.js';
import { repos } from '../../store/repos/index.js';

for (const d of dialects()) {
  describe(`scheduled email (${d.name})`, () => {
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
    beforeEach(() => {
      smtp.received.length = 0;
      smtp.dataAttempts = 0;
      smtp.answer = () => null;
      m.setNow('2026-03-03T17:00:00.000Z');
    });
    after(async () => {
      await m.close();
      await smtp.close();
    });

    test('suggests a time in the recipient business hours and sends it when due, not before', async () => {
      const id = await m.message();
      m.setNow('2026-03-03T23:30:00.000Z'); // 18:30 in New York: after hours
      const view = await m.api.delivery.view(id);
      assert.equal(view.suggested.local, '2026-03-04T09:30');
      const { at } = await m.api.delivery.schedule(id);
      assert.equal(at.at, '2026-03-04T14:30:00.000Z');
      assert.equal(await m.status(id), 'queued');
      assert.deepEqual((await m.api.delivery.runDue()).outcomes, []);
      m.setNow('2026-03-04T14:29:59.000Z');
      await m.api.delivery.runDue();
      assert.equal(smtp.received.length, 0);
      m.setNow('2026-03-04T14:31:00.000Z');
      const run = await m.api.delivery.runDue();
      assert.deepEqual(
        run.outcomes.map((o) => o.status),
        ['sent'],
      );
      assert.equal(smtp.received.length, 1);
      assert.equal((await m.api.delivery.runDue()).outcomes.length, 0, 'sent once only');
    });

    test('a time in the past or unreadable is refused; --at on the recipient clock is understood', async () => {
      const id = await m.message();
      await assert.rejects(
        m.api.delivery.schedule(id, { at: '2026-03-01T09:00' }),
        (e: unknown) => e instanceof AppError && /already passed/.test(e.message),
      );
      await assert.rejects(
        m.api.delivery.schedule(id, { at: 'tomorrow-ish' }),
        (e: unknown) => e instanceof AppError && e.code === 'bad-input',
      );
      const { at } = await m.api.delivery.schedule(id, { at: '2026-03-05T10:00' });
      assert.equal(at.at, '2026-03-05T15:00:00.000Z');
      await m.api.delivery.unschedule(id);
      assert.equal(await m.status(id), 'draft');
    });

    test('two schedulers at once: exactly one delivery', async () => {
      const ids = [await m.message(), await m.message({ to: 'Sam' }), await m.message()];
      for (const id of ids) await m.api.delivery.schedule(id, { at: '2026-03-03T18:00:00Z' });
      m.setNow('2026-03-03T18:01:00.000Z');
      const other = await m.another();
      try {
        const runs = await Promise.all([m.api.delivery.runDue(), other.api.delivery.runDue(), m.api.delivery.runDue()]);
        const sent = runs.flatMap((r) => r.outcomes).filter((o) => o.status === 'sent');
        assert.equal(sent.length, 3);
        assert.equal(new Set(sent.map((o) => o.id)).size, 3);
        assert.equal(smtp.received.length, 3);
      } finally {
        await other.close();
      }
    });

    test('451, 451, then 250: retried with backoff, exactly one delivery', async () => {
      smtp.answer = (n) => (n <= 2 ? { code: 451, message: '4.7.1 Greylisted, try again later' } : null);
      const id = await m.message();
      await m.api.delivery.schedule(id, { at: '2026-03-03T18:00:00Z' });
      m.setNow('2026-03-03T18:00:00.000Z');
      const first = await m.api.delivery.runDue();
      assert.equal(first.outcomes[0]?.status, 'retrying');
      assert.match(first.outcomes[0]?.reason ?? '', /Greylisted/);
      assert.equal(first.outcomes[0]?.nextAttemptAt, '2026-03-03T18:01:00.000Z');
      m.setNow('2026-03-03T18:00:30.000Z');
      assert.equal((await m.api.delivery.runDue()).outcomes.length, 0, 'not before the backoff');
      m.setNow('2026-03-03T18:01:00.000Z');
      assert.equal((await m.api.delivery.runDue()).outcomes[0]?.nextAttemptAt, '2026-03-03T18:06:00.000Z');
      m.setNow('2026-03-03T18:06:00.000Z');
      assert.equal((await m.api.delivery.runDue()).outcomes[0]?.status, 'sent');
      assert.equal(smtp.dataAttempts, 3);
      assert.equal(smtp.received.length, 1);
      const saved = await repos(m.store.db, 'local').messages.get(id);
      assert.equal(saved?.attempts, 3);
      assert.equal(saved?.status, 'sent');
    });

    test('fell due while the computer was off: waits for confirmation, then goes', async () => {
      const id = await m.message();
      await m.api.delivery.schedule(id, { at: '2026-03-03T18:00:00Z' });
      m.setNow('2026-03-04T08:00:00.000Z');
      const run = await m.api.delivery.runDue();
      assert.deepEqual(run.overdue, [id]);
      assert.equal(run.outcomes.length, 0);
      assert.equal(smtp.received.length, 0);
      assert.equal((await m.api.delivery.outbox()).find((i) => i.message.id === id)?.state, 'overdue');
      assert.equal((await m.api.delivery.view(id)).overdue, true);
      const confirmed = await m.api.delivery.runDue({ confirmOverdue: true });
      assert.deepEqual(
        confirmed.outcomes.map((o) => o.status),
        ['sent'],
      );
      assert.equal(smtp.received.length, 1);
    });

    test('a send interrupted after the claim becomes uncertain and is not resent until the user says so', async () => {
      const id = await m.message();
      await m.api.delivery.schedule(id, { at: '2026-03-03T18:00:00Z' });
      m.setNow('2026-03-03T18:00:00.000Z');
      // The sender claims it and then dies before hearing back.
      assert.equal(
        await repos(m.store.db, 'local').delivery.claim(id, 'dana@acme.example', m.now().toISOString()),
        true,
      );
      m.setNow('2026-03-03T18:05:00.000Z');
      await m.api.delivery.runDue();
      assert.equal(await m.status(id), 'sending', 'still within the sending lease');
      m.setNow('2026-03-03T18:20:00.000Z');
      const run = await m.api.delivery.runDue();
      assert.equal(run.newlyUncertain, 1);
      assert.equal(await m.status(id), 'uncertain');
      await m.api.delivery.runDue();
      assert.equal(smtp.received.length, 0, 'never resent without the user');
      const item = (await m.api.delivery.outbox()).find((i) => i.message.id === id);
      assert.equal(item?.state, 'uncertain');
      assert.match(item?.message.deliveryError ?? '', /may or may not have been sent/);
      const again = await m.api.delivery.resolve(id, 'again');
      assert.equal(again.status, 'sent');
      assert.equal(smtp.received.length, 1);
      assert.equal(
        smtp.received[0]?.parsed.messageId,
        (await repos(m.store.db, 'local').messages.get(id))?.headerMessageId,
        'same Message-ID, so clients can deduplicate',
      );

      const other = await m.message({ to: 'Sam' });
      await m.api.delivery.schedule(other, { at: '2026-03-03T18:30:00Z' });
      m.setNow('2026-03-03T18:30:00.000Z');
      await repos(m.store.db, 'local').delivery.claim(other, 'sam@acme.example', m.now().toISOString());
      m.setNow('2026-03-03T19:00:00.000Z');
      await m.api.delivery.runDue();
      const marked = await m.api.delivery.resolve(other, 'sent');
      assert.equal(marked.sentAt, '2026-03-03T18:30:00.000Z');
      assert.equal(await m.status(other), 'sent');
      assert.equal(smtp.received.length, 1);
    });

    test('re-planning cancels a queued check-in whose touch moved', async () => {
      const id = await m.message({ kind: 'check-in', body: 'Dear Dana, checking in.' });
      await m.api.delivery.schedule(id, { at: '2026-03-16T15:00:00Z' });
      const untouched = await m.message({ to: 'Sam' });
      await m.api.delivery.schedule(untouched, { at: '2026-03-04T15:00:00Z' });
      await m.api.followUps.log(m.record.id, {
        kind: 'new-date',
        from: 'Dana Reyes',
        timeframe: 'we need two more weeks, by the 27th',
      });
      assert.equal(await m.status(id), 'cancelled');
      assert.match((await repos(m.store.db, 'local').messages.get(id))?.deliveryError ?? '', /moved/);
      assert.equal(await m.status(untouched), 'queued');
      await m.api.delivery.schedule(id, { at: '2026-03-31T15:00:00Z' });
      assert.equal(await m.status(id), 'queued');
    });
  });
}
