// Every *.test.ts in the tree must be part of the `npm test` run: a test file that is never run is
// worse than none. scripts/run-tests.mjs passes the files it runs in FT_TEST_FILES; this test walks
// the whole repository on its own (not just src/ and test/) and fails on any file missing there.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { requirement } from './helpers/requirements.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEST_FILE = /\.test\.tsx?$/;
// Not source: installed packages, build output, git's own files, and fixtures that are read, not run.
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'test/fixtures']);

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (SKIP_DIRS.has(rel) || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) walk(rel, out);
    else if (entry.isFile() && TEST_FILE.test(entry.name)) out.push(rel);
  }
  return out;
}

/** The test files in the tree that are not in the run. */
export function notRun(inTree: string[], ran: string[]): string[] {
  const normal = new Set(ran.map((f) => f.split(sep).join('/').replace(/^\.\//, '')));
  return inTree.filter((f) => !normal.has(f)).sort();
}

const runner = requirement({
  what: 'check that every *.test.ts file runs',
  available: () => Boolean(process.env.FT_TEST_FILES) && process.env.FT_TEST_SUBSET !== '1',
  howToEnable:
    process.env.FT_TEST_SUBSET === '1'
      ? 'only a subset of test files was run; run `npm test` without file arguments'
      : 'run the tests through `npm test` (scripts/run-tests.mjs), which lists the files it runs',
});

describe('all test files run', () => {
  test('notRun reports a file that is in the tree but not in the run', () => {
    assert.deepEqual(notRun(['src/a.test.ts', 'test/b.test.ts'], ['./src/a.test.ts']), ['test/b.test.ts']);
    assert.deepEqual(notRun(['src/a.test.ts'], ['src/a.test.ts']), []);
  });

  test('every *.test.ts in the repository is in this run', {
    skip: !runner.check() && 'runs only under scripts/run-tests.mjs, which lists the files',
  }, () => {
    const ran = JSON.parse(process.env.FT_TEST_FILES as string) as string[];
    const inTree = walk('', []);
    assert.ok(inTree.includes('test/all-test-files-run.test.ts'), 'the walk should find this very file');
    const missing = notRun(inTree, ran);
    assert.deepEqual(missing, [], `test files that npm test does not run:\n  ${missing.join('\n  ')}`);
  });
});
