// Opening the store: dialect chosen by the target, SQLite settings, migrations applied once.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { dialects, sqliteDatabase } from '../../test/helpers/databases.js';
import { MIGRATIONS } from './migrations/index.js';
import { isPostgresUrl, openStore, redactUrl } from './open.js';

describe('store selection', () => {
  test('postgres:// and postgresql:// URLs mean PostgreSQL; anything else is a SQLite file', () => {
    assert.ok(isPostgresUrl('postgres://u@h/db'));
    assert.ok(isPostgresUrl('PostgreSQL://u@h/db'));
    assert.ok(!isPostgresUrl('/home/jo/postgres://x.db'));
    assert.ok(!isPostgresUrl('followthrough.db'));
  });

  test('a URL is printed without its password', () => {
    assert.equal(redactUrl('postgres://jo:s3cret@db.example:5432/ft'), 'postgres://jo:***@db.example:5432/ft');
    assert.equal(redactUrl('postgres://jo@db.example/ft'), 'postgres://jo@db.example/ft');
    assert.ok(!redactUrl('postgres://jo:s3cret@[bad').includes('s3cret'));
  });
});

describe('SQLite store', () => {
  test('uses WAL, enforces foreign keys and waits when busy', async () => {
    const d = sqliteDatabase();
    const store = await openStore({ target: d.target });
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(store.db)).rows[0] ?? {})[0];
      assert.equal(String(await pragma('journal_mode')), 'wal');
      assert.equal(Number(await pragma('foreign_keys')), 1);
      assert.ok(Number(await pragma('busy_timeout')) >= 1000);
      await assert.rejects(
        sql`insert into interviews (id, owner, opportunity_id, starts_at, time_zone, starts_at_utc, format, created_at, updated_at)
            values ('iv_1', 'local', 'op_missing', 'x', 'UTC', 'x', 'video', 'x', 'x')`.execute(store.db),
        /FOREIGN KEY/,
      );
    } finally {
      await store.close();
      await d.drop();
    }
  });

  test('a database path under a system folder or a file is refused with a clear error, creating nothing', async () => {
    await assert.rejects(openStore({ target: '/proc/self/followthrough.db' }), /system folder, not one for data/);
    const file = join(mkdtempSync(join(tmpdir(), 'ft-open-')), 'plain.txt');
    writeFileSync(file, 'x');
    await assert.rejects(
      openStore({ target: join(file, 'sub', 'f.db') }),
      /is a file, so the database cannot go under it/,
    );
    assert.equal(existsSync(join(file, 'sub')), false);
  });

  test('an in-memory database works for quick tools', async () => {
    const store = await openStore({ target: ':memory:' });
    const tables = await store.db.introspection.getTables();
    assert.ok(tables.some((t) => t.name === 'interviews'));
    await store.close();
  });
});

for (const d of dialects()) {
  test(`${d.name}: migrations run on first open and not again`, async () => {
    const target = await d.make();
    const logs: string[] = [];
    try {
      const first = await openStore({ target: target.target, log: (l) => logs.push(l) });
      assert.equal(first.dialect, d.name);
      await first.close();
      assert.ok(
        logs.some((l) => l.startsWith('Applied migration')),
        logs.join('\n'),
      );
      logs.length = 0;
      const second = await openStore({ target: target.target, log: (l) => logs.push(l) });
      await second.close();
      assert.deepEqual(logs, [], 'nothing to apply, nothing backed up');
    } finally {
      await target.drop();
    }
  });
}

test('a database migrated without a migration that sorts earlier (a parallel branch) still takes it', async () => {
  const target = sqliteDatabase();
  const names = Object.keys(MIGRATIONS);
  const skipped = names[names.length - 2] as string;
  try {
    const { default: Sqlite } = await import('better-sqlite3');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Sqlite(target.target) }) });
    const subset = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name !== skipped));
    const migrated = await new Migrator({ db, provider: { getMigrations: async () => subset } }).migrateToLatest();
    assert.equal(migrated.error, undefined);
    await db.destroy();
    const logs: string[] = [];
    const store = await openStore({ target: target.target, log: (l) => logs.push(l) });
    await store.close();
    assert.ok(logs.includes(`Applied migration ${skipped}.`), logs.join('\n'));
  } finally {
    await target.drop();
  }
});
