import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cell, clean, table } from './output.js';

test('terminal escape sequences and bidi overrides in user text are neutralised', () => {
  assert.equal(clean('Acme\u001b[31m red\u0007'), 'Acme?[31m red?');
  assert.equal(clean('a\u202eb'), 'a?b');
  assert.equal(clean('two\nlines'), 'two\nlines');
});

test('cells are one line and cut with an ellipsis', () => {
  assert.equal(cell('we hope\nto decide', 40), 'we hope to decide');
  assert.equal(cell('abcdefghij', 5), 'abcd…');
});

test('tables pad columns to the widest cell', () => {
  assert.equal(
    table(
      ['ID', 'NAME'],
      [
        ['1', 'Dana'],
        ['22', 'Sam'],
      ],
    ),
    'ID  NAME\n1   Dana\n22  Sam\n',
  );
});
