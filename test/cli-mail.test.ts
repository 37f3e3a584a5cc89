// Email from the bundled bin, as a user runs it: SMTP settings with the password from stdin (never a
// flag, never printed), .eml and mailto, send refused for gaps, scheduled sending by `send --due`
// (cron) and by `serve`, and messages overdue after downtime waiting for --confirm-overdue.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore, type Store } from '../src/store/open.js';
import { repos } from '../src/store/repos/index.js';
import { BIN, cleanEnv, type Sandbox, sandbox } from './helpers/cli-bin.js';
import { startSmtp, type TestSmtp } from './helpers/smtp-server.js';

const SECRET = 'cli-secret-pw-99';

interface Added {
  id: string;
  opportunityId: string;
  participants: { contact: { id: string; name: string } }[];
}

describe('email from the command line (bundled bin)', { timeout: 120_000 }, () => {
  let s: Sandbox;
  let smtp: TestSmtp;
  let store: Store;
  let interview: Added;
  let n = 0;

  before(async () => {
    s = sandbox();
    smtp = await startSmtp({ user: 'alex', password: SECRET });
    interview = s.json<Added>(
      'interview',
      'add',
      '--company',
      'Acme Corp',
      '--role',
      'PM',
      '--at',
      '2026-03-03T10:00',
      '--tz',
      'America/New_York',
      '--country',
      'US',
      '--interviewer',
      'Dana Reyes <dana@acme.example>',
      '--contact',
      'Dana',
      '--timeframe',
      'by Friday',
      '--permission',
      'yes',
      '--json',
    );
    store = await openStore({ target: s.db });
  });
  after(async () => {
    await store.close();
    await smtp.close();
    s.remove();
  });

  const message = async (body = 'Dear Dana,\n\nThank you for today.\n\nAlex') => {
    const id = `msg_cli${++n}`;
    const ok = await repos(store.db, 'local').messages.insert(
      {
        id,
        opportunityId: interview.opportunityId,
        interviewId: interview.id,
        touchId: null,
        contactId: interview.participants[0]?.contact.id ?? null,
        kind: 'thank-you',
        format: 'email',
        tone: 'warm',
        subject: 'Thank you, Dana',
        body,
        gaps: [],
        score: 80,
        generic: false,
      },
      new Date().toISOString(),
    );
    assert.ok(ok);
    return id;
  };
  const withStdin = (input: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, '--db', s.db, ...args], {
      env: cleanEnv(s.dir),
      input,
      encoding: 'utf8',
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  // The SMTP server lives in this process: commands that talk to it must not block our event loop.
  const runAsync = async (...args: string[]) => {
    const child = spawn(process.execPath, [BIN, '--db', s.db, ...args], {
      env: cleanEnv(s.dir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, stdout, stderr };
  };
  const setScheduled = (id: string, minutesAgo: number) =>
    store.db
      .updateTable('messages')
      .set({ scheduled_at: new Date(Date.now() - minutesAgo * 60_000).toISOString() })
      .where('id', '=', id)
      .execute();

  test('a password flag is refused without echoing it; --password-stdin stores it encrypted', async () => {
    const flag = s.run('settings', 'smtp', '--host', 'smtp.example.com', '--password', SECRET);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /--password-stdin/);
    assert.ok(!flag.stderr.includes(SECRET) && !flag.stdout.includes(SECRET));
    const r = withStdin(
      `${SECRET}\n`,
      'settings',
      'smtp',
      '--host',
      '127.0.0.1',
      '--port',
      String(smtp.port),
      '--security',
      'none',
      '--user',
      'alex',
      '--from',
      'alex@home.example',
      '--from-name',
      'Alex',
      '--password-stdin',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Password: {4}\*{8} \(stored encrypted\)/);
    const shown = s.run('settings', 'smtp', '--show');
    const json = s.run('settings', 'smtp', '--json');
    const exported = s.run('export', '-o', join(s.dir, 'export.json'));
    assert.equal(exported.code, 0, exported.stderr);
    for (const out of [
      r.stdout,
      r.stderr,
      shown.stdout,
      shown.stderr,
      json.stdout,
      readFileSync(join(s.dir, 'export.json'), 'utf8'),
    ])
      assert.ok(!out.includes(SECRET), 'the password was printed or exported');
    assert.equal(JSON.parse(json.stdout).passwordSet, true);
    assert.equal(statSync(`${s.db}.key`).mode & 0o777, 0o600);
    assert.ok(!readFileSync(s.db).includes(SECRET));
    const empty = withStdin('', 'settings', 'smtp', '--password-stdin');
    assert.equal(empty.code, 2);
  });

  test('eml and mailto work without sending; gaps warn on stderr; send refuses them', async () => {
    const id = await message('Dear Dana, [add: why this role]\n\nAlex');
    const file = join(s.dir, 'note.eml');
    const r = s.run('eml', id, '-o', file);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: The message still has a gap to fill \(\[add: why this role\]\)/);
    assert.match(readFileSync(file, 'utf8'), /^Subject: Thank you, Dana$/m);
    const link = s.run('mailto', id);
    assert.match(
      link.stdout,
      /^mailto:dana@acme\.example\?subject=Thank%20you%2C%20Dana&body=Dear%20Dana%2C%20%5Badd%3A/,
    );
    const send = s.run('send', id);
    assert.equal(send.code, 2);
    assert.match(send.stderr, /^error: The message still has a gap/m);
    assert.equal(smtp.received.length, 0);
  });

  test('send now; schedule with --at; `send --due` sends when due; overdue waits for confirmation', async () => {
    const now = await message();
    const sent = await runAsync('send', now);
    assert.equal(sent.code, 0, sent.stderr);
    assert.match(sent.stdout, new RegExp(`^Sent ${now} to dana@acme\\.example`));
    assert.equal(smtp.received.length, 1);

    const later = await message();
    // Two days ahead (not `--at` alone: in business hours that means the next minute, already due).
    const ahead = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const scheduled = s.run('send', later, '--at', ahead);
    assert.equal(scheduled.code, 0, scheduled.stderr);
    assert.match(scheduled.stdout, /^Scheduled msg_cli\d+ for \w{3} \d+ \w{3} \d{4}, \d\d:\d\d E[SD]T \(their time\)/);
    assert.match(s.run('outbox').stdout, new RegExp(`${later}\\s+scheduled`));
    assert.match((await runAsync('send', '--due')).stdout, /Nothing due/);
    await setScheduled(later, 1); // its time has come
    const due = await runAsync('send', '--due');
    assert.match(due.stdout, new RegExp(`Sent ${later}`));
    assert.equal(smtp.received.length, 2);

    const stale = await message();
    assert.equal(s.run('send', stale, '--at').code, 0); // alone: the suggested time
    await setScheduled(stale, 600); // due while the computer was off
    const waits = await runAsync('send', '--due');
    assert.match(waits.stdout, /fell due while Follow-Through was not running and were NOT sent/);
    assert.match(s.run('outbox').stdout, new RegExp(`${stale}\\s+overdue`));
    assert.equal(smtp.received.length, 2);
    const confirmed = await runAsync('send', '--due', '--confirm-overdue', '--json');
    assert.equal(JSON.parse(confirmed.stdout).outcomes[0].status, 'sent');
    assert.equal(smtp.received.length, 3);
  });

  test('serve runs the scheduler: a due message goes out without another command', async () => {
    const before = smtp.received.length;
    const id = await message();
    s.run('send', id, '--at');
    await setScheduled(id, 1);
    let poll: NodeJS.Timeout | undefined;
    const arrived = new Promise<void>((resolve) => {
      poll = setInterval(() => {
        if (smtp.received.length > before) resolve();
      }, 20);
    });
    const child: ChildProcess = spawn(process.execPath, [BIN, '--db', s.db, 'serve', '--port', '0'], {
      env: cleanEnv(s.dir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const exited = once(child, 'exit');
    let stopping = false;
    const exitedEarly = exited.then(() => {
      if (!stopping) throw new Error(`serve exited before sending: ${err}`);
    });
    try {
      await Promise.race([arrived, exitedEarly]);
      assert.equal(smtp.received.at(-1)?.parsed.subject, 'Thank you, Dana');
    } finally {
      clearInterval(poll);
      stopping = true;
      child.kill('SIGTERM');
      await exited;
    }
    assert.match(err, new RegExp(`email: Sent ${id}`));
    const row = await store.db.selectFrom('messages').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
  });
});
