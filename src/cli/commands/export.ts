import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError, badInput } from '../../core/errors.js';
import type { CliContext } from '../context.js';

export function exportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('write everything you have recorded to one JSON file (readable by you only)')
    .requiredOption('-o, --output <file>', 'the file to write, or - for stdout')
    .option('--force', 'overwrite the file if it exists')
    .action(async ({ output, force }: { output: string; force?: boolean }) => {
      const doc = await (await ctx.api()).exportAll();
      const json = `${JSON.stringify(doc, null, 2)}\n`;
      if (output === '-') return ctx.io.out(json);
      writeWhole(output, json, force ?? false);
      ctx.io.out(
        `Exported ${doc.interviews.length} interview(s), ${doc.opportunities.length} opportunit${doc.opportunities.length === 1 ? 'y' : 'ies'} and ${doc.contacts.length} contact(s) to ${output}.\n`,
      );
    });
}

/** Writes a private temp file, then moves it into place: the export is never seen half-written. */
function writeWhole(path: string, data: string, force: boolean): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    throw new AppError('failure', `Could not write ${path}: ${(error as Error).message}`);
  }
  try {
    if (force) renameSync(temp, path);
    else linkSync(temp, path); // fails if the file exists, with no window in which it could be clobbered
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw badInput([{ field: '--output', message: `${path} already exists; pass --force to overwrite it` }]);
    }
    throw new AppError('failure', `Could not write ${path}: ${(error as Error).message}`);
  } finally {
    rmSync(temp, { force: true });
  }
}
