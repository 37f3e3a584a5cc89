// Cold start of `followthrough check` (the bundled bin, a fresh process each run) against
// `node -e 0` in the same run, interleaved so machine load hits every command alike. Prints the
// median and fastest wall time of each and the median's ratio to bare Node.
//   npm run build && npx tsx bench/check-cold-start.ts [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, requireBin } from '../test/helpers/cli-bin.js';

const runs = Number(process.argv[2] ?? 15);
requireBin();
const dir = mkdtempSync(join(tmpdir(), 'ft-bench-'));
const env = { ...cleanEnv(dir), FOLLOWTHROUGH_DB: join(dir, 'bench.db') };
const note = join(dir, 'note.txt');
writeFileSync(
  note,
  `Dear Dana,\n\nThank you for walking me through the Q3 roadmap today. I want this role because I used Acme dashboards every day to plan stock for forty stores.\nAt Brightpath I led the onboarding redesign that cut churn by 40%, and I would bring that approach to your enterprise accounts.\n\nBest regards,\nAlex\n`,
);

const run = (args: string[]) => {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout.toString() };
};

// Migrate the database and record an interview first, so no run pays for either.
const iv = JSON.parse(
  run([
    BIN,
    'interview',
    'add',
    '--company',
    'Acme Analytics',
    '--role',
    'Product Manager',
    '--at',
    '2026-03-03T10:00',
    '--tz',
    'America/New_York',
    '--interviewer',
    'Dana Reyes <dana@acme.example>',
    '--json',
  ]).stdout,
) as { id: string };

const commands: [label: string, args: string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['followthrough --help', [BIN, '--help']],
  // Opens the store and reads it, without the checker: what check pays beyond this is the checker.
  ['followthrough interview list --json', [BIN, 'interview', 'list', '--json']],
  ['followthrough check note.txt --json', [BIN, 'check', note, '--json']],
  ['  ... --interview ID --to Dana', [BIN, 'check', note, '--interview', iv.id, '--to', 'Dana', '--json']],
];

const times = commands.map(() => [] as number[]);
for (const [, args] of commands) run(args); // warm the file cache
for (let i = 0; i < runs; i++) {
  for (const [c, [, args]] of commands.entries()) times[c]?.push(run(args).ms);
}
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const base = median(times[0] ?? []);
process.stdout.write(`Cold start, ${runs} interleaved runs each (wall time of a fresh process)\n\n`);
const header = `${'command'.padEnd(38)} ${'median ms'.padStart(10)} ${'min ms'.padStart(8)} ${'x node -e 0'.padStart(12)}`;
process.stdout.write(`${header}\n${'-'.repeat(header.length)}\n`);
commands.forEach(([label], c) => {
  const t = times[c] ?? [];
  const m = median(t);
  process.stdout.write(
    `${label.padEnd(38)} ${m.toFixed(0).padStart(10)} ${Math.min(...t)
      .toFixed(0)
      .padStart(8)} ${(m / base).toFixed(1).padStart(11)}x\n`,
  );
});
