// Printing: one JSON document for --json, and terminal-safe text for people.
import type { CliIo } from './context.js';

export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

// C0/C1 controls (ESC starts terminal escape sequences) and bidi overrides that could disguise text.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** User text made safe for a terminal; newlines kept. */
export const clean = (s: string): string => s.replace(UNSAFE, '?');

/** User text on one line, cut to `max` characters. */
export function cell(s: string, max: number): string {
  const flat = clean(s).replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A plain text table: header row, then rows, columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
