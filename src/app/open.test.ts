// Where the data lives, and opening the app on a new SQLite file readable by its owner only.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openApp, resolveDatabaseTarget } from './open.js';

describe('resolveDatabaseTarget', () => {
  test('--db, then a postgres DATABASE_URL, then FOLLOWTHROUGH_DB, then the XDG data dir', () => {
    const env = { HOME: '/home/jo', DATABASE_URL: 'postgres://u@h/db', FOLLOWTHROUGH_DB: '/data/ft.db' };
    assert.equal(resolveDatabaseTarget(env, '/tmp/x.db'), '/tmp/x.db');
    assert.equal(resolveDatabaseTarget(env), 'postgres://u@h/db');
    assert.equal(resolveDatabaseTarget({ ...env, DATABASE_URL: 'mysql://u@h/db' }), '/data/ft.db');
    assert.equal(resolveDatabaseTarget({ HOME: '/home/jo' }), '/home/jo/.local/share/followthrough/followthrough.db');
    assert.equal(
      resolveDatabaseTarget({ HOME: '/home/jo', XDG_DATA_HOME: '/xdg' }),
      '/xdg/followthrough/followthrough.db',
    );
  });
});

describe('openApp', () => {
  test('creates the SQLite file and its folder for the owner only, and serves the local owner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-open-'));
    const path = join(dir, 'nested', 'ft.db');
    const app = await openApp({ target: path });
    try {
      assert.equal(app.dialect, 'sqlite');
      assert.equal(statSync(path).mode & 0o777, 0o600);
      assert.equal(statSync(join(dir, 'nested')).mode & 0o777, 0o700);
      await app.api.profile.update({ name: 'Jo' });
      assert.equal((await app.forOwner('someone-else').profile.get()).name, '');
      assert.equal((await app.api.profile.get()).name, 'Jo');
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
