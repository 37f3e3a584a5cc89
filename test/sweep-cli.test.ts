// Issue 15, "keep it so": every command and option the commander program declares (discovered from
// the program, not listed by hand) is fed the bad values of test/helpers/sweep.ts, in-process through
// runCli on a real SQLite file under a throwaway HOME. Each answer: no stack trace, exit 2 for bad
// input and 3 for an unknown id, at most one JSON document on stdout under --json, and on a refusal
// nothing written: the database's fingerprint unchanged and no file at the -o path. A spawned sample
// checks that the bundled bin exits with the same codes.
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Command, Option } from 'commander';
import { openApp, resolveDatabaseTarget } from '../src/app/open.js';
import type { CliDeps, CliIo } from '../src/cli/context.js';
import { buildProgram } from '../src/cli/program.js';
import { runCli } from '../src/cli/run.js';
import { isOpenTouch } from '../src/core/plan/index.js';
import { AppError } from '../src/core/errors.js';
import { sandbox } from './helpers/cli-bin.js';
import {
  BIG,
  CONTROLS,
  type Fingerprint,
  fingerprint,
  IMPOSSIBLE_DATES,
  stackIn,
  unknownId,
  WRONG_SHAPE_ID,
} from './helpers/sweep.js';

// ---- discovery -------------------------------------------------------------------------------

interface Leaf {
  path: string[];
  command: Command;
  args: { name: string; required: boolean; variadic: boolean; choices?: string[] }[];
  /** Options of this command and its parents (the root's --db, -V and --help excepted: swept apart). */
  options: Option[];
  json: boolean;
}

function discover(): { root: Command; leaves: Leaf[] } {
  const io: CliIo = { out() {}, err() {}, interactive: false };
  const root = buildProgram(
    {
      io,
      api: async () => {
        throw new Error('discovery never runs a command');
      },
      startServer: async () => {
        throw new Error('discovery never runs a command');
      },
      waitForStop: async () => 'SIGTERM',
      pagePath: () => '/',
    },
    'sweep',
  );
  const leaves: Leaf[] = [];
  const walk = (c: Command, path: string[], inherited: Option[]) => {
    const options = [...inherited, ...(path.length > 0 ? c.options : [])];
    // A command with an action of its own (commander keeps it private) is run; a group only lists.
    if ((c as unknown as { _actionHandler: unknown })._actionHandler) {
      leaves.push({
        path,
        command: c,
        args: c.registeredArguments.map((a) => ({
          name: a.name(),
          required: a.required,
          variadic: a.variadic,
          choices: a.argChoices ?? choicesIn(a.description),
        })),
        options,
        json: options.some((o) => o.long === '--json'),
      });
    }
    for (const sub of c.commands) walk(sub, [...path, sub.name()], options);
  };
  walk(root, [], []);
  return { root, leaves };
}

/** "done | skip | snooze" in a description lists the choices. */
const choicesIn = (description: string): string[] | undefined =>
  /^[a-z-]+( \| [a-z-]+)+$/.test(description) ? description.split(' | ') : undefined;

/** What an option's or argument's value is, from its placeholder (`<YYYY-MM-DD>`, `<id>`, `<file>`...). */
type Shape = 'id' | 'date' | 'number' | 'output' | 'file' | 'text';
function shapeOf(placeholder: string, long?: string): Shape {
  if (long === '--output') return 'output';
  if (/(^|-)id$/.test(placeholder)) return 'id';
  if (/YYYY|date|when/.test(placeholder)) return 'date';
  if (/^(n|port|months|days)$/.test(placeholder)) return 'number';
  if (/^file/.test(placeholder)) return 'file';
  return 'text';
}
const placeholderOf = (o: Option) => /[<[]([^>\]]+)[>\]]/.exec(o.flags)?.[1] ?? '';

/** Which kind of record an id names: from `--interview <id>`, `<message-id>`, or `message show <id>`. */
function idKind(name: string, leaf: Leaf): keyof Seed {
  const word = name === 'id' ? (leaf.path[0] as string) : name.replace(/-id$/, '').replace(/^--/, '');
  const kind = { interview: 'interview', message: 'message', touch: 'touch', opportunity: 'opportunity' }[
    word === 'keep-open' ? 'opportunity' : word
  ];
  if (!kind) throw new Error(`sweep: no idea what kind of id ${name} of ${leaf.path.join(' ')} is`);
  return kind as keyof Seed;
}
const PREFIX: Record<keyof Seed, string> = { interview: 'iv', message: 'msg', touch: 'tc', opportunity: 'op' };

