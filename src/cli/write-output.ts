// Writes a file the user asked for with -o, the one writer every command uses: readable by its owner
// only (0600), never half-written (a private temp file moved into place), never over an existing file
// unless --force, never through a symbolic link, never in place of a folder or a device.
import { chmodSync, linkSync, lstatSync, renameSync, rmSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError, badInput } from '../core/errors.js';

const refuse = (message: string, example?: string) =>
  badInput([{ field: '--output', message, ...(example && { example }) }]);

// What a user can fix by choosing another path (exit 2); anything else is a failure (exit 1).
const BAD_PATH: Record<string, string> = {
  ENOENT: 'is in a folder that does not exist',
  ENOTDIR: 'is in a folder that does not exist',
  EACCES: 'is in a folder you may not write to',
  EPERM: 'is in a folder you may not write to',
  EROFS: 'is on a read-only disk',
  EISDIR: 'is a folder; give a file name',
  ENAMETOOLONG: 'is too long a file name',
};

const lstatOrNull = (path: string): Stats | null => {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw writeError(path, error);
  }
};

function writeError(path: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const bad = BAD_PATH[code];
  if (bad) return refuse(`${path} ${bad}`);
  return new AppError('failure', `Could not write ${path}: ${(error as Error).message}`);
}

/**
 * Checks that `path` can be written, without writing: a command that also saves something (such as
 * `sheet --point`) checks first, so a bad path saves nothing.
 */
export function checkOutput(path: string, force: boolean): void {
  if (path.trim() === '') throw refuse('is empty: give a file name', 'followthrough.json');
  // NUL cannot be in a path; the other control characters are a pasting accident or a terminal escape.
  if (/[\u0000-\u001f\u007f]/.test(path)) throw refuse('is not a file name (it holds control characters)');
  const existing = lstatOrNull(path);
  if (existing) {
    if (existing.isSymbolicLink()) throw refuse(`${path} is a symbolic link; give the path of a plain file`);
    if (existing.isDirectory()) throw refuse(`${path} is a folder; give a file name`);
    if (!existing.isFile()) throw refuse(`${path} is not a regular file (a device or a pipe); give a file name`);
    if (!force) throw refuse(`${path} already exists; pass --force to overwrite it`);
  }
  const folder = dirname(path);
  let stats: Stats;
  try {
    stats = statSync(folder);
  } catch (error) {
    throw writeError(path, error);
  }
  if (!stats.isDirectory()) throw refuse(`${path} is in ${folder}, which is not a folder`);
  if (basename(path) === '.' || basename(path) === '..') throw refuse(`${path} is a folder; give a file name`);
}

export function writeOutput(path: string, data: string | Uint8Array, force: boolean, mode = 0o600): void {
  checkOutput(path, force);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    // wx: O_EXCL, which also refuses to follow a symbolic link planted at the temp name.
    writeFileSync(temp, data, { mode, flag: 'wx' });
    chmodSync(temp, mode); // the umask may have taken bits away; never more than `mode`
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeError(path, error);
  }
  try {
    // Checked again at the last moment: a folder or link that appeared since is not replaced.
    const now = lstatOrNull(path);
    if (now && !now.isFile()) checkOutput(path, force);
    if (force) renameSync(temp, path);
    else linkSync(temp, path); // fails if the file exists, with no window in which it could be clobbered
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw refuse(`${path} already exists; pass --force to overwrite it`);
    throw writeError(path, error);
  } finally {
    rmSync(temp, { force: true });
  }
}
