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
