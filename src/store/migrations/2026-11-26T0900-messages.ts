// Drafted messages (issue 5) and their delivery state (issue 6). A message belongs to one interview
// and, when drafted from the plan, to one touch. The delivery columns live here from the start so a
// message is one row whose status moves draft → queued → sending → sent (or uncertain/failed).
import type { Kysely } from 'kysely';

// Typed against no tables: a migration sees the schema as it was then, not today's Database type.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('touch_id', 'text', (c) => c.references('touches.id').onDelete('set null'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('tone', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('gaps', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('generic', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('scheduled_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('sent_to', 'text')
    .addColumn('header_message_id', 'text')
    .addColumn('in_reply_to', 'text')
    .addColumn('delivery_error', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('messages_owner_interview')
    .on('messages')
    .columns(['owner', 'interview_id', 'created_at'])
    .execute();
  await db.schema.createIndex('messages_touch').on('messages').column('touch_id').execute();
  // The scheduler's query: queued messages by when they are due, across owners.
  await db.schema.createIndex('messages_status_scheduled').on('messages').columns(['status', 'scheduled_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('messages').execute();
}
