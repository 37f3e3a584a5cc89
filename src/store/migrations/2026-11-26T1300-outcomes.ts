// Issue 7: what the candidate noticed right after an interview, the points they prepared for a
// role, how each process ended, and whom they keep in touch with after a "no".
import type { Kysely } from 'kysely';

// Typed against no tables: a migration sees the schema as it was then, not today's Database type.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('interview_captures')
    .addColumn('interview_id', 'text', (c) => c.primaryKey().notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('cues', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('captured_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('prepared_points')
    .addColumn('opportunity_id', 'text', (c) =>
      c.primaryKey().notNull().references('opportunities.id').onDelete('cascade'),
    )
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('points', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('outcomes')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // Who gave the decision (the rejection reply goes to them); null when not said.
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outcomes_owner_opportunity')
    .on('outcomes')
    .columns(['owner', 'opportunity_id'])
    .execute();

  await db.schema
    .createTable('keep_warm')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('every_months', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('keep_warm_pk', ['opportunity_id', 'contact_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['keep_warm', 'outcomes', 'prepared_points', 'interview_captures']) {
    await db.schema.dropTable(t).execute();
  }
}
