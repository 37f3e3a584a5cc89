import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatLocal, safeHref } from './format.js';

describe('web formatting', () => {
  it('shows a local time with its weekday and zone', () => {
    assert.equal(formatLocal('2026-03-03T10:00', 'America/New_York'), 'Tue 3 Mar 2026, 10:00 America/New_York');
    assert.equal(formatLocal('2024-02-29T09:05', 'Europe/Berlin'), 'Thu 29 Feb 2024, 09:05 Europe/Berlin');
  });

  it('links only plain http(s) addresses', () => {
    assert.equal(safeHref('https://example.com/a b'), 'https://example.com/a%20b');
    assert.equal(safeHref('http://example.com'), 'http://example.com/');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/relative',
      '',
      null,
    ]) {
      assert.equal(safeHref(bad), null, String(bad));
    }
  });
});
