// Child processes the bench measures: `followthrough serve` (the bundled bin) and the bare server.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN } from '../../test/helpers/cli-bin.js';

export const BARE_SERVER = join(dirname(fileURLToPath(import.meta.url)), '..', 'bare-server.mjs');

export interface Running {
  url: string;
  pid: number;
  /** Peak resident set size so far (VmHWM), in bytes. */
  peakRss(): number;
  stop(): Promise<void>;
}

/** Starts a process that prints a URL on stdout and resolves once it has. */
export function startPrintingUrl(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Running> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const url = /(http:\/\/[^\s]+)/.exec(out)?.[1];
      if (url) resolve(running(child, url));
    });
    child.once('exit', (code) => reject(new Error(`node ${args.join(' ')} exited ${code}: ${err}`)));
  });
}

function running(child: ChildProcess, url: string): Running {
  const pid = child.pid as number;
  return {
    url,
    pid,
    peakRss: () => {
      const kbPeak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Number(kbPeak ?? 0) * 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const startServe = (target: string, env: NodeJS.ProcessEnv) =>
  startPrintingUrl([BIN, '--db', target, 'serve', '--port', '0'], env);

export const startBare = (bytes: number) => startPrintingUrl([BARE_SERVER, String(bytes)]);

/** Wall time from spawn to the first 200 on `/` (polling every 5 ms). */
export async function launchToFirst200(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  const server = await startPrintingUrl(args, env);
  try {
    for (;;) {
      const res = await fetch(server.url).catch(() => undefined);
      if (res?.status === 200) {
        await res.arrayBuffer();
        return performance.now() - started;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    await server.stop();
  }
}
