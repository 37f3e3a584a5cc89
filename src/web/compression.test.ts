import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startWebApp, type WebTestApp } from '../../test/helpers/web-app.js';
import { MIN_COMPRESS_BYTES, negotiateEncoding } from './compression.js';

const ORIGIN = 'http://127.0.0.1:4100';

describe('negotiateEncoding', () => {
  it('prefers brotli, honours q-values and refuses what the client refuses', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('gzip'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0.5, gzip;q=1'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0, gzip;q=0'), null);
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('*;q=0, gzip'), 'gzip');
    assert.equal(negotiateEncoding('identity'), null);
    assert.equal(negotiateEncoding(''), null);
    assert.equal(negotiateEncoding(undefined), null);
  });
});

describe('compressed responses and cache headers', () => {
  let web: WebTestApp;
  let identityPage: string;
  before(async () => {
    web = await startWebApp();
    identityPage = await (await web.app.request(`${ORIGIN}/`)).text();
  });
  after(() => web.close());

  const get = (path: string, headers: Record<string, string> = {}) => web.app.request(`${ORIGIN}${path}`, { headers });
  const assetPath = (pattern: RegExp) => pattern.exec(identityPage)?.[1] ?? assert.fail('asset link missing');

  it('sends the page uncompressed when the client asks for no encoding, still saying it varies', async () => {
    const res = await get('/');
    assert.equal(res.headers.get('content-encoding'), null);
    assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/i);
    assert.ok(identityPage.length >= MIN_COMPRESS_BYTES, 'the dashboard is big enough to compress');
  });

  it('sends brotli to a client that accepts it, with the same page inside and the security headers kept', async () => {
    const res = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/i);
    const packed = Buffer.from(await res.arrayBuffer());
    assert.equal(Number(res.headers.get('content-length')), packed.byteLength);
    assert.ok(packed.byteLength < identityPage.length / 2);
    assert.equal(brotliDecompressSync(packed).toString('utf8'), identityPage);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('sends gzip to a client that only accepts gzip', async () => {
    const res = await get('/', { 'accept-encoding': 'gzip' });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8'), identityPage);
  });

  it('leaves tiny bodies alone', async () => {
    const res = await get('/static/nope.css', { 'accept-encoding': 'br, gzip' });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-encoding'), null);
    assert.equal(await res.text(), 'Not found');
  });

  it('serves a fingerprinted asset compressed, cached for a year, and answers its ETag with 304', async () => {
    const js = assetPath(/src="(\/static\/vendor\/htmx\.min\.js\?v=[0-9a-f]+)"/);
    const plain = await get(js);
    const raw = Buffer.from(await plain.arrayBuffer());
    const etag = plain.headers.get('etag') ?? assert.fail('no ETag');
    assert.match(plain.headers.get('cache-control') ?? '', /max-age=31536000.*immutable/);
    const res = await get(js, { 'accept-encoding': 'br' });
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.match(res.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(res.headers.get('etag'), `W/${etag}`, 'the compressed variant has a weak validator');
    assert.deepEqual(brotliDecompressSync(Buffer.from(await res.arrayBuffer())), raw);
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await get(js, { 'accept-encoding': 'br', 'if-none-match': tag });
      assert.equal(again.status, 304, `If-None-Match: ${tag}`);
      assert.equal((await again.arrayBuffer()).byteLength, 0);
      assert.match(again.headers.get('vary') ?? '', /Accept-Encoding/i);
    }
    assert.equal((await get(js, { 'if-none-match': '"stale"' })).status, 200);
  });

  it('asks for revalidation of an asset requested without its fingerprint', async () => {
    const res = await get('/static/app.css', { 'accept-encoding': 'gzip' });
    assert.match(res.headers.get('cache-control') ?? '', /max-age=0, must-revalidate/);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.ok(res.headers.get('etag'));
  });
});
