// `npm ci` from an empty cache in a throwaway copy of package.json + package-lock.json under /tmp
// (never in a worktree), and the size of the node_modules it makes. Baselines: copying that
// node_modules (the cost of writing the files alone) and the production dependencies' share of it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchRow, fmt, mb, times } from '../lib/table.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const du = (path: string) => Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);

export function installRows(): BenchRow[] {
  const work = mkdtempSync(join(tmpdir(), 'ft-npmci-'));
  const cache = mkdtempSync(join(tmpdir(), 'empty-cache-'));
  try {
    for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, f), join(work, f));
    const start = performance.now();
    const ci = spawnSync('npm', ['ci', '--cache', cache, '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: work,
      encoding: 'utf8',
    });
    const ciSeconds = (performance.now() - start) / 1000;
    if (ci.status !== 0) throw new Error(`npm ci failed in ${work}: ${ci.stderr.slice(-2000)}`);
    const modules = join(work, 'node_modules');
    const size = du(modules);
    const copyStart = performance.now();
    execFileSync('cp', ['-a', modules, join(work, 'copy')]);
    const copySeconds = (performance.now() - copyStart) / 1000;
    const prod = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: work, encoding: 'utf8' })
      .split('\n')
      .filter((p) => p.startsWith(modules));
    // Nested packages sit inside their parents: count each top-level path once.
    const tops = prod.filter((p) => !prod.some((q) => q !== p && p.startsWith(`${q}/`)));
    const prodSize = tops.reduce((n, p) => n + du(p), 0);
    return [
      {
        measurement: 'npm ci wall time, empty cache',
        result: `${fmt(ciSeconds, 1)} s`,
        baseline: `${fmt(copySeconds, 1)} s (cp -a of the result)`,
        ratio: times(ciSeconds, copySeconds),
      },
      {
        measurement: 'node_modules size',
        result: mb(size),
        baseline: `${mb(prodSize)} (production deps)`,
        ratio: times(size, prodSize),
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}
