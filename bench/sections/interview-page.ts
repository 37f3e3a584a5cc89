// Web: one interview page of the bench owner under autocannon, against the bare node:http server
// answering a page of the same size, in a fresh `serve` so its peak memory is this load's alone.
// Repeated views are served from the kept page (src/web/interviews/routes.tsx); `?updated=bench` is
// not a notice, so that page is never kept and the uncached row renders every view from the store.
import { startBare, startServe } from '../lib/processes.js';
import { type BenchRow, fmt, mb, times } from '../lib/table.js';
import { load, type WebOptions } from './web.js';

export async function interviewPageRows(o: WebOptions & { interviewId: string }): Promise<BenchRow[]> {
  const serve = await startServe(o.target, o.env);
  try {
    const url = `${serve.url}interviews/${encodeURIComponent(o.interviewId)}`;
    const page = await (await fetch(url)).arrayBuffer();
    if (page.byteLength < 1000) throw new Error(`the interview page at ${url} is suspiciously small`);
    const bare = await startBare(page.byteLength);
    try {
      const base = await load(bare.url, o);
      const kept = await load(url, o);
      const keptPeak = serve.peakRss();
      const uncached = await load(`${url}?updated=bench`, o);
      const errors = kept.errors + uncached.errors;
      if (errors > 0) throw new Error(`${errors} failed requests to the interview page (${o.label})`);
      const size = `${fmt(page.byteLength / 1024)} KB page, ${o.connections} connections, ${o.duration} s`;
      return [
        {
          measurement: `web interview page req/s, ${o.label} (${size})`,
          result: fmt(kept.rps),
          baseline: `${fmt(base.rps)} (bare node:http)`,
          ratio: times(kept.rps, base.rps),
        },
        {
          measurement: `web interview page p50 / p99 latency, ${o.label}`,
          result: `${kept.p50} / ${kept.p99} ms`,
          baseline: `${base.p50} / ${base.p99} ms`,
          ratio: `${times(kept.p50, Math.max(base.p50, 1))} / ${times(kept.p99, Math.max(base.p99, 1))}`,
        },
        {
          measurement: `web interview page req/s, every view rendered from the store, ${o.label}`,
          result: fmt(uncached.rps),
          baseline: `${fmt(base.rps)} (bare node:http)`,
          ratio: times(uncached.rps, base.rps),
        },
        {
          measurement: `peak RSS of followthrough serve under the interview-page load, ${o.label}`,
          result: mb(keptPeak),
          baseline: `${mb(bare.peakRss())} (bare server)`,
          ratio: times(keptPeak, bare.peakRss()),
        },
        {
          measurement: `peak RSS of that serve after the uncached load too, ${o.label}`,
          result: mb(serve.peakRss()),
          baseline: `${mb(bare.peakRss())} (bare server)`,
          ratio: times(serve.peakRss(), bare.peakRss()),
        },
      ];
    } finally {
      await bare.stop();
    }
  } finally {
    await serve.stop();
  }
}
