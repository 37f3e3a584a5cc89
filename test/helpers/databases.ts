// The databases a store/app suite runs against: always a fresh SQLite file; PostgreSQL too when
// TEST_DATABASE_URL is set (each call makes a throwaway database on that server).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requirement } from './requirements.js';

export interface TestDatabase {
  dialect: 'sqlite' | 'postgres';
  target: string;
  drop(): Promise<void>;
}

export const postgres = requirement({
  what: 'PostgreSQL store and app suites',
  available: () => Boolean(process.env.TEST_DATABASE_URL),
  howToEnable: 'set TEST_DATABASE_URL=postgres://user@127.0.0.1:PORT/postgres (`.ci/run` starts one)',
});

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'ft-test-'));
  return {
    dialect: 'sqlite',
    target: join(dir, 'test.db'),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const { default: pg } = await import('pg');
  const admin = process.env.TEST_DATABASE_URL as string;
  const name = `ft_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgres',
    target: url.toString(),
    drop: async () => {
      // Without FORCE: a test that still holds a connection should fail here, not kill it silently.
      // A closed pool's sessions can take a moment to end on the server (error 55006), so retry briefly.
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name}`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}

/** The dialects to run a suite on: SQLite always, PostgreSQL when available (else reported as skipped). */
export function dialects(): { name: 'sqlite' | 'postgres'; make: () => Promise<TestDatabase> }[] {
  const out: { name: 'sqlite' | 'postgres'; make: () => Promise<TestDatabase> }[] = [
    { name: 'sqlite', make: async () => sqliteDatabase() },
  ];
  if (postgres.check()) out.push({ name: 'postgres', make: postgresDatabase });
  return out;
}