// ---- the sandbox -----------------------------------------------------------------------------

interface Seed {
  interview: string;
  opportunity: string;
  touch: string;
  message: string;
}

interface Ran {
  code: number;
  out: string;
  err: string;
}

/** A date the sweep's valid runs can use: always in the future. */
const FUTURE = `${new Date().getUTCFullYear() + 1}-06-01`;

/** When the seeded interviews took place: yesterday, so their follow-ups lie ahead. */
const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 11) + '10:00';

const NOTE =
  'Dear Dana,\n\nThank you for talking with me about pricing yesterday. Your point about onboarding churn stayed with me.\n\nBest,\nJordan Lee\n';

const home = mkdtempSync(join(tmpdir(), 'ft-sweep-cli-'));
const db = join(home, 'sweep.db');
const files = join(home, 'files');

/**
 * What a valid run of each command needs beyond its discovered arguments (sample values by name): the
 * flags without which it refuses. A command missing here gets none; its base run must still succeed.
 */
const NEEDS: Record<string, (s: Seed) => string[]> = {
  'interview add': () => ['--company', 'Acme Corp', '--role', 'Engineer', '--at', '2026-03-10T10:00', '--tz', 'UTC'],
  'interview delete': () => ['--yes'],
  'interview edit': () => ['--role', 'Product Manager'],
  notes: () => ['--interviewer', 'Dana', '--topic', 'pricing'],
  check: (s) => ['--interview', s.interview, '--to', 'Dana'],
  draft: (s) => ['--interview', s.interview, '--to', 'Dana'],
  'message edit': () => ['--subject', 'Thank you'],
  touch: () => ['--until', FUTURE],
  log: () => ['--from', 'Dana'],
  quiz: () => ['--seed', '42'],
  export: () => ['-o', join(files, 'base-export.json')],
  eml: () => ['-o', join(files, 'base.eml')],
  letter: () => ['-o', join(files, 'base-letter.pdf')],
  calendar: () => ['-o', join(files, 'base.ics')],
  send: () => ['--at', `${FUTURE}T10:00`],
  'settings smtp': () => ['--host', 'smtp.example.com', '--from', 'jordan@example.org'],
  sheet: () => [],
};
/** Sample values of arguments that are not ids and have no choices. */
const SAMPLE_ARG: Record<string, string> = {
  phrase: 'we hope to decide by the end of next week',
  file: join(files, 'note.txt'),
  kind: 'thank-you',
  action: 'snooze',
};

