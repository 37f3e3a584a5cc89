// The embedded fonts. DejaVu covers Latin with diacritics (Ł, ü), Greek and Cyrillic; the 14
// built-in PDF fonts would garble them. The files are found through the package itself, so this
// works from src/ under tsx and from the esbuild bundle in dist/ (dejavu-fonts-ttf stays external).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FILES = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const;
export type FontKey = keyof typeof FONT_FILES;

let fontDir: string | undefined;

/** The folder of DejaVu's TTF files; FOLLOWTHROUGH_FONT_DIR overrides it for unusual installs. */
export function dejavuDir(): string {
  if (fontDir) return fontDir;
  const candidates: string[] = [];
  if (process.env.FOLLOWTHROUGH_FONT_DIR) candidates.push(process.env.FOLLOWTHROUGH_FONT_DIR);
  try {
    const pkg = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
    candidates.push(join(dirname(pkg), 'ttf'));
  } catch {
    // Not resolvable from here (an odd layout): the fallbacks below and the error after them.
  }
  candidates.push(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf'));
  const found = candidates.find((dir) => existsSync(join(dir, FONT_FILES.serif)));
  if (!found) {
    throw new Error(
      'The DejaVu fonts are missing: reinstall Follow-Through (npm install), or set FOLLOWTHROUGH_FONT_DIR to a folder with DejaVuSerif.ttf.',
    );
  }
  fontDir = found;
  return found;
}

export const fontPath = (key: FontKey): string => join(dejavuDir(), FONT_FILES[key]);
