// One migration folder runs on both dialects: migrating an empty SQLite and an empty PostgreSQL
// database must give the same schema. Also: every migration file is listed, an existing SQLite file
// is backed up before a migration changes it, a failing migration changes nothing, files are 0600.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { type Kysely, type Migration, sql } from 'kysely';
import { MIGRATIONS } from '../src/store/migrations/index.js';
import { openStore } from '../src/store/open.js';
import { dialects, postgres, postgresDatabase, sqliteDatabase, type TestDatabase } from './helpers/databases.js';
import { postgresSchema, sqliteSchema } from './helpers/schema-snapshot.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const migrationsDir = join(root, 'src/store/migrations');
const cleanup: TestDatabase[] = [];
after(async () => {
  for (const d of cleanup) await d.drop();
});

const NOW = '2026-03-03T12:00:00.000Z';
// biome-ignore lint/suspicious/noExplicitAny: test migrations run against whatever schema exists
const migration = (up: (db: Kysely<any>) => Promise<void>): Migration => ({ up });

describe('migrations', () => {
  test('SQLite and PostgreSQL end up with the same schema', {
    skip: !postgres.check() && 'needs PostgreSQL (TEST_DATABASE_URL)',
  }, async () => {
    const lite = sqliteDatabase();
    const pg = await postgresDatabase();
    cleanup.push(lite, pg);
    const a = await openStore({ target: lite.target });
    const b = await openStore({ target: pg.target });
    try {
      const liteSchema = await sqliteSchema(a.db);
      const pgSchema = await postgresSchema(b.db);
      assert.ok(Object.keys(liteSchema).length >= 7, 'the migrations should create the tables');
      assert.deepEqual(Object.keys(pgSchema).sort(), Object.keys(liteSchema).sort(), 'same tables');
      for (const table of Object.keys(liteSchema)) {
        assert.deepEqual(pgSchema[table], liteSchema[table], `table ${table} differs between PostgreSQL and SQLite`);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('the SQLite schema reader sees columns, keys and indexes (so the comparison can fail)', async () => {
    const lite = sqliteDatabase();
    cleanup.push(lite);
    const store = await openStore({ target: lite.target });
    try {
      const schema = await sqliteSchema(store.db);
      assert.deepEqual(schema.participants?.primaryKey, ['interview_id', 'contact_id']);
      assert.deepEqual(
        schema.contacts?.indexes.find((i) => i.name === 'contacts_owner_email'),
        { name: 'contacts_owner_email', columns: ['owner', 'email'], unique: true, partial: true },
      );
      assert.deepEqual(
        schema.next_steps?.foreignKeys.find((f) => f.columns[0] === 'contact_id'),
        {
          columns: ['contact_id'],
          table: 'contacts',
          references: ['id'],
          onDelete: 'set null',
        },
      );
      // Every owned table carries a non-null owner column.
      for (const [table, shape] of Object.entries(schema)) {
        const owner = shape.columns.find((c) => c.name === 'owner');
        assert.ok(owner?.notNull, `${table} needs a NOT NULL owner column`);
      }
    } finally {
      await store.close();
    }
  });

  test('every file in src/store/migrations is listed in MIGRATIONS, in order', async () => {
    const files = readdirSync(migrationsDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(Object.keys(MIGRATIONS), files);
    for (const name of files) {
      const module = await import(pathToFileURL(join(migrationsDir, `${name}.ts`)).href);
      assert.equal(MIGRATIONS[name]?.up, module.up, `MIGRATIONS['${name}'] should be that file's migration`);
    }
  });

  test('a new SQLite file is readable by its owner only', async () => {
    const lite = sqliteDatabase();
    cleanup.push(lite);
    const store = await openStore({ target: lite.target });
    await sql`insert into profiles (owner, updated_at) values ('a', ${NOW})`.execute(store.db);
    try {
      for (const file of [lite.target, `${lite.target}-wal`]) {
        if (existsSync(file)) assert.equal(statSync(file).mode & 0o777, 0o600, `${file} mode`);
      }
    } finally {
      await store.close();
    }
  });

  test('an existing SQLite file is backed up (0600) before a new migration runs', async () => {
    const lite = sqliteDatabase();
    cleanup.push(lite);
    const first = await openStore({ target: lite.target });
    await sql`insert into profiles (owner, name, updated_at) values ('a', 'Before Migration', ${NOW})`.execute(
      first.db,
    );
    await first.close();

    const logs: string[] = [];
    const later = {
      ...MIGRATIONS,
      '9999-01-01T0000-add-column': migration(async (db) => {
        await db.schema.alterTable('profiles').addColumn('pronouns', 'text').execute();
      }),
    };
    const second = await openStore({ target: lite.target, migrations: later, log: (l) => logs.push(l) });
    await second.close();

    const backups = readdirSync(dirname(lite.target)).filter((f) => f.endsWith('.bak'));
    assert.equal(backups.length, 1, `one backup expected, found: ${backups.join(', ')}`);
    const backup = join(dirname(lite.target), backups[0] as string);
    assert.equal(statSync(backup).mode & 0o777, 0o600);
    assert.ok(
      logs.some((l) => l.includes(backup)),
      `the backup should be reported: ${logs.join(' | ')}`,
    );
    const copy = new Database(backup, { readonly: true });
    try {
      assert.deepEqual(copy.prepare('select name from profiles').all(), [{ name: 'Before Migration' }]);
      const columns = copy.prepare("select name from pragma_table_info('profiles')").all() as { name: string }[];
      assert.ok(!columns.some((c) => c.name === 'pronouns'), 'the backup is taken before the migration');
    } finally {
      copy.close();
    }
  });

  test('a fresh SQLite file is not backed up (there is nothing to lose)', async () => {
    const lite = sqliteDatabase();
    cleanup.push(lite);
    await (await openStore({ target: lite.target })).close();
    assert.deepEqual(
      readdirSync(dirname(lite.target)).filter((f) => f.endsWith('.bak')),
      [],
    );
  });

  for (const d of dialects()) {
    test(`${d.name}: a failing migration leaves the data and schema as they were`, async () => {
      const target = await d.make();
      cleanup.push(target);
      const first = await openStore({ target: target.target });
      await sql`insert into profiles (owner, name, updated_at) values ('a', 'Kept', ${NOW})`.execute(first.db);
      await first.close();

      const broken = {
        ...MIGRATIONS,
        '9999-01-01T0000-broken': migration(async (db) => {
          await db.schema.alterTable('profiles').addColumn('half_done', 'text').execute();
          await sql`update profiles set name = 'Clobbered'`.execute(db);
          throw new Error('this migration fails half-way');
        }),
      };
      await assert.rejects(openStore({ target: target.target, migrations: broken, log: () => {} }), /half-way/);

      const again = await openStore({ target: target.target });
      try {
        const rows = await sql<{ name: string }>`select name from profiles`.execute(again.db);
        assert.deepEqual(rows.rows, [{ name: 'Kept' }]);
        const schema = d.name === 'sqlite' ? await sqliteSchema(again.db) : await postgresSchema(again.db);
        assert.ok(
          !schema.profiles?.columns.some((c) => c.name === 'half_done'),
          'the half-done column was rolled back',
        );
      } finally {
        await again.close();
      }
    });
  }
});
