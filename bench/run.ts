// `npm run bench`: every measurement in one table, each beside a baseline measured in the same run.
// Builds (or reuses) the full-size databases under /tmp with bench/seed.ts first.
//   npm run bench -- [--skip-install] [--skip-pg] [--skip-browser] [--duration 10] [--connections 10]
//                    [--owners 10000] [--runs 15] [--only web,interview,queries,cold,launch,checker,install]

import { existsSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../test/helpers/browser.js';
import { BIN, cleanEnv, requireBin } from '../test/helpers/cli-bin.js';
import { checkerRates } from './checker.js';
import { BARE_SERVER, launchToFirst200 } from './lib/processes.js';
import { type BenchRow, fmt, markdownTable, median, times } from './lib/table.js';
import { coldRows } from './sections/cold.js';
import { installRows } from './sections/install.js';
import { interviewPageRows } from './sections/interview-page.js';
import { queryRows } from './sections/queries.js';
import { webRows } from './sections/web.js';
import { weightRows } from './sections/weight.js';
import { defaultDbPath, existingSeed, type SeedInfo, seed } from './seed.js';
import { run as timeFrameRates } from './timeframes.js';

const { values: flags } = parseArgs({
  options: {
    'skip-install': { type: 'boolean', default: false },
    'skip-pg': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    owners: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '15' },
    /** Comma-separated sections to run (default: all), for measuring just the rows a change touches. */
    only: { type: 'string' },
  },
});
const want = (section: string) => !flags.only || flags.only.split(',').includes(section);
const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
const rows: BenchRow[] = [];
const notes: string[] = [];
const owners = Number(flags.owners);
const duration = Number(flags.duration);
const connections = Number(flags.connections);

requireBin();
const env = cleanEnv('/tmp');
const load0 = loadavg();

async function database(pg?: string): Promise<SeedInfo> {
  const options = pg
    ? { owners, pg, pgDatabase: `followthrough_bench_${owners}` }
    : { owners, db: defaultDbPath(owners, 42) };
  const found = existingSeed(options);
  if (found) {
    notes.push(
      `${pg ? 'PostgreSQL' : 'SQLite'} database seeded on ${found.today} (reused): ${fmt(found.rows)} rows at ${fmt(found.rowsPerSecond)} rows/s.`,
    );
    return found;
  }
  say(`seeding ${owners} owners into ${pg ? 'PostgreSQL' : 'SQLite'} (once; reused by later runs)`);
  const info = await seed({ ...options, log: say });
  notes.push(
    `${pg ? 'PostgreSQL' : 'SQLite'} database seeded in this run: ${fmt(info.rows)} rows in ${info.seconds} s, ${fmt(info.rowsPerSecond)} rows/s.`,
  );
  return info;
}

const sqlite = await database();
const sqliteTarget = sqlite.target;

let pageBytes = 70_000;
if (want('web')) {
  say('web load on SQLite');
  const web = await webRows({ label: 'SQLite', target: sqliteTarget, env, duration, connections });
  rows.push(...web.rows);
  pageBytes = web.pageBytes;
  if (!flags['skip-browser'] && existsSync(chromiumPath())) {
    say('first page weight in Chromium');
    rows.push(...(await weightRows(web.serve.url)));
  } else notes.push('Page weight skipped: no Chromium (set CHROMIUM_PATH) or --skip-browser.');
  await web.serve.stop();
}

if (want('interview')) {
  say('interview page load on SQLite');
  rows.push(
    ...(await interviewPageRows({
      label: 'SQLite',
      target: sqliteTarget,
      env,
      duration,
      connections,
      interviewId: sqlite.sampleInterview,
    })),
  );
}

const pgUrl = process.env.BENCH_PG_URL || process.env.TEST_DATABASE_URL;
let pgTarget: string | undefined;
if (flags['skip-pg'] || !want('web')) notes.push('PostgreSQL rows skipped (--skip-pg or --only).');
else if (!pgUrl)
  notes.push(
    'PostgreSQL rows skipped: set BENCH_PG_URL or TEST_DATABASE_URL to a server URL (the bench creates its own database there).',
  );