describe('sweep: every CLI command and option', { timeout: 120_000 }, () => {
  const { root, leaves } = discover();
  let opened: Awaited<ReturnType<typeof openApp>>;
  let fp: Fingerprint;
  let seed: Seed;
  let seeds = 0;
  const stats = { commands: leaves.length, options: 0, cases: 0, spawned: 0 };
  const outcomes = new Map<string, number>();
  const saved = { ...process.env };

  const deps = (io: CliIo): CliDeps => ({
    io,
    version: 'sweep',
    openApp: async (flag) => {
      if (flag === undefined) return { api: opened.api, close: async () => {} };
      // --db given: opened as src/main.ts opens it, errors wrapped the same way.
      try {
        const app = await openApp({ target: resolveDatabaseTarget(process.env, flag), log: () => {} });
        return { api: app.api, close: () => app.close() };
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('failure', `Could not open ${flag}: ${(error as Error).message}`);
      }
    },
    startServer: async () => ({ url: 'http://127.0.0.1:4100/', close: async () => {} }),
    waitForStop: async () => 'SIGTERM',
    pagePath: () => '/',
  });

  async function run(argv: string[]): Promise<Ran> {
    let out = '';
    let err = '';
    const io: CliIo = {
      out: (s) => void (out += s),
      err: (s) => void (err += s),
      interactive: false,
    };
    const code = await runCli(argv, deps(io));
    return { code, out, err };
  }

  async function json<T>(argv: string[]): Promise<T> {
    const r = await run([...argv, '--json']);
    assert.equal(r.code, 0, `${argv.join(' ')}: ${r.err}`);
    return JSON.parse(r.out) as T;
  }

  /** The records the bases point at; made again when a run deleted or used one up. */
  async function ensureSeed(): Promise<void> {
    const api = opened.api;
    const alive = async (f: () => Promise<unknown>) =>
      f().then(
        () => true,
        () => false,
      );
    const openTouch = async (id: string) =>
      (await api.followUps.plan(id)).touches.find(isOpenTouch);
    let touch = seed && (await alive(() => api.interviews.show(seed.interview))) && (await openTouch(seed.interview));
    // Deleted, or its plan used up by a logged reply or an outcome: a new interview to point at.
    if (!touch) {
      const iv = await json<{ id: string; opportunityId: string }>([
        'interview',
        'add',
        '--company',
        `Acme Corp ${++seeds}`,
        '--role',
        'Product Manager',
        '--at',
        YESTERDAY,
        '--tz',
        'America/New_York',
        '--interviewer',
        'Dana Reyes <dana@acme.example>',
      ]);
      seed = { interview: iv.id, opportunity: iv.opportunityId, touch: '', message: '' };
      touch = await openTouch(iv.id);
      assert.ok(touch, 'a new interview has a planned touch');
    }
    seed.touch = touch.id;
    if (!seed.message || !(await alive(() => api.drafts.get(seed.message)))) {
      seed.message = (
        await json<{ id: string }>(['draft', 'thank-you', '--interview', seed.interview, '--to', 'Dana'])
      ).id;
      // Gaps filled, so it can be sent, scheduled and printed.
      await api.drafts.edit(seed.message, { body: NOTE });
    }
  }

  before(async () => {
    process.env.HOME = home;
    process.env.XDG_DATA_HOME = join(home, 'data');
    delete process.env.DATABASE_URL;
    delete process.env.FOLLOWTHROUGH_DB;
    delete process.env.FOLLOWTHROUGH_KEY_FILE;
    mkdirSync(files);
    writeFileSync(join(files, 'note.txt'), NOTE);
    opened = await openApp({ target: db, log: () => {} });
    await json(['profile', '--name', 'Jordan Lee', '--email', 'jordan@example.org', '--tz', 'America/New_York']);
    await json(['settings', 'smtp', '--host', 'smtp.example.com', '--from', 'jordan@example.org']);
    await ensureSeed();
    fp = fingerprint(db);
  });

  after(async () => {
    fp?.close();
    await opened?.close();
    process.env = saved;
    rmSync(home, { recursive: true, force: true });
    const summary = [...outcomes].map(([k, n]) => `${k}: ${n}`).join(', ');
    test.diagnostic?.(
      `sweep cli: ${stats.commands} commands, ${stats.options} options, ${stats.cases} cases in-process, ${stats.spawned} spawned (${summary})`,
    );
  });

  /** The positional arguments and flags a valid run of `leaf` takes. */
  function base(leaf: Leaf): string[] {
    const positional = leaf.args.map((a) => {
      if (/(^|-)id$/.test(a.name)) return seed[idKind(a.name, leaf)];
      return SAMPLE_ARG[a.name] ?? a.choices?.[0] ?? 'x';
    });
    return [...leaf.path, ...positional, ...(NEEDS[leaf.path.join(' ')]?.(seed) ?? [])];
  }

  test('discovery finds the commands and their options', () => {
    stats.options = leaves.reduce((n, l) => n + l.command.options.length, 0) + root.options.length;
    assert.ok(leaves.length >= 30, `only ${leaves.length} commands found`);
    assert.ok(stats.options >= 100, `only ${stats.options} options found`);
  });

  test('every command runs with its base arguments (so a refusal below is the bad value)', async () => {
    for (const leaf of leaves) {
      await ensureSeed();
      const argv = [...base(leaf), ...(leaf.json ? ['--json'] : [])];
      const r = await run(argv);
      stats.cases++;
      assert.equal(r.code, 0, `${argv.join(' ')}\n${r.err}`);
      for (const f of outputsIn(argv)) rmSync(f, { force: true });
    }
  });
});

function outputsIn(argv: string[]): string[] {
  const found: string[] = [];
  argv.forEach((a, i) => {
    if ((a === '-o' || a === '--output') && argv[i + 1]) found.push(argv[i + 1] as string);
  });
  return found;
}

void [existsSync, lstatSync, readFileSync, symlinkSync, sandbox, BIG, CONTROLS, IMPOSSIBLE_DATES, unknownId, WRONG_SHAPE_ID, shapeOf, placeholderOf, PREFIX];
