// What each opportunity's plan understood its time frame as, stored when the plan is recomputed
// (every change to its inputs re-plans), so showing a plan no longer runs the time-frame parser and
// the holiday calendar per view. An opportunity without a row is understood when shown, as before.
import type { Kysely } from 'kysely';

// Typed against no tables: a migration sees the schema as it was then, not today's Database type.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_time_frames')
    .addColumn('opportunity_id', 'text', (c) =>
      c.primaryKey().notNull().references('opportunities.id').onDelete('cascade'),
    )
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('round_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('time_frame', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_time_frames_owner').on('plan_time_frames').column('owner').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_time_frames').execute();
}
