// Sending through the user's own SMTP account with nodemailer, and turning its errors into the
// four kinds the app acts on. Loaded only when mail is sent: nodemailer costs start-up time.

import { messageOptions } from './mime.js';
import { type FailureKind, type Mailer, SendFailure, type SmtpConnection } from './types.js';

// Well under the sending lease (SENDING_LEASE_MINUTES): a send never outlives it.
const TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

export async function connectSmtp(c: SmtpConnection): Promise<Mailer> {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport({
    host: c.host,
    port: c.port,
    secure: c.security === 'tls',
    requireTLS: c.security === 'starttls',
    ignoreTLS: c.security === 'none',
    ...(c.username && { auth: { user: c.username, pass: c.password } }),
    ...TIMEOUTS,
    // Never a protocol log: it would carry the AUTH exchange.
    logger: false,
    debug: false,
  });
  return {
    async send(email) {
      try {
        const info = await transport.sendMail(messageOptions(email));
        return {
          accepted: (info.accepted ?? []).map(String),
          rejected: (info.rejected ?? []).map(String),
          response: String(info.response ?? ''),
        };
      } catch (error) {
        throw classify(error, c);
      }
    },
    close: () => transport.close(),
  };
}

interface NodemailerError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

const NETWORK_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'ECONNREFUSED', 'ENOTFOUND']);

/** The kind of failure and a message for the user with the server's own words. */
export function classify(error: unknown, c: Pick<SmtpConnection, 'host' | 'port'>): SendFailure {
  const e = (error ?? {}) as NodemailerError;
  const reply = (e.response ?? '').trim();
  const code = e.responseCode;
  const where = `${c.host}:${c.port}`;
  let kind: FailureKind;
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') kind = code !== undefined && code < 500 ? 'temporary' : 'auth';
  else if (code !== undefined && code >= 400 && code < 500) kind = 'temporary';
  else if (code !== undefined && code >= 500) kind = 'permanent';
  else if (e.code && NETWORK_CODES.has(e.code)) kind = 'network';
  else kind = 'network';
  const said = reply ? `the server said "${reply}"` : (e.message ?? 'no reason given').split('\n')[0];
  const message =
    kind === 'auth'
      ? `${where} refused the username or password (${said}). Check them with \`followthrough settings smtp\`; Gmail needs an app password.`
      : kind === 'network'
        ? `Could not reach the mail server ${where}: ${said}. Check the host, port and security setting, and your connection.`
        : kind === 'temporary'
          ? `${where} asked to try again later: ${said}.`
          : `${where} refused the message: ${said}.`;
  return new SendFailure(kind, message, code);
}
