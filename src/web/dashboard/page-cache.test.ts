import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PageCache } from './page-cache.js';

const bytes = (s: string) => new TextEncoder().encode(s) as Uint8Array<ArrayBuffer>;

test('keeps the most recently used pages up to its capacity', () => {
  const cache = new PageCache(2);
  cache.set('a', bytes('A'));
  cache.set('b', bytes('B'));
  assert.ok(cache.get('a'), 'a is now the most recent');
  cache.set('c', bytes('C'));
  assert.equal(cache.get('b'), undefined, 'the least recently used went');
  assert.deepEqual(cache.get('a'), bytes('A'));
  assert.deepEqual(cache.get('c'), bytes('C'));
});
