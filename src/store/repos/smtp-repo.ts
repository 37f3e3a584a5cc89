// SMTP settings, one row per owner: the owner is the key, so a call can only ever touch its own row.
// The password stays ciphertext here; only the app, holding the key file, decrypts it.
import type { OwnerId } from '../../core/model.js';
import type { Executor, SmtpSettingsTable } from '../schema.js';
import { ownerBound } from './bind.js';

export interface StoredSmtpSettings {
  host: string;
  port: number;
  security: 'starttls' | 'tls' | 'none';
  username: string;
  fromAddress: string;
  fromName: string;
  bccSelf: boolean;
  /** Ciphertext; null when no password is stored. */
  passwordEnc: string | null;
  updatedAt: string;
}

const toSettings = (r: SmtpSettingsTable): StoredSmtpSettings => ({
  host: r.host,
  port: r.port,
  security: r.security as StoredSmtpSettings['security'],
  username: r.username,
  fromAddress: r.from_address,
  fromName: r.from_name,
  bccSelf: r.bcc_self === 1,
  passwordEnc: r.password_enc,
  updatedAt: r.updated_at,
});

async function getSmtpSettings(db: Executor, owner: OwnerId): Promise<StoredSmtpSettings | undefined> {
  const row = await db.selectFrom('smtp_settings').selectAll().where('owner', '=', owner).executeTakeFirst();
  return row && toSettings(row);
}

async function saveSmtpSettings(
  db: Executor,
  owner: OwnerId,
  s: Omit<StoredSmtpSettings, 'updatedAt'>,
  now: string,
): Promise<void> {
  const values = {
    host: s.host,
    port: s.port,
    security: s.security,
    username: s.username,
    from_address: s.fromAddress,
    from_name: s.fromName,
    bcc_self: s.bccSelf ? 1 : 0,
    password_enc: s.passwordEnc,
    updated_at: now,
  };
  await db
    .insertInto('smtp_settings')
    .values({ owner, ...values })
    .onConflict((oc) => oc.column('owner').doUpdateSet(values))
    .execute();
}

/** The smtp repository, bound to one owner by `repos(db, owner)`. */
export const smtpRepo = ownerBound({ get: getSmtpSettings, save: saveSmtpSettings });
