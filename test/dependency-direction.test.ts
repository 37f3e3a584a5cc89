// Keeps the arrows of DESIGN.md pointing inward: web, cli -> app -> core, store, channels; store and
// channels may use core; core imports nothing of ours outside core; main.ts wires everything.
// Reads every import with TypeScript's parser (so comments and strings never count): static imports,
// `export ... from` re-exports, dynamic `import()`, `require()` and `import x = require()`.
// A fixture tree with deliberate violations proves the checker can fail.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

type Layer = 'core' | 'store' | 'channels' | 'app' | 'web' | 'cli' | 'main';
const LAYERS: readonly Layer[] = ['core', 'store', 'channels', 'app', 'web', 'cli'];

/** What each layer may import (besides npm packages and Node built-ins). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  store: ['store', 'core'],
  channels: ['channels', 'core'],
  app: ['app', 'core', 'store', 'channels'],
  web: ['web', 'app', 'core'],
  cli: ['cli', 'app', 'core'],
  main: ['main', ...LAYERS],
};

const RULES: Record<Layer, string> = {
  core: 'core imports nothing of ours outside core',
  store: 'store may import core only',
  channels: 'channels may import core only',
  app: 'app may import core, store and channels',
  web: 'web may import app and core only (it reaches the store through app)',
  cli: 'cli may import app and core only (it reaches the store through app)',
  main: 'main.ts may import anything',
};

export interface Violation {
  /** Path relative to the scanned src folder's parent, e.g. "src/core/x.ts". */
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

export interface ImportRef {
  specifier: string;
  line: number;
}

/** Every module specifier a file names, with its 1-based line. */
export function importsOf(fileName: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: ImportRef[] = [];
  const add = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node)) {
      out.push({ specifier: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression);
    } else if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const first = node.arguments[0];
      if ((isDynamicImport || isRequire) && first) add(first);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function layerOf(srcRoot: string, absolute: string): Layer | 'outside' | 'unknown' {
  const rel = relative(srcRoot, absolute);
  if (rel.startsWith('..') || rel === '') return 'outside';
  const parts = rel.split(sep);
  if (parts.length === 1) return /^main\.(ts|tsx|js)$/.test(parts[0] ?? '') ? 'main' : 'unknown';
  return (LAYERS as readonly string[]).includes(parts[0] ?? '') ? (parts[0] as Layer) : 'unknown';
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Every import in `srcRoot` that points against the arrows. */
export function checkDependencies(srcRoot: string): Violation[] {
  const violations: Violation[] = [];
  const base = dirname(srcRoot);
  const testRoot = join(base, 'test');
  for (const file of sourceFiles(srcRoot)) {
    const from = layerOf(srcRoot, file);
    const shown = relative(base, file).split(sep).join('/');
    const isTest = /\.test\.tsx?$/.test(file);
    if (from === 'unknown' || from === 'outside') {
      violations.push({ file: shown, line: 1, specifier: '', rule: `${shown} is in no layer of DESIGN.md` });
      continue;
    }
    for (const ref of importsOf(file, readFileSync(file, 'utf8'))) {
      if (!ref.specifier.startsWith('.')) continue; // packages and node: built-ins
      const target = resolve(dirname(file), ref.specifier);
      const to = layerOf(srcRoot, target);
      // Tests beside the code may use the shared test helpers; product code never reaches outside src/.
      if (to === 'outside' && isTest && !relative(testRoot, target).startsWith('..')) continue;
      if (to === 'outside' || to === 'unknown') {
        violations.push({
          file: shown,
          line: ref.line,
          specifier: ref.specifier,
          rule: `${from} imports outside the layers of src/`,
        });
      } else if (!ALLOWED[from].includes(to)) {
        violations.push({
          file: shown,
          line: ref.line,
          specifier: ref.specifier,
          rule: `${RULES[from]} (imports ${to})`,
        });
      }
    }
  }
  return violations;
}

const format = (v: Violation) => `${v.file}:${v.line} imports '${v.specifier}': ${v.rule}`;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('dependency direction', () => {
  test('the checker finds each deliberate violation in the fixture tree, and nothing else', () => {
    const found = checkDependencies(join(root, 'test/fixtures/dependency-direction/src')).map(format);
    assert.deepEqual(found, [
      "src/channels/bad-escape.ts:2 imports '../../test/helpers/x.js': channels imports outside the layers of src/",
      "src/cli/bad-dynamic.ts:4 imports '../channels/mail.js': cli may import app and core only (it reaches the store through app) (imports channels)",
      "src/core/bad-static.ts:2 imports '../store/db.js': core imports nothing of ours outside core (imports store)",
      "src/store/bad-require.ts:2 imports '../app/use-case.js': store may import core only (imports app)",
      "src/web/bad-reexport.ts:2 imports '../store/db.js': web may import app and core only (it reaches the store through app) (imports store)",
    ]);
  });

  test('importsOf reads every form of import and ignores comments and strings', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "export * from './c.js';",
      "export { d } from './d.js';",
      "const e = await import('./e.js');",
      "const f = require('./f.js');",
      "import g = require('./g.js');",
      "type H = import('./h.js').H;",
      "// import x from './comment.js';",
      'const s = "import y from \'./string.js\'";',
    ].join('\n');
    assert.deepEqual(
      importsOf('x.ts', text).map((r) => `${r.line}:${r.specifier}`),
      ['1:./a.js', '2:./b.js', '3:./c.js', '4:./d.js', '5:./e.js', '6:./f.js', '7:./g.js', '8:./h.js'],
    );
  });

  test('src/ imports only along the arrows of DESIGN.md', () => {
    const found = checkDependencies(join(root, 'src'));
    assert.deepEqual(
      found.map(format),
      [],
      `imports against the dependency direction:\n  ${found.map(format).join('\n  ')}`,
    );
  });
});
