// Reads a PDF back the way a person would see it: poppler's pdftotext, with word boxes (points from
// the top left) for checking where things landed on the page.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requirement } from './requirements.js';

export const pdftotext = requirement({
  what: 'PDF read-back suites',
  available: () => spawnSync('pdftotext', ['-v']).status === 0,
  howToEnable: 'install poppler-utils (apt-get install poppler-utils)',
});

function withFile<T>(pdf: Uint8Array, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ft-pdf-'));
  try {
    const path = join(dir, 'in.pdf');
    writeFileSync(path, pdf);
    return fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the PDF (or of a crop of page 1: x, y, width, height in points). */
export function pdfText(pdf: Uint8Array, crop?: { x: number; y: number; width: number; height: number }): string {
  const area = crop
    ? [
        '-f',
        '1',
        '-l',
        '1',
        '-x',
        `${Math.floor(crop.x)}`,
        '-y',
        `${Math.floor(crop.y)}`,
        '-W',
        `${Math.ceil(crop.width)}`,
        '-H',
        `${Math.ceil(crop.height)}`,
      ]
    : [];
  // -r 72 makes crop units points.
  return withFile(pdf, (path) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-r', '72', ...area, path, '-'], { encoding: 'utf8' }),
  );
}

export interface Word {
  text: string;
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box, from `pdftotext -bbox`. */
export function pdfWords(pdf: Uint8Array): Word[] {
  const html = withFile(pdf, (path) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', path, '-'], { encoding: 'utf8' }),
  );
  const words: Word[] = [];
  let page = 0;
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) {
      const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      words.push({ page, xMin, yMin, xMax, yMax, text: decode(m[5] ?? '') });
    }
  }
  return words;
}

/** The page count, from pdfinfo's report. */
export function pageCount(pdf: Uint8Array): number {
  const info = withFile(pdf, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Whitespace folded to single spaces, for comparing text that pdftotext re-flowed. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
