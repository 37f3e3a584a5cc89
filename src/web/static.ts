// Static assets (CSS, htmx) read once from disk and served from memory with a content hash in the
// URL, so browsers may cache them for a year. The folder sits beside this module when run from
// source (src/web/static) and beside the bundle when built (dist/static).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

interface Asset {
  body: Uint8Array;
  type: string;
  hash: string;
}

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  txt: 'text/plain; charset=utf-8',
};

const CANDIDATES = [new URL('./static/', import.meta.url), new URL('../src/web/static/', import.meta.url)];

export function findStaticDir(): string {
  for (const candidate of CANDIDATES) {
    const dir = fileURLToPath(candidate);
    if (existsSync(join(dir, 'app.css'))) return dir;
  }
  throw new Error(`Static assets not found; looked in ${CANDIDATES.map((u) => fileURLToPath(u)).join(', ')}`);
}

let cache: Map<string, Asset> | undefined;

function load(): Map<string, Asset> {
  if (cache) return cache;
  const dir = findStaticDir();
  const out = new Map<string, Asset>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const type = TYPES[name.split('.').pop() ?? ''];
        if (!type) continue;
        const body = readFileSync(full);
        const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
        out.set(relative(dir, full).split(sep).join('/'), { body, type, hash });
      }
    }
  };
  walk(dir);
  cache = out;
  return out;
}

/** The URL of an asset with its content hash, e.g. "/static/app.css?v=1a2b3c". */
export function assetUrl(path: string): string {
  const asset = load().get(path);
  return asset ? `/static/${path}?v=${asset.hash}` : `/static/${path}`;
}

export function serveAsset(c: Context): Response {
  const path = c.req.path.replace(/^\/static\//, '');
  const asset = load().get(path);
  if (!asset) return c.text('Not found', 404);
  const etag = `"${asset.hash}"`;
  // A hashed URL never changes content; an unhashed one must be revalidated.
  const cacheControl =
    c.req.query('v') === asset.hash ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
  c.header('Cache-Control', cacheControl);
  c.header('ETag', etag);
  if (matchesEtag(c.req.header('if-none-match'), asset.hash)) return c.body(null, 304);
  c.header('Content-Type', asset.type);
  return c.body(asset.body as Uint8Array<ArrayBuffer>);
}

/** If-None-Match uses weak comparison: `"h"`, `W/"h"` (our compressed variants) and `*` all match. */
export function matchesEtag(header: string | undefined, hash: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === `"${hash}"`;
  });
}
