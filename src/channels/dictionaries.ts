// The spelling dictionaries (US and UK English) for the note checker. The dictionary packages read
// their files when imported (~0.5 MB each) and nspell builds its tables on load, so they are imported
// only when first asked for, once per process, and shared.
import type { SpellChecker } from '../core/notes/types.js';

let loading: Promise<SpellChecker> | null = null;

/** US + UK English: a word is correct when either dictionary accepts it. Loaded once, then reused. */
export function loadSpellChecker(): Promise<SpellChecker> {
  loading ??= load().catch((e: unknown) => {
    loading = null; // let a later call try again
    throw e;
  });
  return loading;
}

async function load(): Promise<SpellChecker> {
  const [{ default: nspell }, { default: us }] = await Promise.all([import('nspell'), import('dictionary-en')]);
  // The packages give Uint8Arrays; nspell's types want Buffers (it only decodes them as text).
  const build = (d: { aff: Uint8Array; dic: Uint8Array }) =>
    nspell({ aff: Buffer.from(d.aff), dic: Buffer.from(d.dic) });
  const american = build(us);
  // The UK dictionary costs as much again to build: do it only when a word is not US English.
  // Loaded here (its import is a file read) so that correct() can stay synchronous.
  const { default: gb } = await import('dictionary-en-gb');
  let british: ReturnType<typeof nspell> | null = null;
  const memo = new Map<string, boolean>();
  return {
    correct(word: string): boolean {
      let ok = memo.get(word);
      if (ok === undefined) {
        ok = american.correct(word);
        if (!ok) {
          british ??= build(gb);
          ok = british.correct(word);
        }
        // Notes reuse the same few hundred words; a bounded memo keeps repeat checks cheap.
        if (memo.size > 50_000) memo.clear();
        memo.set(word, ok);
      }
      return ok;
    },
  };
}
