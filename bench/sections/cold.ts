// Cold starts of the bundled bin (a fresh process each run) against `node -e 0`, interleaved so
// machine load hits every command alike: `due --json` on the full-size database, `check` and
// `timeframe` (which needs no database but loads the time-frame parser and holiday calendars).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, requireBin } from '../../test/helpers/cli-bin.js';
import { type BenchRow, fmt, median, times } from '../lib/table.js';

const NOTE = `Dear Dana,\n\nThank you for walking me through the Q3 roadmap today. I want this role because I used Acme dashboards every day to plan stock for forty stores.\nAt Brightpath I led the onboarding redesign that cut churn by 40%, and I would bring that approach to your enterprise accounts.\n\nBest regards,\nAlex\n`;

export function coldRows(sqliteTarget: string, runs: number): BenchRow[] {
  requireBin();
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-cold-'));
  const env = cleanEnv(dir);
  const note = join(dir, 'note.txt');
  writeFileSync(note, NOTE);
  const run = (args: string[]) => {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = performance.now() - start;
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  const commands = [
    ['-e', '0'],
    [BIN, '--db', sqliteTarget, 'due', '--json'],
    [BIN, '--db', join(dir, 'empty.db'), 'check', note, '--json'],
    [BIN, 'timeframe', 'we hope to decide by the end of next week', '--from', '2026-11-24', '--json'],
  ];
  const times_ = commands.map(() => [] as number[]);
  try {
    for (const args of commands) run(args); // warm the file cache; migrate the empty database
    for (let i = 0; i < runs; i++) for (const [c, args] of commands.entries()) times_[c]?.push(run(args));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [node = 0, due = 0, check = 0, timeframe = 0] = times_.map(median);
  const base = `${fmt(node)} ms (node -e 0)`;
  return [
    {
      measurement: `CLI cold start: followthrough due --json, full-size SQLite (median of ${runs})`,
      result: `${fmt(due)} ms`,
      baseline: base,
      ratio: times(due, node),
    },
    {
      measurement: `CLI cold start: followthrough check note.txt --json (median of ${runs})`,
      result: `${fmt(check)} ms`,
      baseline: base,
      ratio: times(check, node),
    },
    {
      measurement: `CLI cold start: followthrough timeframe PHRASE --json (median of ${runs})`,
      result: `${fmt(timeframe)} ms`,
      baseline: base,
      ratio: times(timeframe, node),
    },
  ];
}
