// runCli in-process with injected dependencies: which commands open the store, how errors become
// exit codes, and how `serve` uses the server it is given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FollowThrough } from '../app/index.js';
import { AppError, notFound } from '../core/errors.js';
import type { CliDeps, RunningServer } from './context.js';
import { runCli } from './run.js';

interface Harness {
  deps: CliDeps;
  out: () => string;
  err: () => string;
  opened: () => number;
  closed: () => number;
  dbFlags: (string | undefined)[];
}

function harness(api: Partial<FollowThrough> = {}, extra: Partial<CliDeps> = {}): Harness {
  let out = '';
  let err = '';
  let opened = 0;
  let closed = 0;
  const dbFlags: (string | undefined)[] = [];
  const deps: CliDeps = {
    version: '0.0.0-test',
    io: {
      out: (s) => {
        out += s;
      },
      err: (s) => {
        err += s;
      },
      interactive: false,
    },
    openApp: async (db) => {
      opened++;
      dbFlags.push(db);
      return { api: api as FollowThrough, close: async () => void closed++ };
    },
    startServer: async () => {
      throw new Error('not expected');
    },
    waitForStop: async () => 'SIGTERM',
    pagePath: () => '/',
    ...extra,
  };
  return { deps, out: () => out, err: () => err, opened: () => opened, closed: () => closed, dbFlags };
}

test('help, parse errors and refusals never open the store', async () => {
  for (const [argv, code] of [
    [['--help'], 0],
    [['interview', 'add', '--help'], 0],
    [['interview', 'add', '--bogus'], 2],
    [['interview', 'show'], 2],
    [['interview', 'add'], 2],
    [['interview', 'delete', 'iv_1'], 2],
    [['interview', 'edit', 'iv_1', '--json'], 2],
    [['serve', '--host', '0.0.0.0'], 2],
    [['notes', 'iv_1', '--idea', 'x'], 2],
  ] as const) {
    const h = harness();
    assert.equal(await runCli([...argv], h.deps), code, argv.join(' '));
    assert.equal(h.opened(), 0, argv.join(' '));
  }
});

test('--db is passed to the store before or after the subcommand, and the store is closed', async () => {
  const list = async () => [];
  for (const argv of [
    ['--db', '/tmp/x.db', 'interview', 'list'],
    ['interview', 'list', '--db', '/tmp/x.db'],
  ]) {
    const h = harness({ interviews: { list } as unknown as FollowThrough['interviews'] });
    assert.equal(await runCli(argv, h.deps), 0);
    assert.deepEqual(h.dbFlags, ['/tmp/x.db']);
    assert.equal(h.closed(), 1);
    assert.match(h.out(), /No interviews yet/);
  }
});

test('app errors map to exit codes; messages go to stderr only', async () => {
  const cases: [Error, number][] = [
    [notFound('interview', 'iv_x'), 3],
    [new AppError('bad-input', 'bad', [{ field: 'nextStep', message: 'is too long' }]), 2],
    [new AppError('conflict', 'taken'), 1],
    [new Error('disk on fire\nsecond line'), 1],
  ];
  for (const [error, code] of cases) {
    const show = async () => {
      throw error;
    };
    const h = harness({ interviews: { show } as unknown as FollowThrough['interviews'] });
    assert.equal(await runCli(['interview', 'show', 'iv_x', '--json'], h.deps), code);
    assert.equal(h.out(), '');
    assert.match(h.err(), /^error: /);
    assert.doesNotMatch(h.err(), /\n\s+at /);
  }
  const h = harness({
    interviews: {
      show: async () => {
        throw new AppError('bad-input', 'bad', [{ field: 'nextStep', message: 'is too long' }]);
      },
    } as unknown as FollowThrough['interviews'],
  });
  await runCli(['interview', 'show', 'x'], h.deps);
  assert.equal(h.err(), 'error: --next-step is too long\n');
});

test('an unexpected error shows one line and the debug hint; its stack only in debug mode', async () => {
  const show = async () => {
    throw new Error('disk on fire\nsecond line');
  };
  const api = { interviews: { show } as unknown as FollowThrough['interviews'] };
  const quiet = harness(api);
  await runCli(['interview', 'show', 'x'], quiet.deps);
  assert.equal(quiet.err(), 'error: disk on fire\n(run with FOLLOWTHROUGH_DEBUG=1 for details)\n');
  const loud = harness(api);
  await runCli(['interview', 'show', 'x'], loud.deps, true);
  assert.match(loud.err(), /\n\s+at /);
});

