// Bundles the CLI into dist/followthrough.js. Native modules (better-sqlite3, pg) load from
// node_modules; code splitting keeps dynamically imported parts
// (the web server, prompts) out of start-up.
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bin = join(dist, 'followthrough.js');

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// zod's `z` namespace re-exports all of its ~50 message locales (358 KB of the bundle), which every
// command that validates input then compiles at start-up; we only use English (bench/RESULTS.md).
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

const result = await build({
  entryPoints: { followthrough: join(root, 'src/main.ts') },
  outdir: dist,
  bundle: true,
  splitting: true,
  // Chunks sit beside the bin so `new URL('./static/', import.meta.url)` means dist/static from any of them.
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Pure-JS libraries are bundled: resolving and compiling hundreds of files in node_modules
  // doubled start-up. Native or optional-native packages stay external and load from node_modules,
  // as do the spelling dictionaries, which read their .aff/.dic files relative to their own module,
  // pdfkit (its standard-font metrics) and the DejaVu fonts (files we embed in PDFs).
  external: ['better-sqlite3', 'pg', 'pg-native', 'dictionary-en', 'dictionary-en-gb', 'pdfkit', 'dejavu-fonts-ttf'],
  plugins: [englishOnlyZod],
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  // Bundled CommonJS packages call require() for Node built-ins: give the ESM chunks a real one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __ftCreateRequire } from 'node:module';\nconst require = __ftCreateRequire(import.meta.url);",
  },
  define: { FOLLOWTHROUGH_VERSION: JSON.stringify(version) },
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
});

// Remove chunks left over from earlier builds (their hashes changed).
const written = new Set(Object.keys(result.metafile.outputs).map((p) => basename(p)));
for (const name of readdirSync(dist)) {
  if (/^chunk-.*\.js$/.test(name) && !written.has(name)) rmSync(join(dist, name));
}
chmodSync(bin, 0o755);

// The web server reads its static assets from disk next to the bundle.
const staticSrc = join(root, 'src/web/static');
if (existsSync(staticSrc)) {
  rmSync(join(dist, 'static'), { recursive: true, force: true });
  cpSync(staticSrc, join(dist, 'static'), { recursive: true });
}
