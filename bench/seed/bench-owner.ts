// The bench owner: the local owner (what `followthrough serve` and `due` read) with 200 interviews
// recorded through the real app API, so plans, touches and notes are exactly what the app makes.
// Ids come from the seeded PRNG and the clock is fixed, so the same seed gives the same rows.
import { createFollowThrough, LOCAL_OWNER } from '../../src/app/index.js';
import type { Store } from '../../src/store/open.js';
import { COMPANIES, FIRST, LAST, PHRASES, ROLES } from './rows.js';

const DAY = 86_400_000;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export interface BenchOwnerResult {
  owner: string;
  interviews: number;
  /** One interview id, for per-call plan benchmarks. */
  sampleInterview: string;
}

export async function seedBenchOwner(
  store: Store,
  options: { interviews: number; anchor: number; random: () => number },
): Promise<BenchOwnerResult> {
  const r = options.random;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const newId = (prefix: string) => {
    let out = '';
    for (let i = 0; i < 10; i++) out += ALPHABET[Math.floor(r() * 32)];
    return `${prefix}_${out}`;
  };
  const now = new Date(options.anchor + 12 * 3_600_000);
  const api = createFollowThrough({ store, owner: LOCAL_OWNER, clock: { now: () => now }, newId });
  await api.profile.update({
    name: 'Alex Bench',
    email: 'alex@bench.example',
    country: 'US',
    timeZone: 'America/New_York',
  });
  let sample = '';
  for (let n = 0; n < options.interviews; n++) {
    // Every fourth interview is a second round of an earlier opportunity.
    const round = n % 4 === 3 ? 2 : 1;
    const base = round === 2 ? n - 3 : n;
    const company = `${COMPANIES[base % COMPANIES.length]} ${Math.floor(base / COMPANIES.length) + 1}`;
    const start = new Date(options.anchor - Math.floor(r() * 60 - 3) * DAY);
    const at = `${start.toISOString().slice(0, 10)}T${String(9 + Math.floor(r() * 8)).padStart(2, '0')}:00`;
    const panel = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => {
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      return {
        name,
        email: `p${n}-${i}@${company.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
        title: 'Interviewer',
      };
    });
    const record = await api.interviews.add({
      company,
      role: ROLES[base % ROLES.length] as string,
      at,
      tz: 'America/New_York',
      country: 'US',
      stage: round === 2 ? 'second round' : 'first round',
      interviewers: panel,
      contact: panel[0]?.email,
      timeframe: pick(PHRASES) || undefined,
      permission: 'yes',
      why: 'I used their product every day in my last job.',
    });
    await api.interviews.recordNotes(record.id, {
      interviewer: panel[0]?.name ?? '',
      topics: ['the Q3 roadmap', 'onboarding churn'],
      challenges: [{ challenge: 'churn in the first month', idea: 'a guided first week' }],
      weakAnswer: 'the question about pricing',
    });
    if (r() < 0.2 && start.getTime() < options.anchor - 2 * DAY) {
      await api.followUps.log(record.id, {
        kind: 'reply',
        from: panel[0]?.name,
        at: at.slice(0, 10),
        note: 'still deciding',
      });
    }
    if (n === Math.floor(options.interviews / 2)) sample = record.id;
  }
  await settle(api, options.anchor, r);
  return { owner: LOCAL_OWNER, interviews: options.interviews, sampleInterview: sample };
}

// A real history: most touches already due were sent, and many older processes ended.
async function settle(api: ReturnType<typeof createFollowThrough>, anchor: number, r: () => number) {
  for (const o of await api.overview()) {
    const latest = o.interviews.at(-1);
    if (!latest) continue;
    const age = (anchor - Date.parse(latest.startsAtUtc)) / DAY;
    if (age > 25 && r() < 0.6) {
      await api.interviews.edit(latest.id, { status: r() < 0.5 ? 'rejected' : 'ghosted' });
      continue;
    }
    const plan = await api.followUps.plan(latest.id);
    for (const t of plan.touches) {
      if (t.status === 'pending' && Date.parse(t.dueAt) < anchor - DAY && r() < 0.85) await api.followUps.done(t.id);
    }
  }
}
