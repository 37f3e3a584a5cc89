// Balanced accuracy of the note checker on held-out notes it was never tuned on (issue 14): the
// real published notes of test/fixtures/notes/real (texts kept locally) and the project's own
// held-out notes (holdout.json), apart and together.
//   npx tsx bench/notes-holdout.ts
import { loadSpellChecker } from '../src/channels/dictionaries.js';
import { checkNote } from '../src/core/notes/check.js';
import type { NoteReport } from '../src/core/notes/types.js';
import { balancedTable, inputFor, type LabelId, loadCorpus, loadRealNotes } from '../test/helpers/notes-corpus.js';

const IDS: LabelId[] = ['generic', 'specific-detail', 'interest', 'plan', 'challenge', 'resource', 'tone'];
const TARGETS: Partial<Record<LabelId, number>> = {
  generic: 0.9,
  'specific-detail': 0.85,
  interest: 0.85,
  plan: 0.85,
  challenge: 0.85,
  resource: 0.85,
};
const got = (r: NoteReport) => (id: LabelId) =>
  id === 'generic' ? r.generic : (r.checks.find((c) => c.id === id)?.passed ?? null);

export async function holdoutReport(): Promise<string> {
  const speller = await loadSpellChecker();
  const { notes, missing } = await loadRealNotes();
  const real = notes
    .filter((n) => n.text !== null)
    .map((n) => ({ labels: n.labels, got: got(checkNote({ text: n.text as string, speller })) }));
  const project = loadCorpus('holdout.json');
  const own = project.notes.map((n) => ({
    labels: n.labels,
    got: got(checkNote({ ...inputFor(n, project), speller })),
  }));
  const parts = [
    `Real published notes: ${real.length} of ${notes.length}${missing ? ` (${missing} without their local text)` : ''}`,
    balancedTable(real, IDS, TARGETS).table,
    `\nProject held-out notes (holdout.json): ${own.length}`,
    balancedTable(own, IDS, TARGETS).table,
    `\nBoth held-out sets together: ${real.length + own.length}`,
    balancedTable([...real, ...own], IDS, TARGETS).table,
  ];
  return parts.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${await holdoutReport()}\n`);
