// A store and app API on a throwaway database of one dialect, with a fixed clock and readable ids,
// for the store and app suites that run on SQLite and PostgreSQL alike.
import { createFollowThrough, type FollowThrough } from '../../src/app/index.js';
import { openStore, type Store } from '../../src/store/open.js';
import type { TestDatabase } from './databases.js';

export interface TestApp {
  store: Store;
  api: FollowThrough;
  forOwner(owner: string): FollowThrough;
  /** Moves the fixed clock on (updated_at ordering is by this clock). */
  tick(ms?: number): void;
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

export async function testApp(make: () => Promise<TestDatabase>, owner = 'local'): Promise<TestApp> {
  const database = await make();
  const store = await openStore({ target: database.target });
  let now = Date.parse('2026-03-03T09:00:00.000Z');
  let n = 0;
  const forOwner = (o: string) =>
    createFollowThrough({
      store,
      owner: o,
      clock: { now: () => new Date(now) },
      newId: (prefix) => `${prefix}_t${++n}`,
    });
  return {
    store,
    api: forOwner(owner),
    forOwner,
    tick: (ms = 60_000) => {
      now += ms;
    },
    count: async (table) => {
      const row = await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}
