// The first schema. Never edit a landed migration: add a new file instead.
// Primary keys are NOT NULL explicitly: SQLite, unlike PostgreSQL, lets a non-integer primary key be NULL.
import type { Kysely } from 'kysely';

// Typed against no tables: a migration sees the schema as it was then, not today's Database type.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('profiles')
    .addColumn('owner', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signature', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('country', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('opportunities')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('posting_url', 'text')
    .addColumn('why', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('strength', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opportunities_owner').on('opportunities').columns(['owner', 'company']).execute();

  await db.schema
    .createTable('interviews')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('starts_at_utc', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interviews_owner_start').on('interviews').columns(['owner', 'starts_at_utc']).execute();
  await db.schema.createIndex('interviews_opportunity').on('interviews').column('opportunity_id').execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text')
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('company', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_zone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_owner_name').on('contacts').columns(['owner', 'name']).execute();
  // One contact per email per owner: a person met in several rounds is one contact.
  await db.schema
    .createIndex('contacts_owner_email')
    .on('contacts')
    .columns(['owner', 'email'])
    .unique()
    .where('email', 'is not', null)
    .execute();

  await db.schema
    .createTable('participants')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('participants_pk', ['interview_id', 'contact_id'])
    .execute();
  await db.schema.createIndex('participants_contact').on('participants').column('contact_id').execute();

  await db.schema
    .createTable('next_steps')
    .addColumn('interview_id', 'text', (c) => c.primaryKey().notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('timeframe', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('permission', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('channel', 'text', (c) => c.notNull().defaultTo('email'))
    .addColumn('next_step', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('interviewer_notes')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('challenges', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('article', 'text')
    .addColumn('weak_answer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interviewer_notes_pk', ['interview_id', 'contact_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'interviewer_notes',
    'next_steps',
    'participants',
    'contacts',
    'interviews',
    'opportunities',
    'profiles',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
