// Per-call costs inside one process at full size: what is due this week for the bench owner, and
// the plan of one interview recomputed, each against a cheap read through the same app and store.
import { openApp } from '../../src/app/open.js';
import { type BenchRow, fmt, times } from '../lib/table.js';

async function perCall(fn: () => Promise<unknown>, calls: number): Promise<number> {
  for (let i = 0; i < Math.min(20, calls); i++) await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  return (performance.now() - start) / calls;
}

export async function queryRows(
  label: string,
  target: string,
  sampleInterview: string,
  calls = 200,
): Promise<BenchRow[]> {
  const app = await openApp({ target, log: () => {} });
  try {
    const { api } = app;
    const dueCount = (await api.followUps.due({ days: 7 })).length;
    const due = await perCall(() => api.followUps.due({ days: 7 }), calls);
    const profile = await perCall(() => api.profile.get(), calls);
    const plan = await perCall(() => api.followUps.plan(sampleInterview), calls);
    const show = await perCall(() => api.interviews.show(sampleInterview), calls);
    return [
      {
        measurement: `due query: this owner, next 7 days (${dueCount} touches of 1M), ${label}`,
        result: `${fmt(due, 2)} ms/call`,
        baseline: `${fmt(profile, 2)} ms (profile read)`,
        ratio: times(due, profile),
      },
      {
        measurement: `plan recomputation for one interview, ${label}`,
        result: `${fmt(plan, 2)} ms/call`,
        baseline: `${fmt(show, 2)} ms (interview read)`,
        ratio: times(plan, show),
      },
    ];
  } finally {
    await app.close();
  }
}
