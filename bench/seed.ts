// Builds the large benchmark database reproducibly: N owners (default 10,000) sharing T touches
// (default 100 per owner: 1,000,000 for 10,000), plus the bench owner (the local owner) with 200
// interviews made through the real app. The schema comes from the real migrations (openStore).
//   npm run seed -- --owners 10000 [--db FILE | --pg URL] [--seed 42] [--today YYYY-MM-DD] [--replace]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/open.js';
import { seedBenchOwner } from './seed/bench-owner.js';
import { crowdOwner, prng } from './seed/rows.js';
import { type BulkWriter, postgresWriter, type Row, sqliteWriter, type Table } from './seed/writers.js';

export const SEED_DIR = '/tmp/followthrough-bench';
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface SeedOptions {
  owners: number;
  touches?: number;
  /** SQLite file; ignored when `pg` is given. */
  db?: string;
  /** A PostgreSQL server URL; the seed (re)creates database `pgDatabase` on it. */
  pg?: string;
  pgDatabase?: string;
  seed?: number;
  /** YYYY-MM-DD the data is anchored to (default: today, UTC). */
  today?: string;
  benchInterviews?: number;
  replace?: boolean;
  log?: (line: string) => void;
}

export interface SeedInfo {
  target: string;
  owners: number;
  touches: number;
  seed: number;
  today: string;
  benchOwner: string;
  sampleInterview: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export const pgDatabaseName = (o: SeedOptions): string => o.pgDatabase ?? `followthrough_bench_${o.owners}`;
const sidecar = (o: SeedOptions) => (o.pg ? join(SEED_DIR, `pg-${pgDatabaseName(o)}.json`) : `${o.db}.json`);

export const defaultDbPath = (owners: number, seed: number) => join(SEED_DIR, `owners-${owners}-seed-${seed}.db`);

/** What an earlier seed with these options wrote, if it is still there. */
export function existingSeed(o: SeedOptions): SeedInfo | undefined {
  const file = sidecar(o);
  if (!existsSync(file)) return undefined;
  const info = JSON.parse(readFileSync(file, 'utf8')) as SeedInfo;
  if (!o.pg && !existsSync(o.db ?? '')) return undefined;
  return info;
}

export async function seed(options: SeedOptions): Promise<SeedInfo> {
  const o = { seed: 42, benchInterviews: 200, ...options, pgDatabase: pgDatabaseName(options) };
  const log = o.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const touches = o.touches ?? o.owners * 100;
  const today = o.today ?? new Date().toISOString().slice(0, 10);
  const anchor = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(anchor)) throw new Error(`--today ${today} is not a date as YYYY-MM-DD`);
  if (!Number.isInteger(o.owners) || o.owners < 1) throw new Error('--owners must be a whole number of at least 1');
  mkdirSync(SEED_DIR, { recursive: true });
  const target = o.pg
    ? await freshPgDatabase(o.pg, o.pgDatabase)
    : sqliteTarget(o.db ?? defaultDbPath(o.owners, o.seed), o.replace);
  const started = performance.now();
  // The real migrations build the schema; the bench owner goes through the real app.
  const store = await openStore({ target });
  const random = prng(o.seed);
  const bench = await seedBenchOwner(store, { interviews: o.benchInterviews, anchor, random });
  await store.close();
  const benchSeconds = (performance.now() - started) / 1000;
  log(`bench owner: ${bench.interviews} interviews through the app in ${benchSeconds.toFixed(1)} s`);

  const writer: BulkWriter = o.pg ? await postgresWriter(target) : await sqliteWriter(target);
  const crowdStart = performance.now();
  let rows = 0;
  const others = o.owners - 1;
  const CHUNK = 100;
  for (let first = 0; first < others; first += CHUNK) {
    const buffers = new Map<Table, Row[]>();
    for (let n = first; n < Math.min(first + CHUNK, others); n++) {
      // Touches spread evenly; the first owners take the remainder.
      const share = Math.floor(touches / others) + (n < touches % others ? 1 : 0);
      rows += crowdOwner({ owner: `owner-${String(n + 1).padStart(5, '0')}`, touches: share, anchor, random }, buffers);
    }
    await writer.write(buffers);
    if ((first / CHUNK) % 20 === 19) log(`  ${first + CHUNK} owners, ${rows.toLocaleString('en-US')} rows`);
  }
  await writer.close();
  const seconds = (performance.now() - crowdStart) / 1000;
  const info: SeedInfo = {
    target: o.pg ? target.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@') : target,
    owners: o.owners,
    touches,
    seed: o.seed,
    today,
    benchOwner: bench.owner,
    sampleInterview: bench.sampleInterview,
    rows,
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(rows / seconds),
  };
  writeFileSync(sidecar({ ...o, db: target }), JSON.stringify(info, null, 2));
  log(
    `${o.owners.toLocaleString('en-US')} owners, ${rows.toLocaleString('en-US')} rows (${touches.toLocaleString('en-US')} touches) in ${seconds.toFixed(1)} s: ${info.rowsPerSecond.toLocaleString('en-US')} rows/s`,
  );
  return info;
}

function sqliteTarget(path: string, replace = false): string {
  const abs = resolve(path);
  if (!relative(REPO, abs).startsWith('..'))
    throw new Error(`${path} is inside the repository: keep benchmark databases under /tmp`);
  if (existsSync(abs)) {
    if (!replace) throw new Error(`${abs} exists: pass --replace to rebuild it`);
    for (const suffix of ['', '-wal', '-shm', '.json']) rmSync(`${abs}${suffix}`, { force: true });
  }
  return abs;
}

/** Drops and creates `name` on the server at `url`; returns the URL of the new database. */
async function freshPgDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`${name} is not a plain database name`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      owners: { type: 'string', default: '10000' },
      touches: { type: 'string' },
      db: { type: 'string' },
      pg: { type: 'string' },
      'pg-database': { type: 'string' },
      seed: { type: 'string', default: '42' },
      today: { type: 'string' },
      replace: { type: 'boolean', default: false },
    },
  });
  try {
    const info = await seed({
      owners: Number(values.owners),
      touches: values.touches === undefined ? undefined : Number(values.touches),
      db: values.db,
      pg: values.pg,
      pgDatabase: values['pg-database'],
      seed: Number(values.seed),
      today: values.today,
      replace: values.replace,
    });
    process.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`seed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