test('serve prints the URL with a trailing slash, waits for a stop signal, then closes the server and store', async () => {
  const events: string[] = [];
  const server: RunningServer = { url: 'http://127.0.0.1:4100', close: async () => void events.push('server closed') };
  let given: { host: string; port: number } | undefined;
  const h = harness(
    {},
    {
      startServer: async (o) => {
        given = { host: o.host, port: o.port };
        return server;
      },
      waitForStop: async () => {
        events.push('stop');
        return 'SIGINT';
      },
    },
  );
  assert.equal(await runCli(['serve'], h.deps), 0);
  assert.deepEqual(given, { host: '127.0.0.1', port: 4100 });
  assert.equal(h.out(), 'Follow-Through is running at http://127.0.0.1:4100/\n');
  assert.deepEqual(events, ['stop', 'server closed']);
  assert.equal(h.closed(), 1);
});

test('serve: a port in use is exit 1 with advice; --allow-remote warns on stderr', async () => {
  const inUse = harness(
    {},
    {
      startServer: async () => {
        throw Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
      },
    },
  );
  assert.equal(await runCli(['serve', '--port', '4100'], inUse.deps), 1);
  assert.match(inUse.err(), /^error: 127\.0\.0\.1:4100 is already in use.*--port 4101/);

  const remote = harness({}, { startServer: async () => ({ url: 'http://0.0.0.0:1/', close: async () => {} }) });
  assert.equal(await runCli(['serve', '--host', '0.0.0.0', '--allow-remote'], remote.deps), 0);
  assert.match(remote.err(), /^warning: listening on 0\.0\.0\.0: there is no login yet/);
});

test('timeframe answers without the store when --from and --country are given', async () => {
  const h = harness();
  const argv = ['timeframe', 'we hope to decide by the end of next week', '--from', '2026-03-03', '--country', 'us'];
  assert.equal(await runCli([...argv, '--json'], h.deps), 0, h.err());
  assert.equal(h.opened(), 0);
  const frame = JSON.parse(h.out()) as { latest: string; firmness: string; checkInOn: string };
  assert.deepEqual([frame.latest, frame.firmness, frame.checkInOn], ['2026-03-13', 'soft', '2026-03-17']);
  const bad = harness();
  assert.equal(await runCli(['timeframe', 'x', '--from', '2026-02-30', '--country', 'US'], bad.deps), 2);
  assert.equal(bad.opened(), 0);
  assert.equal(bad.err(), 'error: --from must be a date as YYYY-MM-DD; you gave "2026-02-30"\n');
});

test('timeframe fills a missing --country, or the zone for today, from the profile', async () => {
  const asked: unknown[] = [];
  const api = {
    profile: { get: async () => ({ country: 'DE', timeZone: 'Europe/Berlin' }) },
    followUps: {
      understand: async (q: unknown) => {
        asked.push(q);
        return { phrase: 'p' };
      },
    },
  } as unknown as FollowThrough;
  for (const argv of [
    ['timeframe', 'by', 'Friday', '--from', '2026-03-03'],
    ['timeframe', 'by', 'Friday', '--country', 'US'],
  ]) {
    const h = harness(api);
    assert.equal(await runCli([...argv, '--json'], h.deps), 0, h.err());
    assert.equal(h.opened(), 1);
  }
  assert.deepEqual(asked, [
    { phrase: 'by Friday', from: '2026-03-03', country: 'DE', tz: 'Europe/Berlin' },
    { phrase: 'by Friday', country: 'US', tz: 'Europe/Berlin' },
  ]);
});

test('touch refuses --until except for snooze before opening the store', async () => {
  for (const action of ['done', 'skip']) {
    const h = harness();
    assert.equal(await runCli(['touch', action, 'tc_1', '--until', '2026-03-19'], h.deps), 2);
    assert.equal(h.opened(), 0);
    assert.match(h.err(), new RegExp(`^error: --until is only for snooze, not ${action}`));
  }
});
