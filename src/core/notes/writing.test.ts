// The writing check against a labelled set of good and broken sentences (test/fixtures/notes/
// writing-sentences.json): it must flag at least 95% of the broken and at most 2% of the good.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NoteContext } from './types.js';
import { checkWriting, WRITING_RULES } from './writing.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/notes/writing-sentences.json');
const set = JSON.parse(readFileSync(file, 'utf8')) as { good: string[]; broken: { rule: string; text: string }[] };

describe('checkWriting', () => {
  test('the labelled set has at least 100 good and 100 broken sentences, each broken one naming a rule', () => {
    assert.ok(set.good.length >= 100 && set.broken.length >= 100);
    for (const b of set.broken) assert.ok((WRITING_RULES as readonly string[]).includes(b.rule), b.rule);
  });

  test('flags at least 95% of the broken sentences and at most 2% of the good ones', () => {
    const missed = set.broken.filter((b) => checkWriting(b.text).length === 0);
    const wrong = set.good.filter((g) => checkWriting(g).length > 0);
    const flagged = 1 - missed.length / set.broken.length;
    const falseRate = wrong.length / set.good.length;
    process.stdout.write(
      `\nwriting check: broken flagged ${(100 * flagged).toFixed(1)}% (${set.broken.length}), good flagged ${(100 * falseRate).toFixed(1)}% (${set.good.length})\n` +
        missed.map((b) => `  missed ${b.rule}: ${b.text}\n`).join('') +
        wrong.map((g) => `  false: ${g} ${JSON.stringify(checkWriting(g).map((f) => f.rule))}\n`).join(''),
    );
    assert.ok(flagged >= 0.95, `flagged ${flagged}`);
    assert.ok(falseRate <= 0.02, `false rate ${falseRate}`);
  });

  test('each finding has an exact span of the text and advice', () => {
    const text = 'Thank you for walking me through pricing page redesign. I would bring led the redesign to it.';
    const found = checkWriting(text);
    assert.deepEqual(
      found.map((f) => f.rule),
      ['missing-determiner', 'verb-after-bring'],
    );
    for (const f of found) {
      assert.equal(text.slice(f.span.start, f.span.end), f.span.text);
      assert.ok(f.message.length > 10);
    }
    assert.equal(found[0]?.span.text, 'pricing page redesign');
  });

  test('with an interview, a company or person named a letter or two off is flagged', () => {
    const context: NoteContext = {
      company: 'Northwind Logistics',
      role: 'Data Analyst',
      recipient: { name: 'Priya Natarajan' },
      people: [{ name: 'Priya Natarajan', topics: [], challenges: [], article: null }],
    };
    const text = 'Dear Pryia,\n\nThank you for the tour of Northwnd and for the time, Priya.';
    const found = checkWriting(text, { context }).filter((f) => f.rule === 'name-typo');
    assert.deepEqual(
      found.map((f) => f.span.text),
      ['Pryia', 'Northwnd'],
    );
    assert.deepEqual(checkWriting('Dear Priya,\n\nThank you for the tour of Northwind.', { context }), []);
  });

  test('links and email addresses are left alone', () => {
    assert.deepEqual(checkWriting('Here it is: https://example.com/a..b?x=1 and mail me at a..b@example.com.'), []);
  });
});
