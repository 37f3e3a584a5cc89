// Reads a migrated database's schema into one dialect-neutral shape, so a SQLite and a PostgreSQL
// database migrated by the same files can be compared with deepEqual. Kysely's own bookkeeping
// tables are left out: they are Kysely's, created per dialect.
import { type Kysely, sql } from 'kysely';

export interface ColumnShape {
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
}
export interface IndexShape {
  name: string;
  columns: string[];
  unique: boolean;
  partial: boolean;
}
export interface ForeignKeyShape {
  columns: string[];
  table: string;
  references: string[];
  onDelete: string;
}
export interface TableShape {
  columns: ColumnShape[];
  primaryKey: string[];
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}
export type SchemaShape = Record<string, TableShape>;

const isOurs = (table: string) => !table.startsWith('kysely_') && !table.startsWith('sqlite_');

/** SQLite's type affinity rules and PostgreSQL's type names, mapped to one vocabulary. */
export function normaliseType(raw: string): string {
  const t = raw.toLowerCase().trim();
  if (/^(bool|boolean)$/.test(t)) return 'boolean';
  if (t.includes('int')) return 'integer';
  if (/char|clob|text/.test(t)) return 'text';
  if (t === '' || /blob|bytea/.test(t)) return 'blob';
  if (/real|floa|doub/.test(t)) return 'real';
  if (/json/.test(t)) return 'json';
  if (/timestamp|date|time/.test(t)) return 'timestamp';
  return t;
}

/** Defaults as written in the migration: PostgreSQL's `''::text` and SQLite's `''` are the same. */
export function normaliseDefault(raw: string | null): string | null {
  if (raw === null) return null;
  return raw.replace(/::[a-z ]+(\[\])?$/i, '').trim();
}

const ON_DELETE: Record<string, string> = {
  a: 'no action',
  r: 'restrict',
  c: 'cascade',
  n: 'set null',
  d: 'set default',
};

// biome-ignore lint/suspicious/noExplicitAny: the schema is what is being read
type AnyDb = Kysely<any>;

export async function sqliteSchema(db: AnyDb): Promise<SchemaShape> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(
    db,
  );
  const out: SchemaShape = {};
  for (const { name } of tables.rows.filter((t) => isOurs(t.name))) {
    const cols = await sql<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>`
      select * from pragma_table_info(${name})`.execute(db);
    const list = await sql<{ name: string; unique: number; origin: string; partial: number }>`
      select * from pragma_index_list(${name})`.execute(db);
    const indexes: IndexShape[] = [];
    for (const ix of list.rows.filter((i) => i.origin === 'c')) {
      const info = await sql<{ seqno: number; name: string }>`select * from pragma_index_info(${ix.name})`.execute(db);
      indexes.push({
        name: ix.name,
        columns: info.rows.sort((a, b) => a.seqno - b.seqno).map((c) => c.name),
        unique: ix.unique === 1,
        partial: ix.partial === 1,
      });
    }
    const fks = await sql<{ id: number; seq: number; table: string; from: string; to: string; on_delete: string }>`
      select * from pragma_foreign_key_list(${name})`.execute(db);
    const byId = new Map<number, ForeignKeyShape>();
    for (const fk of fks.rows.sort((a, b) => a.id - b.id || a.seq - b.seq)) {
      const shape = byId.get(fk.id) ?? {
        columns: [],
        table: fk.table,
        references: [],
        onDelete: fk.on_delete.toLowerCase(),
      };
      shape.columns.push(fk.from);
      shape.references.push(fk.to);
      byId.set(fk.id, shape);
    }
    out[name] = {
      columns: cols.rows.map((c) => ({
        name: c.name,
        type: normaliseType(c.type),
        notNull: c.notnull === 1,
        default: normaliseDefault(c.dflt_value),
      })),
      primaryKey: cols.rows
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      indexes: indexes.sort((a, b) => a.name.localeCompare(b.name)),
      foreignKeys: sortForeignKeys([...byId.values()]),
    };
  }
  return out;
}

export async function postgresSchema(db: AnyDb): Promise<SchemaShape> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const out: SchemaShape = {};
  for (const { name } of tables.rows.filter((t) => isOurs(t.name))) {
    const cols = await sql<{ name: string; type: string; nullable: string; dflt: string | null }>`
      select column_name as name, data_type as type, is_nullable as nullable, column_default as dflt
      from information_schema.columns where table_schema = current_schema() and table_name = ${name}
      order by ordinal_position`.execute(db);
    const indexes = await sql<{ name: string; columns: string[]; unique: boolean; partial: boolean; primary: boolean }>`
      select i.relname as name, ix.indisunique as unique, ix.indpred is not null as partial, ix.indisprimary as primary,
        array(select a.attname from unnest(ix.indkey) with ordinality k(attnum, ord)
              join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.ord)::text[] as columns
      from pg_index ix
      join pg_class i on i.oid = ix.indexrelid
      join pg_class t on t.oid = ix.indrelid
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = current_schema() and t.relname = ${name}`.execute(db);
    const fks = await sql<{ columns: string[]; table: string; references: string[]; deltype: string }>`
      select c.confrelid::regclass::text as table, c.confdeltype as deltype,
        array(select a.attname from unnest(c.conkey) with ordinality k(attnum, ord)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.ord)::text[] as columns,
        array(select a.attname from unnest(c.confkey) with ordinality k(attnum, ord)
              join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.ord)::text[] as references
      from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
      where c.contype = 'f' and n.nspname = current_schema() and t.relname = ${name}`.execute(db);
    out[name] = {
      columns: cols.rows.map((c) => ({
        name: c.name,
        type: normaliseType(c.type),
        notNull: c.nullable === 'NO',
        default: normaliseDefault(c.dflt),
      })),
      primaryKey: indexes.rows.find((i) => i.primary)?.columns ?? [],
      indexes: indexes.rows
        .filter((i) => !i.primary)
        .map(({ name, columns, unique, partial }) => ({ name, columns, unique, partial }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      foreignKeys: sortForeignKeys(
        fks.rows.map((f) => ({
          columns: f.columns,
          table: f.table.replace(/^"|"$/g, ''),
          references: f.references,
          onDelete: ON_DELETE[f.deltype] ?? f.deltype,
        })),
      ),
    };
  }
  return out;
}

function sortForeignKeys(fks: ForeignKeyShape[]): ForeignKeyShape[] {
  return fks.sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
}

/** Names of our tables (Kysely's bookkeeping left out), for snapshots of whole databases. */
export async function tableNames(db: AnyDb, dialect: 'sqlite' | 'postgres'): Promise<string[]> {
  const schema = dialect === 'sqlite' ? await sqliteSchema(db) : await postgresSchema(db);
  return Object.keys(schema).sort();
}