else {
  const pg = await database(pgUrl);
  const u = new URL(pgUrl);
  u.pathname = `/followthrough_bench_${owners}`;
  pgTarget = u.toString();
  say('web load on PostgreSQL');
  const pgWeb = await webRows({ label: 'PostgreSQL', target: pgTarget, env, duration, connections });
  await pgWeb.serve.stop();
  rows.push(...pgWeb.rows);
  notes.push(`PostgreSQL sample interview ${pg.sampleInterview}.`);
}

if (want('queries')) {
  say('due query and plan per call');
  rows.push(...(await queryRows('SQLite', sqliteTarget, sqlite.sampleInterview)));
  if (pgTarget) {
    const pgInfo = existingSeed({ owners, pg: pgUrl, pgDatabase: `followthrough_bench_${owners}` });
    if (pgInfo) rows.push(...(await queryRows('PostgreSQL', pgTarget, pgInfo.sampleInterview)));
  }
}

if (want('cold')) {
  say('cold starts');
  rows.push(...coldRows(sqliteTarget, Number(flags.runs)));
}

if (want('launch')) {
  say('launch to first 200');
  const serveLaunch: number[] = [];
  const bareLaunch: number[] = [];
  for (let i = 0; i < 5; i++) {
    bareLaunch.push(await launchToFirst200([BARE_SERVER, String(pageBytes)]));
    serveLaunch.push(await launchToFirst200([BIN, '--db', sqliteTarget, 'serve', '--port', '0'], env));
  }
  rows.push({
    measurement: 'followthrough serve: launch to first 200 on / (full-size SQLite, median of 5)',
    result: `${fmt(median(serveLaunch))} ms`,
    baseline: `${fmt(median(bareLaunch))} ms (bare node:http)`,
    ratio: times(median(serveLaunch), median(bareLaunch)),
  });
}

if (want('checker')) {
  say('note checker and time frames');
  const checker = await checkerRates(30);
  const warm = checker.rows[2];
  if (warm) {
    rows.push({
      measurement: `note checker, warm, with dictionaries (${checker.corpus.notes.length} corpus notes)`,
      result: `${fmt(warm.perSecond)} notes/s`,
      baseline: `${fmt(checker.baseline.perSecond)} notes/s (split sentences only)`,
      ratio: times(warm.perSecond, checker.baseline.perSecond),
    });
  }
  const [normalizeRate, understandRate] = timeFrameRates();
  if (normalizeRate && understandRate) {
    rows.push({
      measurement: 'time frames understood (10,000 phrases)',
      result: `${fmt(understandRate.perSecond)} phrases/s`,
      baseline: `${fmt(normalizeRate.perSecond)} phrases/s (normalise only)`,
      ratio: times(understandRate.perSecond, normalizeRate.perSecond),
    });
  }
}

if (flags['skip-install'] || !want('install')) notes.push('npm ci skipped (--skip-install or --only).');
else {
  say('npm ci from an empty cache in /tmp (slow)');
  rows.push(...installRows());
}

const load1 = loadavg();
process.stdout.write(`${markdownTable(rows)}\n\n`);
process.stdout.write(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM (${fmt(freemem() / 2 ** 30, 1)} free), Node ${process.version}; ` +
    `load average ${load0.map((l) => l.toFixed(2)).join(' ')} at start, ${load1.map((l) => l.toFixed(2)).join(' ')} at end.\n`,
);
process.stdout.write(
  'Ratio = result ÷ baseline: for rates (req/s, notes/s, phrases/s) below 1x is slower than the baseline; for times and sizes above 1x is slower or bigger.\n',
);
for (const n of notes) process.stdout.write(`${n}\n`);
