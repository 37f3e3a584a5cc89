// Events are read per owner (the contacts view, the follow-up record, the ghosted hint), and without
// an index each read scanned every owner's events: 10 ms at 10,000 owners, on every dashboard view.
import type { Kysely } from 'kysely';

// Typed against no tables: a migration sees the schema as it was then, not today's Database type.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('events_owner_at').on('events').columns(['owner', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('events_owner_at').execute();
}
