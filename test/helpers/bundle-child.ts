// A test's child script bundled once with esbuild, so that each of its many starts costs a plain
// `node` start (about 0.5 s) instead of tsx compiling and resolving hundreds of files (about 2 s).
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface BundledChild {
  /** The bundle, to run with `node FILE`. */
  file: string;
  remove(): void;
}

/** Bundles `entry` (repo-relative) into a folder of its own, removed by `remove()`. */
export async function bundleChild(entry: string): Promise<BundledChild> {
  // Inside node_modules so the bundle's external packages (the native ones) resolve from there.
  const name = entry.replace(/^.*\//, '').replace(/\.ts$/, '');
  const outDir = join(root, 'node_modules', '.cache', `ft-${name}-${process.pid}`);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Native or optional-native packages, and those that read files beside their own module, stay external.
    external: ['better-sqlite3', 'pg', 'pg-native', 'dictionary-en', 'dictionary-en-gb', 'pdfkit', 'dejavu-fonts-ttf'],
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    banner: {
      js: "import { createRequire as __ftRequire } from 'node:module'; const require = __ftRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return { file, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
