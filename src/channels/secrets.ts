// Secrets at rest (the SMTP password): AES-256-GCM with a random 96-bit IV per value and a key kept
// in a file of its own, mode 0600, outside the database. A copied database or export alone reveals
// nothing; the owner id is bound in as associated data, so a value cannot be moved to another owner.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const VERSION = 'v1';
const KEY_BYTES = 32;

export class SecretKeyError extends Error {}

/** Reads the key file, creating it (mode 0600, never readable by others even for a moment) when absent. */
export function loadOrCreateKey(path: string, log: (line: string) => void = () => {}): Buffer {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, `${randomBytes(KEY_BYTES).toString('base64')}\n`);
      } finally {
        closeSync(fd);
      }
      log(`Created the key file ${path} (readable by you only) for your SMTP password.`);
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return loadKey(path, log);
}

/** Reads an existing key file; throws SecretKeyError when it is missing or damaged. */
export function loadKey(path: string, log: (line: string) => void = () => {}): Buffer {
  if (!existsSync(path)) throw new SecretKeyError(`the key file ${path} is missing`);
  if ((statSync(path).mode & 0o077) !== 0) {
    chmodSync(path, 0o600);
    log(`Made ${path} readable by its owner only.`);
  }
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new SecretKeyError(`the key file ${path} is damaged (not a 256-bit key)`);
  return key;
}

export function encryptSecret(key: Buffer, plaintext: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

/** The plaintext, or SecretKeyError when the value was made with another key or was tampered with. */
export function decryptSecret(key: Buffer, stored: string, boundTo: string): string {
  const [version, iv, tag, body] = stored.split(':');
  if (version !== VERSION || !iv || !tag || body === undefined)
    throw new SecretKeyError('the stored secret is damaged');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretKeyError('the stored secret does not match the key file (was the key file replaced?)');
  }
}
