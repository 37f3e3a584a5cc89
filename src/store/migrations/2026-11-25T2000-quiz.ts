// The follow-up self-assessment: one row per attempt. An attempt in progress (the web asks one
// question per page) keeps its answers here, so the score is always computed on the server.
import type { Kysely } from 'kysely';

// Typed against no tables: a migration sees the schema as it was then, not today's Database type.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quiz_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text')
    .addColumn('score', 'integer')
    .addColumn('correct', 'integer')
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('areas', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('answers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('quiz_attempts_owner_status')
    .on('quiz_attempts')
    .columns(['owner', 'status', 'started_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('quiz_attempts').execute();
}
