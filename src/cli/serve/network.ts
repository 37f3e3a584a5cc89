// Where `serve` may listen without asking: loopback only, since there is no login yet.
import { isIP } from 'node:net';
import { badInput } from '../../core/errors.js';

export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

export function parsePort(raw: string): number {
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw badInput([
      { field: '--port', message: 'must be a whole number from 0 to 65535 (0 picks any free port)', example: '4100' },
    ]);
  }
  return port;
}
