// Opens the store: SQLite file by default, PostgreSQL for a postgres URL. Runs pending migrations,
// backing up an existing SQLite file first so a failed migration never costs the user their data.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
} from 'kysely';
import { AppError } from '../core/errors.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for messages: a file path, or the URL without its password. */
  location: string;
  close(): Promise<void>;
  /** SQLite only: an online copy of the database file. */
  backup?: (to: string) => Promise<unknown>;
  /**
   * SQLite only: a value that changes whenever any data changes, by this process or another one
   * (`data_version` counts other connections' commits, `total_changes()` this connection's writes).
   * Both only grow, so a page rendered after reading it is never older than what it names.
   */
  dataVersion?: () => string;
}

export interface OpenOptions {
  /** A file path for SQLite, or a postgres:// URL. */
  target: string;
  /** Where to report migrations and backups (stderr in the CLI). */
  log?: (line: string) => void;
  /** SQLite: how long a write waits for another process's lock before giving up (default 5 s). */
  busyTimeoutMs?: number;
  /** Test hook: the migrations to run instead of the real list. */
  migrations?: Record<string, Migration>;
}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/** A URL safe to print: the password replaced. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

export async function openStore(options: OpenOptions): Promise<Store> {
  const log = options.log ?? (() => {});
  const store = isPostgresUrl(options.target)
    ? await openPostgres(options.target)
    : await openSqlite(options.target, log, options.busyTimeoutMs ?? 5000);
  try {
    await migrate(store, options.migrations ?? MIGRATIONS, log);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

// Kernel file systems: creating folders there fails in odd ways (Node's recursive mkdir can loop).
const SYSTEM_FOLDERS = /^\/(?:proc|sys|dev)(?:\/|$)/;

/** Refuses a database folder that cannot hold a file, before anything is created. */
function checkFolder(dir: string): void {
  const hint = 'choose a path in your home folder, e.g. --db ~/followthrough.db';
  if (SYSTEM_FOLDERS.test(dir)) throw new AppError('bad-input', `${dir} is a system folder, not one for data: ${hint}`);
  let existing = dir;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!statSync(existing).isDirectory()) {
    throw new AppError('bad-input', `${existing} is a file, so the database cannot go under it: ${hint}`);
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Refuses an existing path that is not an SQLite file (a folder, a device, someone's document)
 * before anything changes its mode. An empty file passes: SQLite treats it as a new database, and
 * it is what a crash leaves between our creating the file and the first write.
 */
function checkDatabaseFile(path: string): void {
  const hint =
    'give the path of a Follow-Through database, or of a file that does not exist yet, e.g. --db ~/followthrough.db';
  // A name with control characters is a pasting accident (or an escape sequence aimed at the terminal).
  if (/[\u0000-\u001f\u007f]/.test(path))
    throw new AppError('bad-input', `That database path holds control characters: ${hint}`);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    // Nothing there yet (or a file in the way of its folder, which checkFolder explains).
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return;
    throw new AppError('bad-input', `${path} cannot be read (${(error as NodeJS.ErrnoException).code}): ${hint}`);
  }
  if (stats.isDirectory()) throw new AppError('bad-input', `${path} is a folder, not a database file: ${hint}`);
  if (!stats.isFile()) throw new AppError('bad-input', `${path} is not a regular file: ${hint}`);
  if (stats.size === 0) return;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new AppError('bad-input', `${path} cannot be read (${(error as NodeJS.ErrnoException).code}): ${hint}`);
  }
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new AppError(
      'bad-input',
      `${path} is not a database file (it is not SQLite), so it was left as it is: ${hint}`,
    );
  }
}

async function openSqlite(path: string, log: (line: string) => void, busyTimeoutMs: number): Promise<Store> {
  const { default: SqliteDatabase } = await import('better-sqlite3');
  if (path !== ':memory:') {
    checkDatabaseFile(path);
    checkFolder(dirname(resolve(path)));
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Create the file ourselves so it is never readable by others, even for a moment.
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
    if ((statSync(path).mode & 0o077) !== 0) {
      chmodSync(path, 0o600);
      log(`Made ${path} readable by its owner only.`);
    }
  }
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  // NORMAL is durable in WAL mode against process crashes; only power loss can drop the last commit.
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database: cachedStatements(sqlite) }) });
  const changes = sqlite.prepare<[], { c: number }>('SELECT total_changes() AS c');
  // Prepared once: `pragma()` prepares a statement per call, and pages read the version per request.
  const dataVersion = sqlite.prepare<[], number>('PRAGMA data_version').pluck();
  return {
    db,
    dialect: 'sqlite',
    location: path,
    close: () => db.destroy(),
    backup: (to) => sqlite.backup(to),
    dataVersion: () => `${dataVersion.get()}:${changes.get()?.c ?? 0}`,
  };
}

async function openPostgres(url: string): Promise<Store> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}

type SqliteHandle = import('better-sqlite3').Database;
type SqliteStatement = ReturnType<SqliteHandle['prepare']>;

// Kysely prepares every query afresh; preparing cost as much as running it (bench/RESULTS.md).
// Queries are built from a fixed set of shapes, so a bounded cache keeps each one prepared once.
// A statement still being iterated is busy: that caller gets a fresh one.
function cachedStatements(sqlite: SqliteHandle, limit = 500): SqliteDialectConfig['database'] {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      const hit = cache.get(sql);
      if (hit && !hit.busy) return hit;
      const statement = sqlite.prepare(sql);
      if (!hit) {
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

// Kysely runs SQLite migrations outside a transaction (its adapter says SQLite has no transactional
// DDL; it does), so a migration failing half-way would leave half a schema. Claim support so each
// migration run is one transaction, as on PostgreSQL.
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

// A deferred BEGIN takes a read lock, and the first write then fails at once with "database is
// locked" when another process holds the write lock: busy_timeout cannot help a transaction that
// already read. BEGIN IMMEDIATE takes the write lock up front, waiting up to busy_timeout for it, so
// two processes writing at once both succeed (test/concurrent-writers.test.ts).
class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter() {
    return new TransactionalSqliteAdapter();
  }
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations() {
    return this.migrations;
  }
}

async function migrate(store: Store, migrations: Record<string, Migration>, log: (line: string) => void) {
  // Unordered: migrations written on parallel branches land with interleaved names, and a database
  // migrated from one branch must still take the other's; each migration only adds its own tables.
  const migrator = new Migrator({
    db: store.db,
    provider: new StaticProvider(migrations),
    allowUnorderedMigrations: true,
  });
  const pending = (await migrator.getMigrations()).filter((m) => !m.executedAt);
  if (pending.length === 0) return;
  if (store.backup && store.location !== ':memory:' && (await hasTables(store))) {
    const to = `${store.location}.before-${pending[0]?.name}.bak`;
    await store.backup(to);
    chmodSync(to, 0o600);
    log(`Backed up the database to ${to} before migrating.`);
  }
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    if (r.status === 'Success') log(`Applied migration ${r.migrationName}.`);
    if (r.status === 'Error') log(`Migration ${r.migrationName} failed; the database is unchanged.`);
  }
  if (error) throw error;
}

async function hasTables(store: Store): Promise<boolean> {
  const tables = await store.db.introspection.getTables();
  return tables.some((t) => t.name === 'profiles');
}
