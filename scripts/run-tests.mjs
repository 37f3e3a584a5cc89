#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ once, in one `node --test` run (Node 20 does not expand
// globs, and `tsx --test` silently finds nothing, so the files are listed explicitly). The list goes
// to the tests in FT_TEST_FILES so test/all-test-files-run.test.ts can prove nothing was left out.
// Suites skipped for a missing requirement append a line to FT_SKIP_LOG; the summary prints each once.
//
//   node scripts/run-tests.mjs                 every test file
//   node scripts/run-tests.mjs FILE...         a subset (the all-files check then skips itself)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEST_FILE = /\.test\.tsx?$/;
// Fixtures hold deliberately broken code for the guard tests; they are read, never run.
const EXCLUDED = new Set(['node_modules', join('test', 'fixtures')]);

/** Every test file under the given folders of the repository, as sorted repo-relative paths. */
export function discoverTestFiles(dirs = ['src', 'test']) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = join(dir, entry.name);
      if (EXCLUDED.has(rel) || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile() && TEST_FILE.test(entry.name)) found.push(rel.split(sep).join('/'));
    }
  };
  for (const dir of dirs) if (existsSync(join(root, dir))) walk(dir);
  return found.sort();
}

function subsetFiles(args) {
  return args.map((arg) => {
    const abs = resolve(process.cwd(), arg);
    if (!existsSync(abs) || !statSync(abs).isFile()) {
      process.stderr.write(`run-tests: no such test file: ${arg}\n`);
      process.exit(2);
    }
    return relative(root, abs).split(sep).join('/');
  });
}

function printSkipped(logFile) {
  const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter(Boolean) : [];
  const distinct = [...new Set(lines)];
  if (distinct.length === 0) return;
  process.stdout.write(`\n${distinct.length} suite(s) skipped:\n`);
  for (const line of distinct) process.stdout.write(`  ${line}\n`);
}

async function main() {
  const args = process.argv.slice(2);
  const subset = args.length > 0;
  const files = subset ? subsetFiles(args) : discoverTestFiles();
  if (files.length === 0) {
    process.stderr.write('run-tests: no *.test.ts files found\n');
    return 1;
  }
  const logDir = mkdtempSync(join(tmpdir(), 'ft-skips-'));
  const skipLog = join(logDir, 'skipped.log');
  const env = {
    ...process.env,
    FT_TEST_FILES: JSON.stringify(files),
    FT_SKIP_LOG: skipLog,
    ...(subset ? { FT_TEST_SUBSET: '1' } : {}),
  };
  if (!subset) delete env.FT_TEST_SUBSET;
  process.stdout.write(`Running ${files.length} test file(s)${subset ? ' (a subset)' : ''}.\n`);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
    { cwd: root, env, stdio: 'inherit' },
  );
  // Ctrl-C reaches the child through the terminal's process group; a plain kill must be passed on.
  const forward = (signal) => child.kill(signal);
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  const code = await new Promise((done) => {
    child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      process.stderr.write(`run-tests: could not start node: ${error.message}\n`);
      done(1);
    });
  });
  printSkipped(skipLog);
  rmSync(logDir, { recursive: true, force: true });
  process.stdout.write(code === 0 ? '\nAll tests passed.\n' : `\nTests failed (exit code ${code}).\n`);
  return code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
