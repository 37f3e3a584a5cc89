// Writes a file the user asked for with -o: never half-written (a private temp file moved into
// place), never over an existing file unless --force.
import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { AppError, badInput } from '../core/errors.js';

export function writeOutput(path: string, data: string | Uint8Array, force: boolean, mode = 0o600): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, { mode, flag: 'wx' });
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
