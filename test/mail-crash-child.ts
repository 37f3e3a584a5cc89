// Mail crash-test child: runs the scheduler once on the given database with a fixed clock and is
// killed (SIGKILL) by the parent mid-send. With "after-accept" it stops dead right after the server
// accepted the message, before the app records it as sent: the worst moment there is.
//   node --import tsx mail-crash-child.ts TARGET NOW_ISO after-accept|mid-data
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectSmtp } from '../src/channels/email/smtp.js';
import { testApp } from './helpers/app.js';

const [target, nowIso, mode] = process.argv.slice(2);
if (!target || !nowIso || !mode) throw new Error('usage: mail-crash-child TARGET NOW_ISO MODE');
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

const app = await testApp({
  target,
  clock: { now: () => new Date(nowIso) },
  newId: (prefix) => `${prefix}_child`,
  mail: {
    keyFile: join(tmpdir(), 'ft-mail-crash-unused.key'),
    connect: async (connection) => {
      const real = await connectSmtp(connection);
      if (mode !== 'after-accept') return real;
      return {
        close: () => real.close(),
        send: async (email) => {
          const receipt = await real.send(email);
          process.stdout.write('ACCEPTED\n');
          await new Promise(() => {}); // wait here for the kill
          return receipt;
        },
      };
    },
  },
});
process.stdout.write('READY\n');
await app.api.delivery.runDue();
process.stdout.write('DONE\n');
await app.close();
