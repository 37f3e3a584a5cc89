// No two files of src/ import each other, directly or around a loop: a cycle makes load order (and so
// which export is still undefined) depend on which file a front end imports first, and a loop of
// types ties files that should be readable apart.
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cyclesOf, importGraph, staticImportsOf } from './helpers/import-graph.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('import cycles', () => {
  test('the finder reports a loop of three and a self-import, and nothing for a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    assert.deepEqual(cyclesOf(graph), [['a', 'b', 'c'], ['e']]);
    assert.deepEqual(
      cyclesOf(
        new Map([
          ['x', ['y']],
          ['y', []],
        ]),
      ),
      [],
    );
  });

  test('static imports and re-exports count, types included; dynamic import() does not', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "import { type C } from './c.js';",
      "export { d } from './d.js';",
      "export type { E } from './e.js';",
      "const f = await import('./f.js');",
      "import 'node:fs';",
    ].join('\n');
    assert.deepEqual(staticImportsOf('x.ts', text), ['./a.js', './b.js', './c.js', './d.js', './e.js']);
  });

  test('src/ has no import cycle', () => {
    const cycles = cyclesOf(importGraph(join(root, 'src')));
    assert.deepEqual(cycles, [], `import cycles:\n  ${cycles.map((c) => c.join(' <-> ')).join('\n  ')}`);
  });
});
