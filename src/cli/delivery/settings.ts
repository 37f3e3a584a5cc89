// `followthrough settings smtp`: where your email goes out. Only the flags given change. The password
// comes from --password-stdin or a masked prompt, never a flag, and is never shown.
import { type Command, Option } from 'commander';
import type { SmtpSettingsInput, SmtpSettingsView } from '../../app/index.js';
import { AppError, badInput } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { clean, printJson } from '../output.js';
import { askSecret, readSecretFromStdin } from './secret-input.js';

interface SmtpFlags {
  host?: string;
  port?: string;
  security?: string;
  user?: string;
  from?: string;
  fromName?: string;
  bccSelf?: boolean;
  passwordStdin?: boolean;
  askPassword?: boolean;
  password?: string;
  show?: boolean;
  json?: boolean;
}

export function settings(program: Command, ctx: CliContext): void {
  const group = program.command('settings').description('settings: `settings smtp` for sending email');
  group
    .command('smtp')
    .description('show or change your SMTP account for sending email (only the flags given change)')
    .option('--host <host>', 'SMTP server, e.g. smtp.gmail.com')
    .option('--port <port>', 'port (default: 587 for starttls, 465 for tls)')
    .option('--security <mode>', 'starttls | tls | none (none only for a server on 127.0.0.1)')
    .option('--user <name>', 'login name (default: the From address)')
    .option('--from <address>', 'your From address (default: your profile email)')
    .option('--from-name <name>', 'the name shown to recipients (default: your profile name)')
    .option('--bcc-self', 'send yourself a Bcc copy of every message')
    .option('--no-bcc-self', 'stop sending yourself a copy')
    .option('--password-stdin', 'read the password (e.g. an app password) from standard input')
    .option('--ask-password', 'ask for the password on the terminal (masked)')
    // Hidden: only there to explain why a password flag is refused.
    .addOption(new Option('--password <value>').hideHelp())
    .option('--show', 'show the settings (the password only as set / not set)')
    .option('--json', 'print the settings as JSON (never the password)')
    .addHelpText(
      'after',
      `
The password is stored encrypted (AES-256-GCM); its key is a file of mode 0600 beside the database
(followthrough.db.key) or at $FOLLOWTHROUGH_KEY_FILE. Gmail needs an app password (2-Step Verification on).

Examples:
  $ followthrough settings smtp --host smtp.gmail.com --from you@gmail.com --ask-password
  $ pass show gmail-app | followthrough settings smtp --password-stdin
  $ followthrough settings smtp --show
`,
    )
    .action(async (flags: SmtpFlags) => {
      if (flags.password !== undefined)
        // A plain message: a field problem would quote the value back, and this value is a secret.
        throw new AppError(
          'bad-input',
          '--password is not accepted on the command line (it would stay in your shell history and be visible to other programs). Pipe it in with --password-stdin, or use --ask-password.',
        );
      const api = await ctx.api();
      const input: SmtpSettingsInput = {
        ...(flags.host !== undefined && { host: flags.host }),
        ...(flags.port !== undefined && { port: flags.port }),
        ...(flags.security !== undefined && { security: flags.security as SmtpSettingsInput['security'] }),
        ...(flags.user !== undefined && { user: flags.user }),
        ...(flags.from !== undefined && { from: flags.from }),
        ...(flags.fromName !== undefined && { fromName: flags.fromName }),
        ...(flags.bccSelf !== undefined && { bccSelf: flags.bccSelf }),
      };
      const changing = Object.keys(input).length > 0 || flags.passwordStdin || flags.askPassword;
      if (flags.show || !changing) return show(ctx, await api.smtp.get(), flags.json);
      if (flags.passwordStdin) input.password = await readSecretFromStdin();
      else if (flags.askPassword) {
        if (!ctx.io.interactive)
          throw badInput([{ field: '--ask-password', message: 'needs a terminal; use --password-stdin in scripts' }]);
        input.password = await askSecret('SMTP password (for Gmail: an app password)');
      }
      const saved = await api.smtp.update(input);
      if (flags.json) return printJson(ctx.io, saved);
      ctx.io.out(`Saved your SMTP settings.\n${settingsText(saved)}`);
      if (saved.username && !saved.passwordSet)
        ctx.io.err('No password stored yet: add it with --ask-password, or pipe it in with --password-stdin.\n');
    });
}

function show(ctx: CliContext, s: SmtpSettingsView, json?: boolean): void {
  if (json) {
    printJson(ctx.io, s);
    return;
  }
  if (!s.configured) {
    ctx.io.out(
      'No SMTP settings yet. Set them with e.g.\n  followthrough settings smtp --host smtp.gmail.com --from you@gmail.com --ask-password\nWithout them, use `followthrough eml MESSAGE_ID -o FILE.eml` or `followthrough mailto MESSAGE_ID`.\n',
    );
    return;
  }
  ctx.io.out(settingsText(s));
}

function settingsText(s: SmtpSettingsView): string {
  const rows: [string, string][] = [
    ['Server', `${s.host}:${s.port} (${s.security})`],
    ['Login', s.username || '(none)'],
    ['Password', s.passwordSet ? '******** (stored encrypted)' : '(not set)'],
    ['From', s.fromName ? `${s.fromName} <${s.fromAddress}>` : s.fromAddress],
    ['Bcc to self', s.bccSelf ? 'yes' : 'no'],
  ];
  return `${rows.map(([k, v]) => `${`${k}:`.padEnd(13)}${clean(v)}`).join('\n')}\n`;
}
