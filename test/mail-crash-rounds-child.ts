// Child of the randomized mail crash test: opens the app on the given database, loads everything a
// send needs (nodemailer included, so the send window is the sending itself), prints READY and waits.
// On "GO <now ISO>" it runs the scheduler once with the clock fixed at that instant, printing SENDING
// first and DONE at the end; the parent kills it (SIGKILL) somewhere in between.
//   node --import tsx mail-crash-rounds-child.ts TARGET TAG

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { testApp } from './helpers/app.js';

const [target, tag] = process.argv.slice(2);
if (!target || !tag) throw new Error('usage: mail-crash-rounds-child TARGET TAG');

let now = new Date(0);
let n = 0;
const app = await testApp({
  target,
  clock: { now: () => now },
  // Unique across rounds: every child writes to the same database.
  newId: (prefix) => `${prefix}_${tag}_${++n}`,
  mail: { keyFile: join(tmpdir(), 'ft-mail-crash-rounds-unused.key') },
});
await import('nodemailer');
await import('../src/channels/email/smtp.js');
// Connected before READY (a PostgreSQL pool connects lazily), so the window starts at the first claim.
await app.store.db.selectFrom('messages').select('id').limit(1).execute();

const lines = createInterface({ input: process.stdin });
// The parent closing stdin (it gave up on this child) ends it.
lines.on('close', () => process.exit(0));
process.stdout.write('READY\n');
for await (const line of lines) {
  const [word, at] = line.split(' ');
  if (word !== 'GO' || !at) continue;
  now = new Date(at);
  process.stdout.write('SENDING\n');
  const run = await app.api.delivery.runDue();
  process.stdout.write(`DONE ${JSON.stringify(run.outcomes.map((o) => o.status))}\n`);
  await app.close();
  process.exit(0);
}
