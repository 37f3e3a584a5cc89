// Compresses responses where it pays: brotli or gzip (whichever the client prefers, brotli on a tie)
// for HTML, CSS, JS, JSON, SVG and plain text of at least 1 KiB. Hono's compress() has no brotli.
// Pages are compressed at a fast brotli level; a response with a strong ETag (the static assets)
// never changes, so its compressed bytes are made once at the best level and kept.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/** Smaller bodies gain nothing worth the CPU (and may grow). */
export const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;

type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function encode(body: Uint8Array, encoding: Encoding, best: boolean): Promise<Uint8Array> {
  if (encoding === 'gzip') return gzipAsync(body, { level: best ? 9 : 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

/** The encoding to use for an Accept-Encoding header, honouring q-values; null for none. */
export function negotiateEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    if (name) q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: Encoding) => q.get(name) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

// Compressed static assets, by ETag and encoding: a handful of files, made once.
const cache = new Map<string, Uint8Array>();
const CACHE_LIMIT = 64;

export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    const varies = COMPRESSIBLE.test(type) || res.status === 304;
    // Whatever we send, a cache must keep one copy per Accept-Encoding.
    if (varies) appendVary(res.headers, 'Accept-Encoding');
    if (!COMPRESSIBLE.test(type) || c.req.method === 'HEAD') return;
    if (res.headers.has('content-encoding') || /no-transform/i.test(res.headers.get('cache-control') ?? '')) return;
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    if (length < MIN_COMPRESS_BYTES) return;
    // Last: reading the body turns the Node adapter's light response into a full fetch Response.
    if (!res.body) return;
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.byteLength < MIN_COMPRESS_BYTES) {
      c.res = new Response(body, res);
      return;
    }
    const etag = res.headers.get('etag');
    const strong = etag && !etag.startsWith('W/') ? etag : null;
    const key = strong && `${strong}:${encoding}`;
    let packed = key ? cache.get(key) : undefined;
    if (!packed) {
      packed = await encode(body, encoding, Boolean(strong));
      if (key && cache.size < CACHE_LIMIT) cache.set(key, packed);
    }
    c.res = new Response(packed as Uint8Array<ArrayBuffer>, res);
    c.res.headers.set('Content-Encoding', encoding);
    c.res.headers.set('Content-Length', String(packed.byteLength));
    // The compressed bytes differ from the original: the validator becomes weak (as nginx does).
    if (strong) c.res.headers.set('ETag', `W/${strong}`);
  };
}

function appendVary(headers: Headers, value: string) {
  const current = headers.get('vary');
  if (!current) headers.set('Vary', value);
  else if (!current.split(',').some((v) => v.trim().toLowerCase() === value.toLowerCase() || v.trim() === '*'))
    headers.set('Vary', `${current}, ${value}`);
}
