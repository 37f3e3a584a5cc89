// Crash-test child: records interviews in a loop through the app API and prints one line per
// interview after its transaction has committed. The parent kills it with SIGKILL at random moments.
//   node crash-child DB_PATH
// stdout: "READY" once the store is open, then "ACK {id, checksum}" per committed interview.
import { openApp } from '../src/app/open.js';
import { checksum, crashInput, factsOf } from './crash-record.js';

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: crash-child DB_PATH');
// If the parent goes away, stdin closes: stop rather than loop forever.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

const app = await openApp({ target: dbPath, log: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write('READY\n');
const run = String(process.pid);
for (let i = 1; i < 1_000_000; i++) {
  const input = crashInput(run, i);
  const record = await app.api.interviews.add(input);
  // Pipes are written synchronously on Linux: once this returns, the parent can read the line.
  process.stdout.write(`ACK ${JSON.stringify({ id: record.id, checksum: checksum(factsOf(record.id, input)) })}\n`);
}
await app.close();
