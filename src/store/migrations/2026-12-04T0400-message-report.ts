// The checker's full report on a message's body, stored when the draft is saved (as its score
// already was), so showing a message no longer runs the checker and its dictionaries per view.
// Null for messages saved before this column: those are checked when shown, as before.
import type { Kysely } from 'kysely';

// Typed against no tables: a migration sees the schema as it was then, not today's Database type.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('messages').addColumn('report', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('messages').dropColumn('report').execute();
}
