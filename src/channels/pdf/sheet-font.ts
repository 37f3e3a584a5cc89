// Where the DejaVu fonts are on disk. Resolved through Node's module resolution from this module, so
// it works from src/ under tsx and from the bundled dist/ chunks alike (the package is external).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let fontDir: string | null = null;

/** Absolute path of a DejaVu TrueType file, e.g. sheetFont('DejaVuSans-Bold.ttf'). */
export function sheetFont(file: string): string {
  fontDir ??= join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return join(fontDir, file);
}
