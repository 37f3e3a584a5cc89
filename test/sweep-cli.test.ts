// Issue 15, "keep it so": every command and option the commander program declares (discovered from
// the program, not listed by hand) is fed the bad values of test/helpers/sweep.ts, in-process through
// runCli on a real SQLite file under a throwaway HOME. Each answer: no stack trace, exit 2 for bad
// input and 3 for an unknown id, at most one JSON document on stdout under --json, and on a refusal
// nothing written: the database's fingerprint unchanged and no file at the -o path. A spawned sample
// checks that the bundled bin exits with the same codes.
// SWEEP_TRACE=FILE appends every case and its answer to FILE, to see what the sweep did.
import assert from 'node:assert/strict';
import {
  appendFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Command, Option } from 'commander';
import { openApp, resolveDatabaseTarget } from '../src/app/open.js';
import type { CliDeps, CliIo } from '../src/cli/context.js';
import { buildProgram } from '../src/cli/program.js';
import { runCli } from '../src/cli/run.js';
import { AppError } from '../src/core/errors.js';
import { isOpenTouch } from '../src/core/plan/index.js';
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
const YESTERDAY = `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 11)}10:00`;

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
      out: (s) => {
        out += s;
      },
      err: (s) => {
        err += s;
      },
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
    const openTouch = async (id: string) => (await api.followUps.plan(id)).touches.find(isOpenTouch);
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
    const editable = async (id: string) =>
      api.drafts.get(id).then(
        (d) => d.editable,
        () => false,
      );
    // Scheduled or sent by a run that succeeded: a fresh draft, so sending can be refused for the value.
    if (!seed.message || !(await editable(seed.message))) {
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
    for (const e of ['.out', '.pdf']) writeFileSync(join(files, `existing${e}`), 'keep me\n');
    writeFileSync(join(files, 'link-target'), 'the link points here\n');
    for (const e of ['.out', '.pdf']) symlinkSync(join(files, 'link-target'), join(files, `link${e}`));
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

  test('every command and option refuses each bad value: exit 2 or 3, no stack, nothing written', async () => {
    const problems: string[] = [];
    for (const leaf of leaves) {
      for (const c of casesFor(leaf)) problems.push(...(await check(c)));
    }
    for (const c of rootCases()) problems.push(...(await check(c)));
    if (process.env.SWEEP_TRACE) trace(`PROBLEMS\n${problems.join('\n')}\n`);
    assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.slice(0, 40).join('\n')}`);
  });

  test('the bundled bin exits as runCli does (a spawned sample)', () => {
    const s = sandbox();
    try {
      for (const c of [...spawnSample, ...stdinCases]) {
        const argv = c.argv.map((a) => (a.startsWith(files) ? a.replace(files, join(s.dir, 'files')) : a));
        mkdirSync(join(s.dir, 'files'), { recursive: true });
        const r = s.raw(['--db', join(s.dir, 'sweep.db'), ...argv]);
        stats.spawned++;
        assert.equal(r.code, c.code, `${c.label}: bin exited ${r.code}, runCli ${c.code}\n${r.stderr}`);
        assert.equal(stackIn(r.stderr), undefined, `${c.label}: ${r.stderr}`);
      }
      assert.ok(stats.spawned >= 10, `only ${stats.spawned} cases spawned`);
      assert.ok(
        spawnSample.some((c) => c.code === 3),
        'the sample includes an unknown id (exit 3)',
      );
    } finally {
      s.remove();
    }
  });

  test('summary', (t) => {
    const summary = [...outcomes].map(([k, n]) => `${k}: ${n}`).join(', ');
    t.diagnostic(
      `sweep cli: ${stats.commands} commands, ${stats.options} options, ${stats.cases} cases in-process (${summary}), ${stats.spawned} spawned`,
    );
  });

  /** Cases whose code the spawned bin must reproduce: ones that need no seeded record. */
  const spawnSample: { label: string; argv: string[]; code: number }[] = [];
  /** Options that read standard input, run only by the spawned bin (stdin empty: a refusal). */
  const stdinCases: { label: string; argv: string[]; code: number }[] = [];

  // ---- cases ---------------------------------------------------------------------------------

  interface Case {
    label: string;
    /** Builds the command line when run (the seeded ids may have changed). */
    argv: () => string[];
    /** The exit codes allowed. */
    expect: number[];
    /** Files that must be as they were after a refusal: path -> content before (null: absent). */
    watch?: () => Map<string, string | null>;
    /** For the spawned sample: needs no seeded record. */
    standalone?: boolean;
  }

  const REFUSED = [2];
  const ANY = [0, 1, 2, 3];

  function casesFor(leaf: Leaf): Case[] {
    const name = leaf.path.join(' ');
    const json = leaf.json ? ['--json'] : [];
    const out: Case[] = [
      { label: `${name} --help`, argv: () => [...leaf.path, '--help'], expect: [0], standalone: true },
      { label: `${name} --bogus`, argv: () => [...base(leaf), '--bogus', ...json], expect: REFUSED, standalone: true },
    ];
    // Arguments: each required one left out, and each fed the bad values of its shape.
    leaf.args.forEach((arg, i) => {
      const withArg = (value: string) => () => {
        const argv = base(leaf);
        argv[leaf.path.length + i] = value;
        return [...argv, ...json];
      };
      if (arg.required) {
        out.push({
          label: `${name} without <${arg.name}>`,
          argv: () => [...leaf.path, ...base(leaf).slice(leaf.path.length, leaf.path.length + i), ...json],
          expect: REFUSED,
          standalone: true,
        });
      }
      for (const [cls, value, expect] of badValues(
        /(^|-)id$/.test(arg.name) ? 'id' : arg.name === 'file' ? 'file' : 'text',
        () => PREFIX[idKind(arg.name, leaf)],
        arg.choices !== undefined,
        { positional: true },
      )) {
        out.push({ label: `${name} <${arg.name}> ${cls}`, argv: withArg(value()), expect });
      }
    });
    // Options: each flag alone (with a value it does not take), each value missing and each bad value.
    for (const option of leaf.command.options) {
      const flag = option.long ?? option.short ?? '';
      if (flag === '--json') continue;
      // Reads this process's standard input: run by the spawned sample, where stdin is empty.
      if (/standard input/.test(option.description)) {
        stdinCases.push({ label: `${name} ${flag} (stdin empty)`, argv: [...base(leaf), flag], code: 2 });
        continue;
      }
      if (!option.required && !option.optional) {
        out.push({ label: `${name} ${flag}`, argv: () => [...base(leaf), flag, ...json], expect: ANY });
        out.push({ label: `${name} ${flag}=x`, argv: () => [...base(leaf), `${flag}=x`, ...json], expect: REFUSED });
        continue;
      }
      if (option.required) {
        out.push({
          label: `${name} ${flag} (no value)`,
          argv: () => [...without(base(leaf), flag), ...json, flag],
          expect: REFUSED,
        });
      }
      const placeholder = placeholderOf(option);
      const shape = shapeOf(placeholder, option.long);
      const bad = badValues(shape, () => PREFIX[idKind(flag, leaf)], option.argChoices !== undefined, {
        extension: ext(placeholder),
        valueOptional: option.optional,
      });
      for (const [cls, value, expect, watch] of bad) {
        out.push({
          label: `${name} ${flag} ${cls}`,
          argv: () => [...setFlag(base(leaf), flag, value()), ...json],
          expect,
          watch,
        });
      }
    }
    return out;
  }

  function rootCases(): Case[] {
    const list = ['interview', 'list', '--json'];
    const out: Case[] = [{ label: '--version', argv: () => ['--version'], expect: [0], standalone: true }];
    for (const [cls, value] of [
      ['empty', ''],
      ['100 KB', BIG],
      ...CONTROLS.map((v) => [`control ${JSON.stringify(v)}`, v]),
      ['a folder', files],
      ['a device', '/dev/full'],
      ['a text file', join(files, 'note.txt')],
    ] as [string, string][]) {
      out.push({
        label: `--db ${cls}`,
        argv: () => ['--db', value, ...list],
        expect: REFUSED,
        standalone: !value.startsWith(files) || value === files,
      });
    }
    out.push({ label: '--db (no value)', argv: () => [...list, '--db'], expect: REFUSED, standalone: true });
    return out;
  }

  type Bad = [cls: string, value: () => string, expect: number[], watch?: () => Map<string, string | null>];

  /** The bad values for an input of this shape, each with the exit codes that may answer it. */
  function badValues(
    shape: Shape,
    prefix: () => string,
    hasChoices: boolean,
    how: { positional?: boolean; valueOptional?: boolean; extension?: string } = {},
  ): Bad[] {
    const extension = how.extension ?? '.out';
    // An empty option value means "not given", as an empty form field does on the web (a text left
    // blank, the default recipient, a new opportunity); an empty argument, date, number or path is
    // refused. An id that cannot be one may be refused as bad input or looked up and not found.
    const emptyMayMeanNone = !how.positional && (shape === 'text' || shape === 'id' || how.valueOptional === true);
    const misfit = shape === 'id' ? [2, 3] : REFUSED;
    const bad: Bad[] = [
      ['empty', () => '', emptyMayMeanNone ? [0, 2] : shape === 'id' ? [2, 3] : REFUSED],
      ['100 KB', () => BIG, misfit],
      ...CONTROLS.map((v): Bad => [`control ${JSON.stringify(v)}`, () => v, misfit]),
    ];
    if (hasChoices) bad.push(['not a choice', () => 'nope', REFUSED]);
    if (shape === 'date') for (const d of IMPOSSIBLE_DATES) bad.push([`impossible ${d}`, () => d, REFUSED]);
    if (shape === 'number') for (const n of ['0x10', '-1', '1.5', 'ten']) bad.push([`number ${n}`, () => n, REFUSED]);
    if (shape === 'id') {
      bad.push(['unknown id', () => unknownId(prefix()), [3, 2]]);
      bad.push(['wrong-shape id', () => WRONG_SHAPE_ID, [2, 3]]);
    }
    if (shape === 'file') {
      bad.push(['a folder', () => files, REFUSED]);
      bad.push(['a missing file', () => join(files, 'missing', 'in.txt'), [2, 3]]);
    }
    if (shape === 'output') {
      const existing = join(files, `existing${extension}`);
      const link = join(files, `link${extension}`);
      const target = join(files, 'link-target');
      const watching = (paths: string[]) => () => new Map(paths.map((p) => [p, contentOf(p)]));
      bad.push(['a folder', () => files, REFUSED]);
      bad.push([
        'a missing folder',
        () => join(files, 'missing', `out${extension}`),
        REFUSED,
        watching([join(files, 'missing')]),
      ]);
      bad.push(['/dev/full', () => '/dev/full', REFUSED]);
      bad.push(['an existing file without --force', () => existing, REFUSED, watching([existing])]);
      bad.push(['a symbolic link', () => link, REFUSED, watching([link, target])]);
    }
    return bad;
  }

  const contentOf = (p: string): string | null => {
    try {
      const stat = lstatSync(p);
      if (stat.isSymbolicLink()) return `-> ${readFileSync(p, 'utf8')}`;
      // A folder or a device (/dev/full reads zeros for ever): its kind and size are what can change.
      return stat.isFile()
        ? readFileSync(p, 'utf8')
        : `${stat.mode} ${stat.isDirectory() ? readdirSync(p).join('/') : ''}`;
    } catch {
      return null;
    }
  };

  async function check(c: Case): Promise<string[]> {
    await ensureSeed();
    const argv = c.argv();
    const watched = c.watch?.() ?? new Map<string, string | null>();
    for (const o of outputsIn(argv)) if (!watched.has(o)) watched.set(o, contentOf(o));
    const before = fp.take();
    const t0 = Date.now();
    const r = await run(argv);
    if (process.env.SWEEP_TRACE)
      trace(`${Date.now() - t0}ms ${c.label} -> ${r.code} ${firstLines(r.err).slice(0, 150)}\n`);
    stats.cases++;
    const key = `exit ${r.code}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const label = `${c.label} (exit ${r.code})`;
    const problems: string[] = [];
    if (!c.expect.includes(r.code))
      problems.push(`${label}: expected exit ${c.expect.join(' or ')}: ${firstLines(r.err)}`);
    const stack = stackIn(r.err) ?? stackIn(r.out);
    if (stack) problems.push(`${label}: a stack trace: ${stack}`);
    if (argv.includes('--json') && !argv.includes('--help')) {
      if (r.code !== 0 && r.out !== '') problems.push(`${label}: stdout on a refusal: ${r.out.slice(0, 200)}`);
      if (r.code === 0 && r.out.trim() !== '' && !isJson(r.out))
        problems.push(`${label}: stdout is not one JSON document`);
    }
    if (r.code !== 0) {
      if (fp.take() !== before) problems.push(`${label}: the database changed on a refusal`);
      for (const [path, was] of watched) {
        if (contentOf(path) !== was) problems.push(`${label}: ${path} changed on a refusal`);
      }
    } else {
      for (const o of outputsIn(argv)) if (!watched.get(o)) rmSync(o, { force: true });
    }
    // The spawned bin has an empty database of its own: a case it can repeat names no seeded record or file.
    const ids = Object.values(seed);
    const repeatable = c.standalone || !argv.some((a) => ids.includes(a) || a.startsWith(files) || a.includes(files));
    const taken = spawnSample.filter((x) => x.code === r.code).length;
    if (
      repeatable &&
      r.code !== 0 &&
      taken < (r.code === 3 ? 4 : 8) &&
      !argv.some((a) => a.length > 1000 || a.includes('\0'))
    ) {
      spawnSample.push({ label: c.label, argv, code: r.code });
    }
    return problems;
  }
});

