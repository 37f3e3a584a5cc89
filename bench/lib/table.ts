// The one table `npm run bench` prints: each measurement beside its baseline from the same run.
export interface BenchRow {
  measurement: string;
  result: string;
  baseline: string;
  /** result ÷ baseline. */
  ratio: string;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const kb = (bytes: number): string => `${fmt(bytes / 1024, 1)} KB`;
export const mb = (bytes: number): string => `${fmt(bytes / 1024 / 1024, 1)} MB`;

/** How many times `a` is `b`, e.g. "0.42x". */
export const times = (a: number, b: number): string => (b > 0 ? `${fmt(a / b, a / b < 10 ? 2 : 1)}x` : 'n/a');

export function markdownTable(rows: BenchRow[]): string {
  const header = ['measurement', 'result', 'baseline (same run)', 'ratio'];
  const cells = rows.map((r) => [r.measurement, r.result, r.baseline, r.ratio].map((c) => c.replace(/\|/g, '\\|')));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (cs: string[]) => `| ${cs.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}
