import type { Command } from 'commander';
import { AppError, badInput } from '../../core/errors.js';
import type { CliContext, RunningServer } from '../context.js';
import { isLoopback, parsePort } from './network.js';
import { startServeScheduler } from './serve-scheduler.js';

export function serve(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('start the web app on this computer and print its address')
    .option('--port <port>', 'port to listen on (0: any free port)', '4100')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--allow-remote',
      'listen on a non-loopback address (there is no login yet: anyone who can reach it sees your data)',
    )
    .option('--no-scheduler', 'do not send scheduled email while serving')
    .action(async (flags: { port: string; host: string; allowRemote?: boolean; scheduler: boolean }) => {
      const port = parsePort(flags.port);
      if (!isLoopback(flags.host)) {
        if (!flags.allowRemote) throw remoteRefused(flags.host);
        ctx.io.err(
          `warning: listening on ${flags.host}: there is no login yet, so anyone who can reach this address can read and change your interviews.\n`,
        );
      }
      const api = await ctx.api();
      const server = await start(ctx, { api, host: flags.host, port });
      // Issue 6: scheduled email goes out while the app is running (an API double may have no delivery).
      const scheduler = flags.scheduler && api.delivery ? await startServeScheduler(ctx, api) : null;
      // Listen for Ctrl-C/SIGTERM before announcing the URL: whoever reads it may stop us at once.
      const stopped = ctx.waitForStop();
      ctx.io.out(`Follow-Through is running at ${new URL(server.url).href}\n`);
      const signal = await stopped;
      ctx.io.err(`Stopping (${signal})…\n`);
      await scheduler?.stop();
      await server.close();
    });
}

async function start(
  ctx: CliContext,
  options: Omit<Parameters<CliContext['startServer']>[0], 'log'>,
): Promise<RunningServer> {
  try {
    return await ctx.startServer({ ...options, log: (line) => ctx.io.err(`${line}\n`) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${options.host}:${options.port}`;
    if (code === 'EADDRINUSE') {
      throw new AppError(
        'failure',
        `${where} is already in use (is Follow-Through already running?). Stop the other program or choose another port, e.g. --port ${options.port + 1}.`,
      );
    }
    if (code === 'EACCES')
      throw new AppError('failure', `Not allowed to listen on ${where}; choose a port above 1023, e.g. --port 4100.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw badInput([
        { field: '--host', message: `${options.host} is not an address of this computer`, example: '127.0.0.1' },
      ]);
    throw error;
  }
}

const remoteRefused = (host: string) =>
  badInput([
    {
      field: '--host',
      message: `${host} is not a loopback address; Follow-Through has no login yet, so anyone on your network could read your interviews. Pass --allow-remote if you really want this`,
      example: '127.0.0.1',
    },
  ]);
