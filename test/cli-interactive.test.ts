// The questions `interview add` asks on a terminal, and the confirmation `interview delete` asks,
// answered through a real pseudo-terminal (util-linux `script`) the way a person would.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import type { InterviewRecord } from '../src/core/model.js';
import { BIN, cleanEnv, type Sandbox, sandbox } from './helpers/cli-bin.js';
import { requirement } from './helpers/requirements.js';

const pty = requirement({
  what: 'CLI interactive prompt tests',
  available: () => spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0,
  howToEnable: 'install util-linux (`script` provides the pseudo-terminal)',
});

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** An active prompt as clack draws it; a submitted one is drawn with ◇ instead, so it never matches. */
const active = (question: string) => `\u25c6  ${question}`;

/** Runs the bin on a pseudo-terminal; each answer is typed once its prompt (or message) has appeared. */
async function converse(s: Sandbox, args: string[], steps: [waitFor: string, keys: string][]): Promise<number | null> {
  const command = `stty cols 120 rows 40; exec ${[process.execPath, BIN, '--db', s.db, ...args].map(quote).join(' ')}`;
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: cleanEnv(s.dir),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  let waiting: { text: string; resolve: () => void } | undefined;
  const check = () => {
    if (!waiting || !screen.includes(waiting.text)) return;
    screen = '';
    waiting.resolve();
    waiting = undefined;
  };
  child.stdout.on('data', (d: Buffer) => {
    screen += d.toString().replace(ANSI, '');
    check();
  });
  const exited = once(child, 'exit');
  for (const [text, keys] of steps) {
    await Promise.race([
      new Promise<void>((resolve) => {
        waiting = { text, resolve };
        check();
      }),
      exited.then(() => {
        throw new Error(`exited before showing "${text}"; screen:\n${screen}`);
      }),
    ]);
    child.stdin.write(keys);
  }
  const [code] = (await exited) as [number | null];
  child.stdin.end();
  return code;
}

describe('followthrough on a terminal', { timeout: 60_000 }, () => {
  let s: Sandbox;
  before(() => {
    s = sandbox();
  });
  after(() => s.remove());

  test('interview add with no flags asks for each field and records the answers', {
    skip: !pty.check() && 'needs a pseudo-terminal (script from util-linux)',
  }, async () => {
    const code = await converse(
      s,
      ['interview', 'add'],
      [
        [active('Company'), 'Acme Corp\r'],
        [active('Role'), 'Product Manager\r'],
        [active('When did it start'), '2026-02-30T10:00\r'],
        // An impossible date is refused in place; the line is cleared and typed again.
        ['Use YYYY-MM-DDTHH:MM', `${'\u007f'.repeat(20)}2026-03-03T10:00\r`],
        [active('Time zone'), `${'\u007f'.repeat(60)}America/New_York\r`],
        [active('Interviewer'), 'Dana Reyes <dana@acme.example>\r'],
        [active('Another interviewer'), 'Sam Lee\r'],
        [active('Another interviewer'), '\r'],
        [active('What did they say about timing'), 'we hope to decide by Friday\r'],
        [active('Whom should you follow up with'), 'Dana\r'],
        [active('Did they say you may check in'), '\u001b[A\u001b[A\r'],
      ],
    );
    assert.equal(code, 0);
    const [record] = s.json<InterviewRecord[]>('interview', 'list', '--json');
    assert.equal(record?.opportunity.company, 'Acme Corp');
    assert.equal(record?.startsAt, '2026-03-03T10:00');
    assert.equal(record?.timeZone, 'America/New_York');
    assert.deepEqual(
      record?.participants.map((p) => p.contact.name),
      ['Dana Reyes', 'Sam Lee'],
    );
    assert.equal(record?.nextSteps.timeframe, 'we hope to decide by Friday');
    assert.equal(record?.nextSteps.contactId, record?.participants[0]?.contact.id);
    assert.equal(record?.nextSteps.permission, 'yes');
  });

  test('interview delete asks first: "no" keeps it, "yes" deletes it', {
    skip: !pty.check() && 'needs a pseudo-terminal (script from util-linux)',
  }, async () => {
    const { id } = s.json<{ id: string }>(
      'interview',
      'add',
      '--company',
      'Beta',
      '--role',
      'PM',
      '--at',
      '2026-03-04T09:00',
      '--tz',
      'UTC',
      '--json',
    );
    assert.equal(await converse(s, ['interview', 'delete', id], [[active('Delete the interview Beta'), 'n\r']]), 1);
    assert.equal(s.run('interview', 'show', id).code, 0);
    assert.equal(await converse(s, ['interview', 'delete', id], [[active('Delete the interview Beta'), 'y\r']]), 0);
    assert.equal(s.run('interview', 'show', id).code, 3);
  });
});
