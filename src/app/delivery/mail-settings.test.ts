// SMTP settings: only given fields change, the password is write-only and encrypted with a key file
// of mode 0600, and neither the database, the view nor the export ever holds it in plain text.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { dialects } from '../../../test/helpers/databases.js';
import { type MailApp, mailApp } from '../../../test/helpers/mail-app.js';
import { AppError } from '../../core/errors.js';

const PASSWORD = 'correct horse battery staple 42';

for (const d of dialects()) {
  describe(`SMTP settings (${d.name})`, () => {
    let m: MailApp;
    before(async () => {
      m = await mailApp(d.make);
    });
    after(() => m.close());

    test('starts unconfigured, with the profile as the default sender', async () => {
      assert.equal((await m.api.smtp.get()).configured, false);
      const saved = await m.api.smtp.update({ host: 'smtp.example.com' });
      assert.equal(saved.fromAddress, 'alex@home.example');
      assert.equal(saved.fromName, 'Alex Candidate');
      assert.equal(saved.username, 'alex@home.example');
      assert.equal(saved.port, 587);
      assert.equal(saved.security, 'starttls');
      assert.equal(saved.passwordSet, false);
    });

    test('stores the password encrypted, key file 0600, never returned or exported', async () => {
      const saved = await m.api.smtp.update({ password: PASSWORD, bccSelf: true });
      assert.equal(saved.passwordSet, true);
      assert.equal(saved.bccSelf, true);
      assert.equal(statSync(m.keyFile).mode & 0o777, 0o600);
      const row = await m.store.db.selectFrom('smtp_settings').selectAll().executeTakeFirstOrThrow();
      assert.ok(row.password_enc?.startsWith('v1:'));
      assert.ok(!JSON.stringify(row).includes(PASSWORD));
      assert.ok(!JSON.stringify(await m.api.smtp.get()).includes(PASSWORD));
      const exported = JSON.stringify(await m.api.exportAll());
      assert.ok(!exported.includes(PASSWORD), 'export holds the password');
      assert.ok(!exported.includes(row.password_enc as string), 'export holds the ciphertext');
      assert.match(exported, /"host":"smtp.example.com"/);
      assert.ok(!readFileSync(m.keyFile, 'utf8').includes(PASSWORD));
    });

    test('changing other fields keeps the password; a new security brings its port', async () => {
      const saved = await m.api.smtp.update({ security: 'tls', fromName: 'Alex C.' });
      assert.equal(saved.passwordSet, true);
      assert.equal(saved.port, 465);
      assert.equal(saved.fromName, 'Alex C.');
    });

    test('refuses "none" to a remote host, a bad sender and a header-breaking name', async () => {
      const refused = async (input: Parameters<typeof m.api.smtp.update>[0], field: string, pattern: RegExp) => {
        await assert.rejects(m.api.smtp.update(input), (e: unknown) => {
          assert.ok(e instanceof AppError && e.code === 'bad-input', String(e));
          const p = e.problems.find((x) => x.field === field);
          assert.ok(p, `no problem for ${field}: ${e.message}`);
          assert.match(p.message, pattern);
          return true;
        });
      };
      await refused({ security: 'none' }, 'security', /only for a server on this computer/);
      await refused({ from: 'not an address' }, 'from', /not an email address/);
      await refused({ fromName: 'Alex\r\nBcc: evil@x.example' }, 'fromName', /line break/);
      await refused({ port: 'abc' }, 'port', /number/);
      await refused({ host: 'smtp example.com' }, 'host', /host name/);
      const ok = await m.api.smtp.update({ host: '127.0.0.1', security: 'none', port: 2525 });
      assert.equal(ok.security, 'none');
    });
  });
}
