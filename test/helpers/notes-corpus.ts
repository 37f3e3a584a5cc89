// The labelled thank-you note corpus (test/fixtures/notes), read and turned into checker inputs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpellChecker } from '../../src/channels/dictionaries.js';
import type { CheckNoteInput, NoteChannel, NoteContext, SpellChecker } from '../../src/core/notes/types.js';

/** The real US + UK dictionaries (core tests may not import channels/ themselves). */
export const corpusSpeller = (): Promise<SpellChecker> => loadSpellChecker();

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'notes');

export const LABEL_IDS = [
  'specific-detail',
  'interest',
  'plan',
  'challenge',
  'resource',
  'generic',
  'names',
  'spelling',
  'length',
  'timeliness',
  'uniqueness',
  'tone',
] as const;
export type LabelId = (typeof LABEL_IDS)[number];

interface FixturePerson {
  name: string;
  title: string;
  topics: string[];
  challenges: { challenge: string; idea: string }[];
  article: string | null;
}
interface FixtureContext {
  company: string;
  role: string;
  interviewEndsAt: string;
  why: string;
  strength: string;
  participants: FixturePerson[];
}
export interface CorpusNote {
  id: string;
  context: string | null;
  to: string | null;
  channel: NoteChannel;
  sentAt: string | null;
  panel: string | null;
  words: number;
  labels: Record<LabelId, boolean | null>;
  text: string;
}

/** `corpus.json` (the rules were developed against it) or `holdout.json` (written after, never tuned to). */
export function loadCorpus(file: 'corpus.json' | 'holdout.json' = 'corpus.json'): {
  notes: CorpusNote[];
  contexts: Record<string, FixtureContext>;
} {
  const contexts = JSON.parse(readFileSync(join(dir, 'contexts.json'), 'utf8')) as Record<string, FixtureContext>;
  const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    notes: (Omit<CorpusNote, 'text'> & { text: string[] })[];
  };
  return { contexts, notes: raw.notes.map((n) => ({ ...n, text: n.text.join('\n') })) };
}

/** The checker input for one corpus note: its interview, its panel's other notes, its dates. */
export function inputFor(note: CorpusNote, corpus: ReturnType<typeof loadCorpus>): Omit<CheckNoteInput, 'speller'> {
  const c = note.context ? corpus.contexts[note.context] : undefined;
  const context: NoteContext | null = c
    ? {
        company: c.company,
        role: c.role,
        recipient: note.to ? { name: note.to } : null,
        people: c.participants.map((p) => ({ ...p })),
        why: c.why,
        strength: c.strength,
      }
    : null;
  const otherNotes = note.panel
    ? corpus.notes.filter((n) => n.panel === note.panel && n.id !== note.id).map((n) => n.text)
    : [];
  return {
    text: note.text,
    context,
    channel: note.channel,
    sentAt: note.sentAt,
    interviewEndsAt: c?.interviewEndsAt ?? null,
    otherNotes,
  };
}

/** A real published note (test/fixtures/notes/real): its source and labels, and its text when this machine has it. */
export interface RealNote {
  id: string;
  split: 'held-out';
  source: string;
  licence: string;
  textCommitted: boolean;
  truncated: boolean;
  sha256: string;
  labels: Partial<Record<LabelId, boolean | null>>;
  text: string | null;
}

/** The real notes; texts come from texts.local.json (not committed) and must match their hash. */
export async function loadRealNotes(): Promise<{ notes: RealNote[]; missing: number }> {
  const { createHash } = await import('node:crypto');
  const { existsSync } = await import('node:fs');
  const real = join(dir, 'real');
  const sources = JSON.parse(readFileSync(join(real, 'sources.json'), 'utf8')) as { notes: Omit<RealNote, 'text'>[] };
  const local = join(real, 'texts.local.json');
  const texts: Record<string, string> = existsSync(local)
    ? (JSON.parse(readFileSync(local, 'utf8')) as { texts: Record<string, string> }).texts
    : {};
  let missing = 0;
  const notes = sources.notes.map((n) => {
    const t = texts[n.id];
    const ok = t !== undefined && createHash('sha256').update(t).digest('hex') === n.sha256;
    if (!ok) missing++;
    return { ...n, text: ok ? (t as string) : null };
  });
  return { notes, missing };
}

/** Balanced accuracy (mean of true-positive and true-negative rates) per label, as a printable table. */
export function balancedTable(
  rows: { labels: Partial<Record<LabelId, boolean | null>>; got: (id: LabelId) => boolean | null }[],
  ids: readonly LabelId[],
  targets: Partial<Record<LabelId, number>> = {},
): { table: string; balanced: Partial<Record<LabelId, number>> } {
  const out = ['label            pos neg     TPR     TNR  balanced  target'];
  const balanced: Partial<Record<LabelId, number>> = {};
  const pct = (x: number) => (Number.isNaN(x) ? '     - ' : `${(100 * x).toFixed(1).padStart(6)}%`);
  for (const id of ids) {
    let tp = 0;
    let fn = 0;
    let tn = 0;
    let fp = 0;
    for (const r of rows) {
      const want = r.labels[id];
      if (want === null || want === undefined) continue;
      const got = r.got(id) === true;
      if (want && got) tp++;
      else if (want) fn++;
      else if (!got) tn++;
      else fp++;
    }
    const tpr = tp + fn === 0 ? Number.NaN : tp / (tp + fn);
    const tnr = tn + fp === 0 ? Number.NaN : tn / (tn + fp);
    const b = Number.isNaN(tpr) ? tnr : Number.isNaN(tnr) ? tpr : (tpr + tnr) / 2;
    balanced[id] = b;
    const t = targets[id];
    out.push(
      `${id.padEnd(16)} ${String(tp + fn).padStart(3)} ${String(tn + fp).padStart(3)} ${pct(tpr)} ${pct(tnr)} ${pct(b)}${t ? `  >= ${t * 100}%${b >= t ? '' : '  BELOW'}` : ''}`,
    );
  }
  return { table: out.join('\n'), balanced };
}
