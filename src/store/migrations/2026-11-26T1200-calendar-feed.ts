// The calendar feed (issue 6): one subscribable URL per owner. Only the SHA-256 hash of its token is
// kept, so a copy of the database does not hand out anyone's calendar.
import type { Kysely } from 'kysely';

// Typed against no tables: a migration sees the schema as it was then, not today's Database type.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('owner', 'text', (c) => c.primaryKey().notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // A named index (not a column constraint) so both dialects report the same schema.
  await db.schema.createIndex('calendar_feeds_token_hash').on('calendar_feeds').column('token_hash').unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_feeds').execute();
}
