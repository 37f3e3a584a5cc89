// The first page's weight as Chromium loads the dashboard: every response by kind, raw (decoded)
// and gzip (what gzip -6 makes of it) against what was actually sent; then a repeat visit, which
// the cache headers should make nearly free.
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../test/helpers/browser.js';
import { type BenchRow, kb, times } from '../lib/table.js';

interface Seen {
  kind: string;
  raw: number;
  gzip: number;
  sent: number;
  encoding: string;
  cache: string;
}

const kindOf = (type: string, url: string) =>
  /html/.test(type)
    ? 'HTML'
    : /javascript/.test(type)
      ? 'JS'
      : /css/.test(type)
        ? 'CSS'
        : /font/.test(type) || /\.(woff2?|ttf|otf)(\?|$)/.test(url)
          ? 'fonts'
          : 'other';

async function visit(page: import('playwright-core').Page, url: string): Promise<Seen[]> {
  const seen: Promise<Seen>[] = [];
  const listener = (res: import('playwright-core').Response) => {
    seen.push(
      (async () => {
        const headers = await res.allHeaders();
        const body = res.status() === 304 ? Buffer.alloc(0) : await res.body().catch(() => Buffer.alloc(0));
        const sizes = await res.request().sizes();
        return {
          kind: kindOf(headers['content-type'] ?? '', res.url()),
          raw: body.byteLength,
          gzip: body.byteLength ? gzipSync(body).byteLength : 0,
          // Chromium reports -1 or 0 for a response served from its cache.
          sent: Math.max(0, sizes.responseBodySize),
          encoding: headers['content-encoding'] ?? 'none',
          cache: `${res.status()}${headers['cache-control'] ? ` ${headers['cache-control']}` : ''}`,
        };
      })(),
    );
  };
  page.on('response', listener);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('response', listener);
  return Promise.all(seen);
}

export async function weightRows(url: string): Promise<BenchRow[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const first = await visit(page, url);
    const again = await visit(page, url);
    const sum = (xs: Seen[], f: (s: Seen) => number) => xs.reduce((n, s) => n + f(s), 0);
    const byKind = ['HTML', 'JS', 'CSS', 'fonts']
      .map(
        (k) =>
          `${k} ${kb(
            sum(
              first.filter((s) => s.kind === k),
              (s) => s.raw,
            ),
          )}`,
      )
      .join(', ');
    const raw = sum(first, (s) => s.raw);
    const gzip = sum(first, (s) => s.gzip);
    const sent = sum(first, (s) => s.sent);
    const sentAgain = sum(again, (s) => s.sent);
    const encodings = [...new Set(first.map((s) => `${s.kind}: ${s.encoding}`))].join(', ');
    return [
      {
        measurement: `first page weight, raw (${byKind})`,
        result: kb(raw),
        baseline: '(itself)',
        ratio: '1.00x',
      },
      {
        measurement: 'first page weight, gzip -6 of the same bytes',
        result: kb(gzip),
        baseline: `${kb(raw)} raw`,
        ratio: times(gzip, raw),
      },
      {
        measurement: `first page weight as sent to Chromium (${encodings})`,
        result: kb(sent),
        baseline: `${kb(raw)} raw`,
        ratio: times(sent, raw),
      },
      {
        measurement: `repeat visit: bytes sent (${again.length} requests; assets from cache: ${again.filter((s) => s.kind !== 'HTML' && s.sent <= 0).length} of ${again.filter((s) => s.kind !== 'HTML').length})`,
        result: kb(sentAgain),
        baseline: `${kb(sent)} first visit`,
        ratio: times(sentAgain, sent),
      },
    ];
  } finally {
    await browser.close();
  }
}
