import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { decryptSecret, encryptSecret, loadKey, loadOrCreateKey, SecretKeyError } from './secrets.js';

describe('secrets at rest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-secrets-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('creates a 256-bit key file of mode 0600 once, and reuses it', () => {
    const path = join(dir, 'nested', 'ft.key');
    const key = loadOrCreateKey(path);
    assert.equal(key.length, 32);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.deepEqual(loadOrCreateKey(path), key);
    chmodSync(path, 0o644);
    const lines: string[] = [];
    loadKey(path, (l) => lines.push(l));
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.match(lines[0] ?? '', /readable by its owner only/);
  });

  test('round-trips; a fresh IV each time; tampering, another owner or another key are refused', () => {
    const key = loadOrCreateKey(join(dir, 'a.key'));
    const other = loadOrCreateKey(join(dir, 'b.key'));
    const a = encryptSecret(key, 'pässwörd', 'local');
    assert.notEqual(a, encryptSecret(key, 'pässwörd', 'local'));
    assert.equal(decryptSecret(key, a, 'local'), 'pässwörd');
    assert.ok(!a.includes('pässwörd'));
    assert.throws(() => decryptSecret(key, a, 'owner-b'), SecretKeyError);
    assert.throws(() => decryptSecret(other, a, 'local'), SecretKeyError);
    const parts = a.split(':');
    const flipped = [...parts.slice(0, 3), Buffer.from('x').toString('base64')].join(':');
    assert.throws(() => decryptSecret(key, flipped, 'local'), SecretKeyError);
  });

  test('a missing or damaged key file is a clear error', () => {
    assert.throws(() => loadKey(join(dir, 'missing.key')), /missing/);
    const bad = join(dir, 'bad.key');
    writeFileSync(bad, 'short', { mode: 0o600 });
    assert.throws(() => loadKey(bad), /damaged/);
    assert.ok(readFileSync(bad, 'utf8') === 'short');
  });
});
