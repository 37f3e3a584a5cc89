// What every use case is given: the owner's repositories, the clock and an id source. Use cases never
// see the database itself: every query they can reach is bound to the owner (`repos(db, owner)`).
import type { OwnerId } from '../core/model.js';
import type { QuizBank } from '../core/quiz/types.js';
import type { Store } from '../store/open.js';
import { type Repos, repos } from '../store/repos/index.js';
import type { MailDeps } from './delivery/mail-deps.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What a front end gives to build the API for one owner. */
export interface AppSetup {
  store: Store;
  owner: OwnerId;
  clock: Clock;
  newId(prefix: string): string;
  /** The self-assessment's questions; the built-in bank when absent. */
  quizBank?: QuizBank;
  /** Sending email: where the SMTP password's key file is and how to reach a server (issue 6). */
  mail?: MailDeps;
}

export interface AppContext {
  /** Whose data this is; only the SMTP password's encryption uses it directly (as associated data). */
  owner: OwnerId;
  /** The owner's repositories, for reads (and single writes) outside a transaction. */
  repos: Repos;
  /** Runs `work` in one transaction, with the owner's repositories on it. */
  transaction<T>(work: (r: Repos) => Promise<T>): Promise<T>;
  /** Changes whenever any data changes (SQLite only; null on PostgreSQL). */
  dataVersion(): string | null;
  clock: Clock;
  newId(prefix: string): string;
  quizBank?: QuizBank;
  mail?: MailDeps;
}

/** The context for one owner: repositories bound to `setup.owner` once, here. */
export function appContext(setup: AppSetup): AppContext {
  const { store, owner, ...rest } = setup;
  return {
    ...rest,
    owner,
    repos: repos(store.db, owner),
    transaction: (work) => store.db.transaction().execute((tx) => work(repos(tx, owner))),
    dataVersion: () => store.dataVersion?.() ?? null,
  };
}

/** The local single-user owner; accounts replace it when an organisation hosts the app. */
export const LOCAL_OWNER: OwnerId = 'local';
