// SMTP settings, one row per owner (issue 6). The password is never a plain column: `password_enc`
// holds AES-256-GCM ciphertext whose key lives in a file outside the database.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('smtp_settings')
    .addColumn('owner', 'text', (c) => c.primaryKey().notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('security', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('from_name', 'text', (c) => c.notNull())
    .addColumn('bcc_self', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('password_enc', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('smtp_settings').execute();
}
