// Web: the dashboard of the bench owner under autocannon on loopback, against a bare node:http
// server answering a fixed page of the same size, plus the server's peak memory under that load.
import autocannon from 'autocannon';
import { type Running, startBare, startServe } from '../lib/processes.js';
import { type BenchRow, fmt, mb, times } from '../lib/table.js';

export interface WebOptions {
  label: string;
  target: string;
  env: NodeJS.ProcessEnv;
  duration: number;
  connections: number;
}

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function load(url: string, o: Pick<WebOptions, 'connections' | 'duration'>): Promise<Load> {
  // A short warm-up so JIT and caches are hot before the measured run.
  await autocannon({ url, connections: o.connections, duration: 2 });
  const r = await autocannon({ url, connections: o.connections, duration: o.duration });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors + r.timeouts };
}

export async function webRows(o: WebOptions): Promise<{ rows: BenchRow[]; pageBytes: number; serve: Running }> {
  const serve = await startServe(o.target, o.env);
  const page = await (await fetch(serve.url)).arrayBuffer();
  if (page.byteLength < 1000) throw new Error(`the dashboard at ${serve.url} is suspiciously small`);
  const bare = await startBare(page.byteLength);
  try {
    const base = await load(bare.url, o);
    const app = await load(serve.url, o);
    if (app.errors > 0) throw new Error(`${app.errors} failed requests to the dashboard (${o.label})`);
    const size = `${fmt(page.byteLength / 1024)} KB page, ${o.connections} connections, ${o.duration} s`;
    const rows: BenchRow[] = [
      {
        measurement: `web dashboard req/s, ${o.label} (${size})`,
        result: fmt(app.rps),
        baseline: `${fmt(base.rps)} (bare node:http)`,
        ratio: times(app.rps, base.rps),
      },
      {
        measurement: `web dashboard p50 / p99 latency, ${o.label}`,
        result: `${app.p50} / ${app.p99} ms`,
        baseline: `${base.p50} / ${base.p99} ms`,
        ratio: `${times(app.p50, Math.max(base.p50, 1))} / ${times(app.p99, Math.max(base.p99, 1))}`,
      },
      {
        measurement: `peak RSS of followthrough serve under that load, ${o.label}`,
        result: mb(serve.peakRss()),
        baseline: `${mb(bare.peakRss())} (bare server)`,
        ratio: times(serve.peakRss(), bare.peakRss()),
      },
    ];
    return { rows, pageBytes: page.byteLength, serve };
  } finally {
    await bare.stop();
  }
}
