import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../core/errors.js';
import { isLoopback, parsePort } from './network.js';

test('only loopback addresses count as local', () => {
  for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]']) assert.ok(isLoopback(h), h);
  for (const h of ['0.0.0.0', '::', '192.168.1.5', '10.0.0.1', 'example.com', '127.0.0.1.example.com', '']) {
    assert.ok(!isLoopback(h), h);
  }
});

test('ports are whole numbers from 0 to 65535', () => {
  assert.equal(parsePort('4100'), 4100);
  assert.equal(parsePort('0'), 0);
  for (const bad of ['-1', '65536', '4100.5', 'abc', '', '1e3']) {
    assert.throws(
      () => parsePort(bad),
      (e: unknown) => e instanceof AppError && e.problems[0]?.field === '--port',
      bad,
    );
  }
});
