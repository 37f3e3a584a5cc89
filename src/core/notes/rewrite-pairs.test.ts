// The score follows quality (issue 14): a grammatical rewrite that keeps a draft's content never
// scores lower than the draft, whether the draft is the old broken splice or the composer's frame.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { corpusSpeller } from '../../../test/helpers/notes-corpus.js';
import { checkNote } from './check.js';
import type { NoteContext, PersonNotes, SpellChecker } from './types.js';

interface Pair {
  id: string;
  context: { company: string; role: string; recipient: string; why: string; strength: string; people: PersonNotes[] };
  template: string;
  rewrite: string;
}
const file = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/notes/rewrite-pairs.json');
const { pairs } = JSON.parse(readFileSync(file, 'utf8')) as { pairs: Pair[] };

let speller: SpellChecker;
before(async () => {
  speller = await corpusSpeller();
});

const contextOf = (p: Pair): NoteContext => ({ ...p.context, recipient: { name: p.context.recipient } });

describe('the score follows quality', () => {
  test('a grammatical rewrite keeping the content never scores lower than the template', () => {
    assert.ok(pairs.length >= 10);
    const rows: string[] = [];
    for (const p of pairs) {
      const t = checkNote({ text: p.template, context: contextOf(p), speller });
      const r = checkNote({ text: p.rewrite, context: contextOf(p), speller });
      const failed = (x: typeof t) => x.checks.filter((c) => c.passed === false).map((c) => c.id);
      rows.push(`  ${p.id.padEnd(24)} template ${t.score} [${failed(t)}]  rewrite ${r.score} [${failed(r)}]`);
      assert.ok(r.score >= t.score, `${p.id}: rewrite ${r.score} < template ${t.score}\n${rows.at(-1)}`);
    }
    process.stdout.write(`\nrewrite pairs:\n${rows.join('\n')}\n`);
  });

  test('the old splices lose points for their grammar', () => {
    const old = pairs.find((p) => p.id === 'northwind-old-splices') as Pair;
    const r = checkNote({ text: old.template, context: contextOf(old), speller });
    const writing = r.checks.find((c) => c.id === 'writing');
    assert.equal(writing?.passed, false);
    assert.ok((writing?.evidence.length ?? 0) >= 3, JSON.stringify(writing?.evidence));
    assert.ok(r.score < 95);
  });
});
