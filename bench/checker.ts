// Thank-you note checker speed: notes checked per second, warm (dictionaries loaded once before
// timing), against a baseline in the same run that only splits the same notes into sentences.
// Also reports the one-off cost of loading the US + UK dictionaries.
//   npx tsx bench/checker.ts [rounds]
import { loadSpellChecker } from '../src/channels/dictionaries.js';
import { checkNote } from '../src/core/notes/check.js';
import { splitSentences } from '../src/core/notes/text.js';
import type { CheckNoteInput } from '../src/core/notes/types.js';
import { inputFor, loadCorpus } from '../test/helpers/notes-corpus.js';

export async function checkerRates(rounds = 30) {
  const loadStart = performance.now();
  const speller = await loadSpellChecker();
  const loadMs = performance.now() - loadStart;

  const corpus = loadCorpus();
  const inputs: CheckNoteInput[] = corpus.notes.map((n) => ({ ...inputFor(n, corpus), speller }));
  const noSpeller: CheckNoteInput[] = inputs.map((i) => ({ ...i, speller: null }));

  function rate(label: string, fn: (input: CheckNoteInput) => unknown, list: CheckNoteInput[]) {
    for (const i of list) fn(i); // warm-up: JIT and the spelling memo
    const start = performance.now();
    let n = 0;
    for (let r = 0; r < rounds; r++) {
      for (const i of list) {
        fn(i);
        n++;
      }
    }
    const seconds = (performance.now() - start) / 1000;
    return { label, perSecond: n / seconds, msPerNote: (1000 * seconds) / n };
  }

  const baseline = rate('baseline: split sentences only', (i) => splitSentences(i.text), inputs);
  const rows = [
    baseline,
    rate('checkNote, no dictionary', (i) => checkNote(i), noSpeller),
    rate('checkNote, with dictionary (warm)', (i) => checkNote(i), inputs),
  ];

  return { rows, baseline, loadMs, corpus };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rounds = Number(process.argv[2] ?? 30);
  const { rows, baseline, loadMs, corpus } = await checkerRates(rounds);
  const words = corpus.notes.reduce((s, n) => s + n.words, 0) / corpus.notes.length;
  process.stdout.write(
    `Note checker: ${corpus.notes.length} corpus notes (mean ${Math.round(words)} words) x ${rounds} rounds\n` +
      `dictionaries loaded once in ${Math.round(loadMs)} ms (not in the rates below)\n\n`,
  );
  const header = `${'what'.padEnd(36)} ${'notes/s'.padStart(10)} ${'ms/note'.padStart(9)} ${'x baseline'.padStart(11)}`;
  process.stdout.write(`${header}\n${'-'.repeat(header.length)}\n`);
  for (const r of rows) {
    process.stdout.write(
      `${r.label.padEnd(36)} ${Math.round(r.perSecond).toLocaleString('en-US').padStart(10)} ${r.msPerNote.toFixed(3).padStart(9)} ${(baseline.perSecond / r.perSecond).toFixed(1).padStart(10)}x\n`,
    );
  }
}
