// SMTP settings per owner. Only the fields given change; the password is write-only: stored
// encrypted, never returned, printed or exported. `none` (no TLS) is allowed only to this computer.
import { z } from 'zod';
import { SMTP_SECURITIES, type SmtpConnection, type SmtpSecurity } from '../../channels/email/types.js';
import { decryptSecret, encryptSecret, loadKey, loadOrCreateKey, SecretKeyError } from '../../channels/secrets.js';
import { AppError, badInput, type FieldProblem } from '../../core/errors.js';
import { addressProblems, headerTextProblems } from '../../core/mail/headers.js';
import type { StoredSmtpSettings } from '../../store/repos/smtp-repo.js';
import type { AppContext } from '../context.js';
import { wholeNumber } from '../interviews/inputs.js';
import { parseInput } from '../validate.js';
import type { MailDeps } from './mail-deps.js';

/** What anyone may see of the settings: everything but the password, which is only "set" or not. */
export interface SmtpSettingsView {
  configured: boolean;
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string;
  fromAddress: string;
  fromName: string;
  bccSelf: boolean;
  passwordSet: boolean;
}

const DEFAULT_PORT: Record<SmtpSecurity, number> = { starttls: 587, tls: 465, none: 25 };
const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);
const HOST =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/;

const flag = z.union([z.boolean(), z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])]);

export const smtpSettingsInput = z.object({
  host: z
    .string()
    .trim()
    .max(253)
    .refine((s) => HOST.test(s), 'must be a host name such as smtp.gmail.com')
    .optional(),
  port: wholeNumber(1, 65535, 'must be a whole number from 1 to 65535').optional(),
  security: z.enum(SMTP_SECURITIES, { message: `must be one of ${SMTP_SECURITIES.join(', ')}` }).optional(),
  user: z.string().trim().max(320).optional(),
  from: z.string().trim().max(254).optional(),
  fromName: z.string().trim().max(200).optional(),
  bccSelf: flag.optional(),
  /** Only ever from a prompt, stdin or a password field. Empty: keep the stored one. */
  password: z.string().max(1000).optional(),
});
export type SmtpSettingsInput = z.input<typeof smtpSettingsInput>;

const truthy = (v: boolean | string) => v === true || ['1', 'true', 'yes', 'on'].includes(String(v));

function mailDeps(ctx: AppContext): MailDeps {
  if (!ctx.mail)
    throw new AppError('failure', 'Email is not set up in this front end: no key file location was given.');
  return ctx.mail;
}

const view = (s: StoredSmtpSettings | undefined): SmtpSettingsView => ({
  configured: Boolean(s?.host && s.fromAddress),
  host: s?.host ?? '',
  port: s?.port ?? DEFAULT_PORT.starttls,
  security: s?.security ?? 'starttls',
  username: s?.username ?? '',
  fromAddress: s?.fromAddress ?? '',
  fromName: s?.fromName ?? '',
  bccSelf: s?.bccSelf ?? false,
  passwordSet: Boolean(s?.passwordEnc),
});

export async function getSmtpSettingsView(ctx: AppContext): Promise<SmtpSettingsView> {
  return view(await ctx.repos.smtp.get());
}

export async function updateSmtpSettings(ctx: AppContext, raw: SmtpSettingsInput): Promise<SmtpSettingsView> {
  const input = parseInput(smtpSettingsInput, raw);
  const old = await ctx.repos.smtp.get();
  const profile = await ctx.repos.profile.get();
  const security = input.security ?? old?.security ?? 'starttls';
  const fromAddress = input.from ?? old?.fromAddress ?? profile?.email ?? '';
  const next = {
    host: input.host ?? old?.host ?? '',
    // A new security setting without a port brings its usual port along.
    port:
      input.port ??
      (input.security && input.security !== old?.security ? undefined : old?.port) ??
      DEFAULT_PORT[security],
    security,
    username: input.user ?? old?.username ?? fromAddress,
    fromAddress,
    fromName: input.fromName ?? old?.fromName ?? profile?.name ?? '',
    bccSelf: input.bccSelf !== undefined ? truthy(input.bccSelf) : (old?.bccSelf ?? false),
    passwordEnc: old?.passwordEnc ?? null,
  };
  const problems: FieldProblem[] = [];
  if (!next.host) problems.push({ field: 'host', message: 'is required', example: 'smtp.gmail.com' });
  if (!next.fromAddress) problems.push({ field: 'from', message: 'is required', example: 'you@gmail.com' });
  else problems.push(...addressProblems('from', next.fromAddress));
  problems.push(
    ...headerTextProblems('fromName', next.fromName, 200),
    ...headerTextProblems('user', next.username, 320),
  );
  if (next.security === 'none' && next.host && !LOOPBACK.has(next.host.toLowerCase()))
    problems.push({
      field: 'security',
      message: `"none" would send your password unencrypted to ${next.host}; it is allowed only for a server on this computer (127.0.0.1). Use starttls (port 587) or tls (port 465)`,
      example: 'starttls',
    });
  if (input.password !== undefined && /[\r\n\u0000]/.test(input.password))
    problems.push({ field: 'password', message: 'contains a line break; paste the password on one line' });
  if (problems.length > 0) throw badInput(problems);
  if (input.password) {
    const deps = mailDeps(ctx);
    const key = loadOrCreateKey(deps.keyFile, deps.log);
    next.passwordEnc = encryptSecret(key, input.password, ctx.owner);
  }
  await ctx.repos.smtp.save(next, ctx.clock.now().toISOString());
  return view({ ...next, updatedAt: '' });
}

/** Sending needs SMTP settings; the .eml works without them. */
// Something the user can set up, not a mail server failing: a conflict (409 on the web, exit 1), not
// the 502 a server's refusal gets.
export const noSmtpSettings = (): AppError =>
  new AppError(
    'conflict',
    'No SMTP settings yet: set them in the email settings, or download the .eml and send it from your mail client.',
    [],
    { action: 'settings.smtp' },
  );

/** The settings with the password decrypted, for one send; a clear error when anything is missing. */
export async function smtpConnection(
  ctx: AppContext,
): Promise<{ connection: SmtpConnection; settings: SmtpSettingsView }> {
  const stored = await ctx.repos.smtp.get();
  const settings = view(stored);
  if (!stored || !settings.configured) throw noSmtpSettings();
  let password = '';
  if (stored.username) {
    if (!stored.passwordEnc)
      throw new AppError('failure', 'No SMTP password stored: enter it in the email settings.', [], {
        action: 'settings.smtp-password',
      });
    const deps = mailDeps(ctx);
    try {
      password = decryptSecret(loadKey(deps.keyFile, deps.log), stored.passwordEnc, ctx.owner);
    } catch (error) {
      if (!(error instanceof SecretKeyError)) throw error;
      throw new AppError('failure', `Cannot read the stored SMTP password: ${error.message}. Enter it again.`, [], {
        action: 'settings.smtp-password',
      });
    }
  }
  return {
    connection: {
      host: stored.host,
      port: stored.port,
      security: stored.security,
      username: stored.username,
      password,
    },
    settings,
  };
}