const trace = (line: string) => appendFileSync(process.env.SWEEP_TRACE as string, line);
const firstLines = (s: string) => s.split('\n').slice(0, 2).join(' | ').slice(0, 300);

const isJson = (s: string): boolean => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

function outputsIn(argv: string[]): string[] {
  const found: string[] = [];
  argv.forEach((a, i) => {
    if ((a === '-o' || a === '--output') && argv[i + 1]) found.push(argv[i + 1] as string);
  });
  return found;
}

/** argv with `flag` (and its value) taken out. */
function without(argv: string[], flag: string): string[] {
  const i = argv.indexOf(flag);
  return i < 0 ? argv : [...argv.slice(0, i), ...argv.slice(i + 2)];
}

/** argv with `flag`'s value replaced (a base that already gives it) or the flag added. */
function setFlag(argv: string[], flag: string, value: string): string[] {
  const short = flag === '--output' ? '-o' : flag;
  const i = argv.findIndex((a) => a === flag || a === short);
  if (i < 0) return [...argv, flag, value];
  const copy = [...argv];
  copy[i + 1] = value;
  return copy;
}

/** The extension a command's output file takes (`<file.pdf>`, or the base's -o path). */
function ext(placeholder: string): string {
  return /\.\w+$/.exec(placeholder)?.[0] ?? '.out';
}
