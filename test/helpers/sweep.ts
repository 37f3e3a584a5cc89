// Shared by the sweep suites (test/sweep-cli.test.ts, test/sweep-web.test.ts): the bad values every
// input is fed, what a stack trace looks like, and a fingerprint of everything a database holds, so a
// refusal can be shown to have written nothing.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

export const BIG = 'x'.repeat(100 * 1024);
export const CONTROLS = ['a\u0000b', '\u001b[31m'];
export const IMPOSSIBLE_DATES = ['2026-02-30T10:00', '2026-13-01'];
export const WRONG_SHAPE_ID = '../../etc';
/** An id of the right shape that names nothing: `iv_zzzzzzzzzz`. */
export const unknownId = (prefix: string) => `${prefix}_zzzzzzzzzz`;

/** A stack frame or an exception's own name at the start of a line: what a user must never see. */
const STACK = [/^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m, /^\s*(\w+)?Error: /m, /node:internal/];

export function stackIn(text: string): string | undefined {
  for (const pattern of STACK) {
    const m = pattern.exec(text);
    if (m) return text.slice(Math.max(0, m.index - 80), m.index + 200);
  }
  return undefined;
}

/** Every row of every table, hashed: equal fingerprints mean nothing was written. */
export interface Fingerprint {
  take(): string;
  /** Rows per table, for a message that says what changed. */
  counts(): Record<string, number>;
  /** Whether any text stored anywhere holds `needle`: a bad value accepted must not have been kept. */
  holds(needle: string): boolean;
  close(): void;
}

export function fingerprint(file: string): Fingerprint {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const tables = () =>
    (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as {
        name: string;
      }[]
    ).map((t) => t.name);
  return {
    take: () => {
      const hash = createHash('sha256');
      for (const t of tables()) {
        hash.update(`\n#${t}\n`);
        for (const row of db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all()) {
          hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
        }
      }
      return hash.digest('hex');
    },
    counts: () =>
      Object.fromEntries(
        tables().map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]),
      ),
    holds: (needle) =>
      tables().some((t) =>
        (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).some((row) =>
          row.some((cell) => typeof cell === 'string' && cell.includes(needle)),
        ),
      ),
    close: () => db.close(),
  };
}
