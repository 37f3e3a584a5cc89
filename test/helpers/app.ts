// The one way a test builds the app: a store on a throwaway database (or an existing one), and the
// API on it with a clock and ids the suite controls. The web, end-to-end and mail builders start
// from it; suites that run on SQLite and PostgreSQL pass the dialect's `make`.
import type { Clock } from '../../src/app/context.js';
import type { MailDeps } from '../../src/app/delivery/mail-deps.js';
import { resolveKeyFile } from '../../src/app/delivery/mail-deps.js';
import { createFollowThrough, type FollowThrough } from '../../src/app/index.js';
import { loadQuizBank } from '../../src/app/quiz/bank.js';
import { openStore, type Store } from '../../src/store/open.js';
import { sqliteDatabase, type TestDatabase } from './databases.js';

export interface TestAppOptions {
  /** Makes the throwaway database (dropped on close); a fresh SQLite file when neither this nor `target`. */
  make?: () => Promise<TestDatabase>;
  /** An existing database to open instead (a file or URL); left in place on close. */
  target?: string;
  owner?: string;
  /** The clock; else a fixed one starting at `start` that only `tick` and `setNow` move. */
  clock?: Clock;
  /** Where the fixed clock starts (ISO); 2026-03-03T09:00Z by default. */
  start?: string;
  /** The id source; else readable ids, `${prefix}_${idTag}${n}`. */
  newId?: (prefix: string) => string;
  idTag?: string;
  /** A coach's question file, as FOLLOWTHROUGH_QUIZ_FILE gives it. */
  quizFile?: string;
  /** Email delivery: given (even `{}`), the key file defaults to the one beside the database, as `openApp`'s. */
  mail?: Partial<MailDeps>;
}

export interface TestApp {
  store: Store;
  /** Where the database is: a file path or a postgres URL. */
  target: string;
  api: FollowThrough;
  forOwner(owner: string): FollowThrough;
  clock: Clock;
  newId(prefix: string): string;
  /** Moves the fixed clock on (updated_at ordering is by this clock). */
  tick(ms?: number): void;
  /** Sets the fixed clock. */
  setNow(iso: string): void;
  /** A second app on the same database with its own connection, sharing this one's clock and ids. */
  another(): Promise<TestApp>;
  /** Rows in a table, to check that nothing was left behind. */
  count(
    table:
      | 'opportunities'
      | 'interviews'
      | 'contacts'
      | 'participants'
      | 'next_steps'
      | 'interviewer_notes'
      | 'profiles',
  ): Promise<number>;
  close(): Promise<void>;
}

export async function testApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.target ? undefined : await (options.make ?? (async () => sqliteDatabase()))();
  const target = options.target ?? (database as TestDatabase).target;
  const quizBank = await loadQuizBank(options.quizFile);
  const store = await openStore({ target });
  let now = Date.parse(options.start ?? '2026-03-03T09:00:00.000Z');
  let n = 0;
  const clock: Clock = options.clock ?? { now: () => new Date(now) };
  const newId = options.newId ?? ((prefix: string) => `${prefix}_${options.idTag ?? 't'}${++n}`);
  const mail = options.mail && { keyFile: resolveKeyFile(process.env, target), log: () => {}, ...options.mail };
  const forOwner = (owner: string) => createFollowThrough({ store, owner, clock, newId, quizBank, mail });
  return {
    store,
    target,
    api: forOwner(options.owner ?? 'local'),
    forOwner,
    clock,
    newId,
    tick: (ms = 60_000) => {
      now += ms;
    },
    setNow: (iso) => {
      now = Date.parse(iso);
    },
    another: () => testApp({ ...options, make: undefined, target, clock, newId }),
    count: async (table) => {
      const row = await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    close: async () => {
      await store.close();
      await database?.drop();
    },
  };
}
