// Runs the bundled bin (dist/followthrough.js, built by `npm run build`) the way a user does,
// against a throwaway SQLite file, with stdin not a terminal.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/followthrough.js');

export function requireBin(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);
}

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a CLI test runs in: no database settings leak in from the developer's shell. */
export function cleanEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data') };
  delete env.DATABASE_URL;
  delete env.FOLLOWTHROUGH_DB;
  delete env.FOLLOWTHROUGH_DEBUG;
  return env;
}

export interface Sandbox {
  dir: string;
  db: string;
  /** Runs `followthrough --db <db> ...args`. */
  run(...args: string[]): Result;
  /** Runs `followthrough ...args` exactly as given (no --db added). */
  raw(args: string[], env?: NodeJS.ProcessEnv): Result;
  /** Runs a command that must succeed with --json and returns the parsed document. */
  json<T = unknown>(...args: string[]): T;
  remove(): void;
}

export function sandbox(): Sandbox {
  requireBin();
  const dir = mkdtempSync(join(tmpdir(), 'ft-cli-'));
  const db = join(dir, 'test.db');
  const raw = (args: string[], env = cleanEnv(dir)): Result => {
    const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
      env,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      input: '',
    });
    if (r.error) throw r.error;
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const run = (...args: string[]) => raw(['--db', db, ...args]);
  return {
    dir,
    db,
    run,
    raw,
    json: <T>(...args: string[]): T => {
      const r = run(...args);
      if (r.code !== 0) throw new Error(`followthrough ${args.join(' ')} exited ${r.code}:\n${r.stderr}`);
      return JSON.parse(r.stdout) as T;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `interview add` for the Acme Corp product-manager interview most CLI suites start from; add flags after it. */
export const ADD_ACME_INTERVIEW = [
  'interview',
  'add',
  '--company',
  'Acme Corp',
  '--role',
  'Product Manager',
  '--at',
  '2026-03-03T10:00',
  '--tz',
  'America/New_York',
] as const;
