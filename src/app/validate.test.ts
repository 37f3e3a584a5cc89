import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { parseInput } from './validate.js';

const schema = z.object({ card: z.boolean(), tz: z.string(), tags: z.array(z.string()).optional() });

function problems(raw: unknown) {
  try {
    parseInput(schema, raw);
  } catch (e) {
    assert.ok(e instanceof AppError);
    assert.equal(e.code, 'bad-input');
    return e.problems;
  }
  assert.fail('expected bad input');
}

describe('parseInput', () => {
  test('a missing field is required; a field of the wrong type says what it must be', () => {
    const found = problems({ card: 'yes', tags: 'x' });
    assert.deepEqual(
      found.map((p) => [p.field, p.message]),
      [
        ['card', 'must be a boolean'],
        ['tz', 'is required'],
        ['tags', 'must be a list'],
      ],
    );
  });
  test('the value given is never echoed into the message', () => {
    const found = problems({ card: 'secret-value', tz: 'x' });
    assert.ok(found.every((p) => !p.message.includes('secret-value')));
  });
  test('an example is attached for fields that have one', () => {
    const found = problems({ card: true });
    assert.equal(found[0]?.field, 'tz');
    assert.equal(found[0]?.example, 'America/New_York');
  });
});
