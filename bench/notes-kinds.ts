// Note checker speed with the writing check and every kind's checklist (issue 14): notes per second,
// warm (dictionaries loaded once before timing), and the ratio to the 2,000 notes/s target.
//   npx tsx bench/notes-kinds.ts [rounds]
import { loadSpellChecker } from '../src/channels/dictionaries.js';
import { checkNote } from '../src/core/notes/check.js';
import { splitSentences } from '../src/core/notes/text.js';
import { type CheckNoteInput, NOTE_KINDS } from '../src/core/notes/types.js';
import { checkWriting } from '../src/core/notes/writing.js';
import { inputFor, loadCorpus } from '../test/helpers/notes-corpus.js';

const TARGET = 2000;

export async function kindRates(rounds = 20) {
  const speller = await loadSpellChecker();
  const corpus = loadCorpus();
  const inputs: CheckNoteInput[] = corpus.notes.map((n) => ({ ...inputFor(n, corpus), speller }));
  const rate = (label: string, fn: (i: CheckNoteInput) => unknown) => {
    for (const i of inputs) fn(i);
    const start = performance.now();
    let n = 0;
    for (let r = 0; r < rounds; r++) {
      for (const i of inputs) {
        fn(i);
        n++;
      }
    }
    const seconds = (performance.now() - start) / 1000;
    return { label, perSecond: n / seconds };
  };
  return [
    rate('baseline: split sentences only', (i) => splitSentences(i.text)),
    rate('checkWriting alone', (i) => checkWriting(i.text, { context: i.context })),
    ...NOTE_KINDS.map((kind) => rate(`checkNote ${kind} (warm, writing incl.)`, (i) => checkNote({ ...i, kind }))),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await kindRates(Number(process.argv[2] ?? 20));
  const header = `${'what'.padEnd(44)} ${'notes/s'.padStart(10)} ${'x target'.padStart(9)}`;
  process.stdout.write(
    `Target: ${TARGET.toLocaleString('en-US')} notes/s warm\n${header}\n${'-'.repeat(header.length)}\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.label.padEnd(44)} ${Math.round(r.perSecond).toLocaleString('en-US').padStart(10)} ${(r.perSecond / TARGET).toFixed(2).padStart(8)}x\n`,
    );
  }
}
