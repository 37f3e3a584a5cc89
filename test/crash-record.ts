// What the crash child writes for interview number i, and a checksum of it that the child prints
// once the transaction has committed and the parent recomputes from the database after a kill.
import { createHash } from 'node:crypto';

export interface CrashFacts {
  id: string;
  company: string;
  role: string;
  startsAt: string;
  timeZone: string;
  /** In panel order. */
  participants: { role: string; email: string; name: string }[];
  timeframe: string;
  permission: string;
  /** Email of the follow-up contact. */
  contactEmail: string | null;
}

/** Every interview the child records has exactly this many participants: fewer means a partial write. */
export const PANEL_SIZE = 2;

/** The input for the i-th interview of a child run: a few companies and people recur, so opportunities
 * and contacts are reused across rounds (updates, not just inserts, happen inside each transaction). */
export function crashInput(run: string, i: number) {
  const dana = i % 5;
  const sam = i % 7;
  const company = `Crash Co ${i % 3}`;
  return {
    company,
    role: 'Engineer',
    at: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:30`,
    tz: i % 2 === 0 ? 'America/New_York' : 'Europe/Berlin',
    interviewers: [
      { name: `Dana ${dana}`, email: `dana${dana}@crash.example`, role: 'interviewer' as const },
      { name: `Sam ${sam}`, email: `sam${sam}@crash.example`, role: 'hiring-manager' as const },
    ],
    contact: `dana${dana}@crash.example`,
    timeframe: `by Friday, run ${run} round ${i}`,
    permission: (['yes', 'no', 'unknown'] as const)[i % 3] ?? 'unknown',
  };
}

export function factsOf(id: string, input: ReturnType<typeof crashInput>): CrashFacts {
  return {
    id,
    company: input.company,
    role: input.role,
    startsAt: input.at,
    timeZone: input.tz,
    participants: input.interviewers.map((p) => ({ role: p.role, email: p.email, name: p.name })),
    timeframe: input.timeframe,
    permission: input.permission,
    contactEmail: input.contact,
  };
}

export function checksum(f: CrashFacts): string {
  return createHash('sha256').update(JSON.stringify(f)).digest('hex').slice(0, 16);
}
