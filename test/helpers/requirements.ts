// Suites that need something this machine may lack (PostgreSQL, Chromium) run when it is there and
// otherwise say, in one line, what was skipped and how to enable it. Under CI=true a missing
// requirement is a failure: CI must run everything.
import { appendFileSync } from 'node:fs';

export interface Requirement {
  /** True when available. When not: prints the skip line once, or throws under CI. */
  check(): boolean;
}

const reported = new Set<string>();

export function requirement(r: { what: string; available: () => boolean; howToEnable: string }): Requirement {
  return {
    check() {
      if (r.available()) return true;
      const line = `SKIPPED ${r.what}: ${r.howToEnable}`;
      if (process.env.CI === 'true') throw new Error(`CI=true but ${line}`);
      if (!reported.has(r.what)) {
        reported.add(r.what);
        process.stderr.write(`${line}\n`);
        // The test runner collects these lines so the summary lists every skipped suite once.
        if (process.env.FT_SKIP_LOG) appendFileSync(process.env.FT_SKIP_LOG, `${line}\n`);
      }
      return false;
    },
  };
}
