// Bulk writers for the seed: batched multi-row inserts through prepared statements, one transaction
// per flush. SQLite goes through better-sqlite3 directly (Kysely's per-query compile would cost
// more than the insert); PostgreSQL sends one prepared `INSERT ... SELECT FROM unnest(...)` per
// batch, so a batch of thousands of rows is one round trip with one parameter per column.
import type { Pool } from 'pg';

export type Value = string | number | null;
export type Row = Value[];

/** Column names per table, in the order rows are given; `int` columns are integers on PostgreSQL. */
export const COLUMNS = {
  profiles: ['owner', 'name', 'email', 'phone', 'address', 'signature', 'country', 'time_zone', 'updated_at'],
  opportunities: [
    'id',
    'owner',
    'company',
    'role',
    'posting_url',
    'why',
    'strength',
    'status',
    'created_at',
    'updated_at',
  ],
  interviews: [
    'id',
    'owner',
    'opportunity_id',
    'stage',
    'starts_at',
    'time_zone',
    'starts_at_utc',
    'country',
    'format',
    'location',
    'created_at',
    'updated_at',
  ],
  contacts: [
    'id',
    'owner',
    'name',
    'title',
    'email',
    'phone',
    'address',
    'company',
    'time_zone',
    'created_at',
    'updated_at',
  ],
  participants: ['owner', 'interview_id', 'contact_id', 'role', 'position'],
  next_steps: [
    'owner',
    'interview_id',
    'timeframe',
    'contact_id',
    'permission',
    'channel',
    'next_step',
    'card',
    'updated_at',
  ],
  interviewer_notes: [
    'owner',
    'interview_id',
    'contact_id',
    'topics',
    'challenges',
    'article',
    'weak_answer',
    'updated_at',
  ],
  touches: [
    'id',
    'owner',
    'opportunity_id',
    'interview_id',
    'key',
    'kind',
    'contact_id',
    'channel',
    'due_at',
    'due_local',
    'time_zone',
    'reason',
    'status',
    'snoozed_until',
    'completed_at',
    'created_at',
    'updated_at',
  ],
  events: [
    'id',
    'owner',
    'opportunity_id',
    'interview_id',
    'kind',
    'contact_id',
    'at',
    'timeframe',
    'touch_kind',
    'note',
    'created_at',
  ],
} as const;

export type Table = keyof typeof COLUMNS;
/** Parents before children, so foreign keys hold at every flush. */
export const TABLE_ORDER = Object.keys(COLUMNS) as Table[];
const INT_COLUMNS = new Set(['position', 'card']);

export interface BulkWriter {
  /** Writes every buffered table, in TABLE_ORDER, in one transaction. */
  write(buffers: Map<Table, Row[]>): Promise<void>;
  close(): Promise<void>;
}

const SQLITE_BATCH = 200;

export async function sqliteWriter(path: string): Promise<BulkWriter> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path);
  // The seed builds a throwaway database: durability during the build buys nothing.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('foreign_keys = OFF');
  const statements = new Map<string, ReturnType<typeof db.prepare>>();
  const statement = (table: Table, rows: number) => {
    const key = `${table}:${rows}`;
    let s = statements.get(key);
    if (!s) {
      const cols = COLUMNS[table];
      const tuple = `(${cols.map(() => '?').join(',')})`;
      s = db.prepare(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${Array(rows).fill(tuple).join(',')}`);
      statements.set(key, s);
    }
    return s;
  };
  const writeAll = db.transaction((buffers: Map<Table, Row[]>) => {
    for (const table of TABLE_ORDER) {
      const rows = buffers.get(table) ?? [];
      for (let i = 0; i < rows.length; i += SQLITE_BATCH) {
        const batch = rows.slice(i, i + SQLITE_BATCH);
        statement(table, batch.length).run(batch.flat());
      }
    }
  });
  return {
    write: async (buffers) => writeAll(buffers),
    close: async () => {
      db.pragma('foreign_keys = ON');
      db.exec('ANALYZE');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

const PG_BATCH = 5000;

export async function postgresWriter(url: string): Promise<BulkWriter> {
  const { default: pg } = await import('pg');
  const pool: Pool = new pg.Pool({ connectionString: url, max: 1 });
  const sqlFor = (table: Table) => {
    const cols = COLUMNS[table];
    const arrays = cols.map((c, i) => `$${i + 1}::${INT_COLUMNS.has(c) ? 'int' : 'text'}[]`);
    return `INSERT INTO ${table} (${cols.join(',')}) SELECT * FROM unnest(${arrays.join(',')})`;
  };
  return {
    write: async (buffers) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const table of TABLE_ORDER) {
          const rows = buffers.get(table) ?? [];
          for (let i = 0; i < rows.length; i += PG_BATCH) {
            const batch = rows.slice(i, i + PG_BATCH);
            const columns = COLUMNS[table].map((_, c) => batch.map((r) => r[c] ?? null));
            await client.query({ name: `seed-${table}`, text: sqlFor(table), values: columns });
          }
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await pool.query('ANALYZE');
      await pool.end();
    },
  };
}
