// Runs one command line and returns its exit code. The one place errors become messages and
// exit codes: AppError codes via EXIT_CODES, hints as commands (./hints.ts), commander's own parse
// errors as bad input (2).
import { type Command, CommanderError } from 'commander';
import type { FollowThrough } from '../app/index.js';
import { AppError, busyError, type ErrorCode, isBusyDatabase } from '../core/errors.js';
import type { CliContext, CliDeps, OpenedApi } from './context.js';
import { describeProblem, flagFor } from './flags.js';
import { withHint } from './hints.js';
import { buildProgram } from './program.js';

// 0 ok, 1 failure, 2 bad input, 3 not found (DESIGN.md's output contract).
export const EXIT_CODES: Record<ErrorCode, number> = {
  'bad-input': 2,
  'not-found': 3,
  conflict: 1,
  busy: 1,
  failure: 1,
};

export async function runCli(argv: string[], deps: CliDeps, debug = false): Promise<number> {
  const { io } = deps;
  let opened: Promise<OpenedApi> | undefined;
  let dbFlag: () => string | undefined = () => undefined;
  const ctx: CliContext = {
    io,
    api: async (): Promise<FollowThrough> => {
      opened ??= deps.openApp(dbFlag());
      return (await opened).api;
    },
    startServer: deps.startServer,
    waitForStop: deps.waitForStop,
    pagePath: deps.pagePath,
  };
  const program = buildProgram(ctx, deps.version);
  dbFlag = () => program.opts<{ db?: string }>().db;
  // The command being run, so an error can quote back what was typed for the flag it names.
  let running: Command | undefined;
  program.hook('preAction', (_program, action) => {
    running = action;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return report(error, io, debug, (flag) => typed(running, flag));
  } finally {
    if (opened) await closeQuietly(opened);
  }
}

const DEBUG_HINT = '(run with FOLLOWTHROUGH_DEBUG=1 for details)';

function report(
  error: unknown,
  io: CliDeps['io'],
  debug: boolean,
  given: (flag: string | null) => string | undefined,
): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message already (help, version, or a parse error).
    return error.exitCode === 0 ? 0 : EXIT_CODES['bad-input'];
  }
  // A database another process held too long: a plain "try again", not a driver's error text.
  if (isBusyDatabase(error) && !(error instanceof AppError)) return report(busyError(error), io, debug, given);
  if (error instanceof AppError) {
    const lines =
      error.problems.length > 0
        ? error.problems.map((p) => withHint(describeProblem(p, given(flagFor(p.field))), p.hint))
        : [withHint(error.message, error.hint, error.code)];
    for (const line of lines) io.err(`error: ${line}\n`);
    if (debug) io.err(`${stackOf(error)}\n`);
    else if (error.cause !== undefined) io.err(`${DEBUG_HINT}\n`);
    return EXIT_CODES[error.code];
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`error: ${firstLine(message)}\n`);
  if (debug) io.err(`${stackOf(error)}\n`);
  else io.err(`${DEBUG_HINT}\n`);
  return EXIT_CODES.failure;
}

/** What the user typed for `flag` on the running command or a parent; undefined for lists and defaults. */
function typed(cmd: Command | undefined, flag: string | null): string | undefined {
  for (let c = cmd; c && flag; c = c.parent ?? undefined) {
    const option = c.options.find((o) => o.long === flag);
    if (!option) continue;
    const value: unknown = c.getOptionValue(option.attributeName());
    return typeof value === 'string' && c.getOptionValueSource(option.attributeName()) === 'cli' ? value : undefined;
  }
  return undefined;
}

/** The stack, and the stack of what caused it: only ever printed with FOLLOWTHROUGH_DEBUG=1. */
function stackOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const own = error.stack ?? error.message;
  return error.cause === undefined ? own : `${own}\ncaused by: ${stackOf(error.cause)}`;
}

const firstLine = (s: string) => s.split('\n')[0]?.trim() || 'something went wrong';

async function closeQuietly(opened: Promise<OpenedApi>) {
  try {
    await (await opened).close();
  } catch {
    // Opening failed (already reported) or closing did; neither should change the exit code.
  }
}
