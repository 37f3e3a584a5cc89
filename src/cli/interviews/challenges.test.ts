import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { recorder } from '../ordered.js';
import { pairChallenges } from './challenges.js';

/** Parses argv with a real commander command, as `notes` does, and pairs what it recorded. */
function parse(argv: string[]) {
  const order = recorder<'challenge' | 'idea'>();
  const cmd = new Command('notes')
    .exitOverride()
    .option('--topic <t>')
    .option('--challenge <c>', '', order.collect('challenge'))
    .option('--idea <i>', '', order.collect('idea'));
  cmd.parse(argv, { from: 'user' });
  return pairChallenges(order.seen);
}

test('each --idea belongs to the --challenge just before it, whatever lies between', () => {
  assert.deepEqual(
    parse([
      '--challenge',
      'a',
      '--topic',
      't',
      '--idea',
      'for a',
      '--challenge',
      'b',
      '--challenge',
      'c',
      '--idea=for c',
    ]),
    [
      { challenge: 'a', idea: 'for a' },
      { challenge: 'b', idea: '' },
      { challenge: 'c', idea: 'for c' },
    ],
  );
});

test('a value that looks like a flag is still the value, as commander reads it', () => {
  assert.deepEqual(parse(['--challenge', '--idea', '--idea', '--challenge']), [
    { challenge: '--idea', idea: '--challenge' },
  ]);
});

test('an --idea before any --challenge, or a second --idea for one challenge, is bad input naming --idea', () => {
  for (const argv of [
    ['--idea', 'x', '--challenge', 'y'],
    ['--challenge', 'y', '--idea', 'x', '--idea', 'z'],
  ]) {
    assert.throws(
      () => parse(argv),
      (e: unknown) => e instanceof AppError && e.code === 'bad-input' && e.problems[0]?.field === '--idea',
    );
  }
});

test('no challenges at all is fine', () => {
  assert.deepEqual(parse(['--topic', 't']), []);
});
