import type { Command } from 'commander';
import type { Profile } from '../../core/model.js';
import type { CliContext } from '../context.js';
import { clean, printJson } from '../output.js';

interface ProfileFlags {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
  signature?: string;
  country?: string;
  tz?: string;
  json?: boolean;
}

export function profile(program: Command, ctx: CliContext): void {
  program
    .command('profile')
    .description('show your profile, or change the fields given (used in letters, From: lines and holidays)')
    .option('--name <name>', 'your name')
    .option('--email <email>', 'your email address')
    .option('--phone <phone>', 'your phone number')
    .option('--address <address>', 'your postal address; use \\n between lines')
    .option('--signature <text>', 'how you sign your notes')
    .option('--country <CC>', 'home country, two letters, e.g. US')
    .option('--tz <zone>', 'home time zone, e.g. America/New_York')
    .option('--json', 'print the profile as JSON')
    .action(async ({ json, tz, address, ...rest }: ProfileFlags) => {
      const api = await ctx.api();
      const changes = {
        ...rest,
        ...(tz !== undefined && { timeZone: tz }),
        ...(address !== undefined && { address: address.replace(/\\n/g, '\n') }),
      };
      const shown = Object.keys(changes).length > 0 ? await api.profile.update(changes) : await api.profile.get();
      if (json) printJson(ctx.io, shown);
      else ctx.io.out(profileText(shown));
    });
}

function profileText(p: Profile): string {
  const rows: [string, string][] = [
    ['Name', p.name],
    ['Email', p.email],
    ['Phone', p.phone],
    ['Address', p.address],
    ['Signature', p.signature],
    ['Country', p.country],
    ['Time zone', p.timeZone],
  ];
  const body = rows.map(([k, v]) => `${`${k}:`.padEnd(11)}${clean(v || '-').replace(/\n/g, `\n${' '.repeat(11)}`)}`);
  return `${body.join('\n')}\n`;
}
