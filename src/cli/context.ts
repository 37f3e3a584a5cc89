// What every command is given: where to print, whether a person is at the keyboard, and lazy
// access to the app. Commands never open the store themselves, so `--help` stays instant.
import type { FollowThrough } from '../app/index.js';
import type { Hint } from '../core/hints.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stdin and stderr are terminals, so asking questions makes sense. */
  interactive: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export type StartServer = (options: {
  api: FollowThrough;
  host: string;
  port: number;
  log: (line: string) => void;
}) => Promise<RunningServer>;

export interface OpenedApi {
  api: FollowThrough;
  close(): Promise<void>;
}

/** Supplied by the composition root (src/main.ts). */
export interface CliDeps {
  io: CliIo;
  /** What `--version` prints. */
  version: string;
  /** Opens the app on the database named by `--db` (undefined: the default location). */
  openApp(dbFlag: string | undefined): Promise<OpenedApi>;
  startServer: StartServer;
  /** Resolves when the user asks the process to stop (Ctrl-C, SIGTERM). */
  waitForStop(): Promise<string>;
  /** The web page (a path on `serve`'s server) that does what a hint says: the web's own table. */
  pagePath(hint: Hint): string;
}

export interface CliContext {
  io: CliIo;
  /** The app, opened on first use. */
  api(): Promise<FollowThrough>;
  startServer: StartServer;
  waitForStop(): Promise<string>;
  pagePath(hint: Hint): string;
}
