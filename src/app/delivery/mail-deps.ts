// What email delivery needs from the outside: the key file that encrypts the SMTP password and a way
// to reach a mail server. Tests inject a connector that wraps the real one (to pause or count).
import { join } from 'node:path';
import type { ConnectMailer } from '../../channels/email/types.js';
import { isPostgresUrl } from '../../store/open.js';

export interface MailDeps {
  /** The AES-256-GCM key for the stored SMTP password; created (mode 0600) when first needed. */
  keyFile: string;
  /** Opens an SMTP connection; nodemailer's when absent. */
  connect?: ConnectMailer;
  /** Where to report what happened without a person watching (the scheduler): stderr in the CLI. */
  log?: (line: string) => void;
}

/**
 * The key file: $FOLLOWTHROUGH_KEY_FILE, else beside the SQLite file ("followthrough.db.key"), else
 * (PostgreSQL, or an in-memory database) in the XDG data folder.
 */
export function resolveKeyFile(env: NodeJS.ProcessEnv, target: string): string {
  if (env.FOLLOWTHROUGH_KEY_FILE) return env.FOLLOWTHROUGH_KEY_FILE;
  if (!isPostgresUrl(target) && target !== ':memory:') return `${target}.key`;
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || '.', '.local', 'share');
  return join(dataHome, 'followthrough', 'followthrough.key');
}
