// Composition root: turns the process (argv, env, stdio, signals) into CLI dependencies, opens the
// store only for commands that need it, and loads the web server only for `serve`.
import type { CliDeps } from './cli/context.js';
import { runCli } from './cli/run.js';
import { pathFor } from './web/hints.js';

// Replaced with package.json's version by scripts/build.mjs; absent when run from source with tsx.
declare const FOLLOWTHROUGH_VERSION: string | undefined;

const stderrLine = (line: string) => process.stderr.write(`${line}\n`);

// `followthrough interview list | head -1`: the reader closes the pipe before we finish. That is the
// reader's choice, not our failure: stop quietly instead of dying on an unhandled EPIPE with a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** FOLLOWTHROUGH_BUSY_TIMEOUT_MS: milliseconds a write waits for another process (default 5000). */
const busyTimeout = (value: string | undefined): number | undefined =>
  value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : undefined;

const deps: CliDeps = {
  version: typeof FOLLOWTHROUGH_VERSION === 'string' ? FOLLOWTHROUGH_VERSION : 'development',
  io: {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
  },
  openApp: async (dbFlag) => {
    // Loaded on demand: Kysely and zod cost a third of a second that `--help` should not pay.
    const { openApp, resolveDatabaseTarget } = await import('./app/open.js');
    const { AppError } = await import('./core/errors.js');
    const target = resolveDatabaseTarget(process.env, dbFlag);
    try {
      const app = await openApp({
        target,
        log: stderrLine,
        quizFile: process.env.FOLLOWTHROUGH_QUIZ_FILE,
        busyTimeoutMs: busyTimeout(process.env.FOLLOWTHROUGH_BUSY_TIMEOUT_MS),
      });
      return { api: app.api, close: () => app.close() };
    } catch (error) {
      if (error instanceof AppError) throw error;
      // A URL may carry a password: name only the kind of database, never the URL.
      const where = /^[a-z]+:\/\//i.test(target) ? 'the PostgreSQL database in DATABASE_URL/--db' : target;
      const wrapped = new AppError('failure', `Could not open ${where}: ${(error as Error).message}`);
      wrapped.cause = error;
      throw wrapped;
    }
  },
  pagePath: pathFor,
  startServer: async (options) => {
    const { startServer } = await import('./web/server.js');
    return startServer(options);
  },
  waitForStop: () =>
    new Promise((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve(signal);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
};

const code = await runCli(process.argv.slice(2), deps, process.env.FOLLOWTHROUGH_DEBUG === '1');
process.exitCode = code;
// Output already written is flushed on a natural exit; this only ends a process that something
// (a stray socket or timer) would otherwise keep alive.
setTimeout(() => process.exit(code), 3000).unref();
