// Sending through a real SMTP server on loopback and reading the message back: headers, threading,
// Bcc-to-self, the recorded Message-ID, gaps refused, and every kind of failure leaving the message
// unsent and editable with the server's reason.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { dialects } from '../../../test/helpers/databases.js';
import { type MailApp, mailApp } from '../../../test/helpers/mail-app.js';
import { startSmtp, type TestSmtp } from '../../../test/helpers/smtp-server.js';
import { AppError } from '../../core/errors.js';
import { repos } from '../../store/repos/index.js';

const USER = 'alex@home.example';
const PASSWORD = 'app-password-123';

const failsWith = (code: string, pattern: RegExp) => (e: unknown) => {
  assert.ok(e instanceof AppError, String(e));
  assert.equal(e.code, code, e.message);
  assert.match(e.message, pattern);
  return true;
};

for (const d of dialects()) {
  describe(`sending email (${d.name})`, () => {
    let m: MailApp;
    let smtp: TestSmtp;
    before(async () => {
      smtp = await startSmtp({ user: USER, password: PASSWORD });
      m = await mailApp(d.make);
    });
    beforeEach(async () => {
      smtp.received.length = 0;
      smtp.answer = () => null;
      smtp.refuseRecipient = () => false;
      await m.api.smtp.update({
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        user: USER,
        password: PASSWORD,
        from: USER,
        fromName: 'Alex Candidate',
        bccSelf: false,
      });
    });
    after(async () => {
      await m.close();
      await smtp.close();
    });

    test('sends now: the server gets it, the message records when, to whom and its Message-ID', async () => {
      const id = await m.message();
      const outcome = await m.api.delivery.send(id);
      assert.equal(outcome.status, 'sent');
      assert.equal(smtp.received.length, 1);
      const got = smtp.received[0];
      assert.ok(got);
      assert.deepEqual(got.to, ['dana@acme.example']);
      assert.equal(got.from, USER);
      assert.equal(got.parsed.subject, 'Thank you, Dana');
      assert.deepEqual(got.parsed.to && !Array.isArray(got.parsed.to) && got.parsed.to.value, [
        { address: 'dana@acme.example', name: 'Dana Reyes' },
      ]);
      assert.equal(got.parsed.from?.value[0]?.name, 'Alex Candidate');
      assert.match(got.parsed.text ?? '', /pricing page today/);
      const saved = await repos(m.store.db, 'local').messages.get(id);
      assert.equal(saved?.status, 'sent');
      assert.equal(saved?.sentTo, 'dana@acme.example');
      assert.equal(saved?.sentAt, m.now().toISOString());
      assert.equal(got.parsed.messageId, saved?.headerMessageId);
      assert.match(saved?.headerMessageId ?? '', /^<[^@\s]+@home\.example>$/);
      // The plan learns it was sent: the thank-you touch is done.
      const touch = await m.store.db
        .selectFrom('touches')
        .select('status')
        .where('id', '=', saved?.touchId ?? '')
        .executeTakeFirst();
      assert.equal(touch?.status, 'done');
      await assert.rejects(m.api.delivery.send(id), failsWith('conflict', /already sent/));
    });

    test('a check-in replies in the thread of the thank-you; Bcc-to-self reaches only the sender', async () => {
      await m.api.smtp.update({ bccSelf: true });
      const thanks = await m.message({ subject: 'Thanks again' });
      await m.api.delivery.send(thanks);
      const checkIn = await m.message({ kind: 'check-in', body: 'Dear Dana,\n\nI wanted to check in.\n\nAlex' });
      await m.api.delivery.send(checkIn);
      const [first, second] = smtp.received;
      assert.ok(first && second);
      const firstId = (await repos(m.store.db, 'local').messages.get(thanks))?.headerMessageId;
      assert.ok(firstId);
      assert.equal(second.parsed.inReplyTo, firstId);
      assert.equal([second.parsed.references].flat().at(-1), firstId);
      assert.deepEqual(first.to.sort(), ['alex@home.example', 'dana@acme.example']);
      assert.equal(first.parsed.bcc, undefined, 'the Bcc header must not travel with the message');
      assert.doesNotMatch(first.raw.toString(), /^bcc:/im);
    });

    test('a message with [add: …] gaps is never sent or scheduled, and stays a draft', async () => {
      const id = await m.message({ body: 'Dear Dana,\n\nThank you. [add: the idea you discussed]\n\nAlex' });
      await assert.rejects(m.api.delivery.send(id), failsWith('bad-input', /\[add: the idea you discussed\]/));
      await assert.rejects(m.api.delivery.schedule(id), failsWith('bad-input', /gap/));
      assert.equal(await m.status(id), 'draft');
      assert.equal(smtp.received.length, 0);
      const view = await m.api.delivery.view(id);
      assert.deepEqual(view.gaps, ['the idea you discussed']);
      assert.ok(view.problems.some((p) => /gap/.test(p)));
    });

    test('a permanent refusal (5xx) fails with the server reason; the message stays editable', async () => {
      smtp.answer = () => ({ code: 554, message: '5.7.1 Message rejected as spam' });
      const id = await m.message();
      await assert.rejects(m.api.delivery.send(id), failsWith('failure', /rejected as spam.*unchanged/s));
      const saved = await repos(m.store.db, 'local').messages.get(id);
      assert.equal(saved?.status, 'failed');
      assert.match(saved?.deliveryError ?? '', /554 5\.7\.1 Message rejected as spam/);
      const text = {
        subject: 'Edited',
        body: 'Edited',
        gaps: [],
        score: 1,
        generic: false,
        format: 'email' as const,
        tone: 'warm' as const,
      };
      assert.equal(await repos(m.store.db, 'local').messages.updateText(id, text, m.now().toISOString()), true);
    });

    test('wrong credentials, a refused recipient and an unreachable host: clear messages, nothing sent', async () => {
      await m.api.smtp.update({ password: 'wrong' });
      const a = await m.message();
      await assert.rejects(
        m.api.delivery.send(a),
        failsWith('failure', /refused the username or password.*app password/s),
      );
      assert.equal(await m.status(a), 'failed');

      await m.api.smtp.update({ password: PASSWORD });
      smtp.refuseRecipient = (address) => address === 'dana@acme.example';
      const b = await m.message();
      await assert.rejects(m.api.delivery.send(b), failsWith('failure', /User unknown/));
      assert.equal(await m.status(b), 'failed');

      smtp.refuseRecipient = () => false;
      const closed = await startSmtp();
      const port = closed.port;
      await closed.close();
      await m.api.smtp.update({ port });
      const c = await m.message();
      await assert.rejects(
        m.api.delivery.send(c),
        failsWith('failure', new RegExp(`Could not reach the mail server 127\\.0\\.0\\.1:${port}`)),
      );
      assert.equal(await m.status(c), 'failed');
      assert.equal(smtp.received.length, 0);
      const e = await m.api.delivery.send(c).catch((x: Error) => x.message);
      assert.ok(!String(e).includes(PASSWORD));
    });

    test('a password that cannot be read (key file gone): a clear message, and the message is a draft again', async () => {
      const { rmSync } = await import('node:fs');
      rmSync(m.keyFile);
      const id = await m.message();
      // How to enter it again is a hint; the command it renders as: src/cli/hints.test.ts.
      await assert.rejects(m.api.delivery.send(id), (e: unknown) => {
        assert.ok(failsWith('failure', /key file .* is missing/s)(e) && e instanceof AppError);
        assert.deepEqual(e.hint, { action: 'settings.smtp-password' });
        return true;
      });
      assert.equal(await m.status(id), 'draft');
      assert.equal((await m.api.delivery.runDue()).outcomes.length, 0);
    });

    test('without SMTP settings: a clear message pointing to settings, .eml or mailto', async () => {
      await m.store.db.deleteFrom('smtp_settings').execute();
      const id = await m.message();
      await assert.rejects(m.api.delivery.send(id), failsWith('conflict', /No SMTP settings yet.*\.eml/s));
      assert.equal(await m.status(id), 'draft');
      const view = await m.api.delivery.view(id);
      assert.equal(view.smtp.configured, false);
      assert.match(
        view.mailto,
        /^mailto:dana@acme\.example\?subject=Thank%20you%2C%20Dana&body=Dear%20Dana%2C%0D%0A%0D%0AThank/,
      );
      const eml = await m.api.delivery.eml(id);
      assert.equal(eml.fileName, 'thank-you-dana-reyes.eml');
      const text = eml.content.toString();
      assert.match(text, /^To: Dana Reyes <dana@acme\.example>$/m);
      assert.match(text, /^From: Alex Candidate <alex@home\.example>$/m);
      assert.match(text, /^X-Unsent: 1$/m);
      assert.match(text, /^Message-ID: <.+@home\.example>$/m);
      assert.deepEqual(eml.warnings, []);
      const gappy = await m.message({ body: 'Dear Dana, [add: why this role]' });
      assert.match((await m.api.delivery.eml(gappy)).warnings.join('\n'), /\[add: why this role\]/);
    });
  });
}
