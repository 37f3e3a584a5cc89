// Opening the app: the store behind it, bound to an owner. Front ends never touch the store directly.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { badInput } from '../core/errors.js';
import { isPostgresUrl, openStore, type Store } from '../store/open.js';
import { type Clock, LOCAL_OWNER, systemClock } from './context.js';
import { resolveKeyFile } from './delivery/mail-deps.js';
import { randomId } from './ids.js';
import { createFollowThrough, type FollowThrough } from './index.js';

export interface OpenedApp {
  /** The API for one owner; a hosted front end calls `forOwner` per signed-in user. */
  api: FollowThrough;
  forOwner(owner: string): FollowThrough;
  dialect: Store['dialect'];
  location: string;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  target: string;
  owner?: string;
  clock?: Clock;
  log?: (line: string) => void;
  /** A coach's question file (FOLLOWTHROUGH_QUIZ_FILE), checked before anything else opens. */
  quizFile?: string;
  /** SQLite: how long a write waits for another process's lock (FOLLOWTHROUGH_BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
  /** The SMTP password's key file; default: $FOLLOWTHROUGH_KEY_FILE, else beside the SQLite file. */
  keyFile?: string;
}

export async function openApp(options: OpenAppOptions): Promise<OpenedApp> {
  // A coach's file is checked before anything opens; without one the quiz uses its built-in bank,
  // loaded only by the quiz itself.
  const quizBank = options.quizFile ? await (await import('./quiz/bank.js')).loadQuizBank(options.quizFile) : undefined;
  const store = await openStore({ target: options.target, log: options.log, busyTimeoutMs: options.busyTimeoutMs });
  const clock = options.clock ?? systemClock;
  const mail = { keyFile: options.keyFile ?? resolveKeyFile(process.env, options.target), log: options.log };
  const forOwner = (owner: string) => createFollowThrough({ store, owner, clock, newId: randomId, quizBank, mail });
  return {
    api: forOwner(options.owner ?? LOCAL_OWNER),
    forOwner,
    dialect: store.dialect,
    location: store.location,
    close: () => store.close(),
  };
}

/**
 * Where the data lives: `--db`, else DATABASE_URL when it is a postgres URL, else $FOLLOWTHROUGH_DB,
 * else the XDG data dir.
 */
export function resolveDatabaseTarget(env: NodeJS.ProcessEnv, flag?: string): string {
  if (flag !== undefined) {
    // `--db "$UNSET"` must not quietly open the default database instead of the one meant.
    if (flag.trim() === '')
      throw badInput([{ field: '--db', message: 'is empty: give a database file', example: '~/followthrough.db' }]);
    return flag;
  }
  if (env.DATABASE_URL && isPostgresUrl(env.DATABASE_URL)) return env.DATABASE_URL;
  if (env.FOLLOWTHROUGH_DB) return env.FOLLOWTHROUGH_DB;
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'followthrough', 'followthrough.db');
}
