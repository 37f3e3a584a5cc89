// Starts the web front end on a local socket. Port 0 picks a free port; the URL returned has the
// real one, and the Host allow-list is built from it.
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Clock, FollowThrough } from '../app/index.js';
import { createWebApp } from './app.js';
import { localHosts } from './security.js';

export { createWebApp } from './app.js';

export interface StartServerOptions {
  api: FollowThrough;
  host: string;
  port: number;
  log: (line: string) => void;
  /** The clock the app was opened with (default: the system clock). */
  clock?: Clock;
}

export async function startServer(options: StartServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  let app: Hono | undefined;
  const server = createAdaptorServer({
    // The app is built once the port is known; no request can arrive before listen completes.
    fetch: (req, env) => (app ? app.fetch(req, env) : new Response('Starting', { status: 503 })),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  app = createWebApp(options.api, {
    allowedHosts: allowedHosts(options.host, port),
    log: options.log,
    clock: options.clock,
  });
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  const urlHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : hostInUrl;
  return {
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Browsers keep connections alive; without this close() would wait for them to time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

/** On a wildcard address (--allow-remote) the server is reached by this machine's own addresses too. */
function allowedHosts(host: string, port: number): string[] {
  const hosts = localHosts(host, port);
  if (host !== '0.0.0.0' && host !== '::') return hosts;
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) hosts.push(...localHosts(a.address, port));
  }
  return [...new Set(hosts)];
}
