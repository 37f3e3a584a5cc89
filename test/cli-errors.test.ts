// Exit codes and error messages of the bundled bin: 2 for bad input (naming the flag), 3 for not
// found, commander's own parse errors included; errors on stderr only, never a stack trace.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BIN, cleanEnv, type Sandbox, sandbox } from './helpers/cli-bin.js';

const GOOD = ['--company', 'Acme Corp', '--role', 'PM', '--at', '2026-03-03T10:00', '--tz', 'America/New_York'];

/** Replaces the value after `flag` in GOOD (or appends the pair). */
function withFlag(flag: string, value: string): string[] {
  const args = [...GOOD];
  const i = args.indexOf(flag);
  if (i >= 0) args[i + 1] = value;
  else args.push(flag, value);
  return ['interview', 'add', ...args, '--json'];
}

describe('followthrough exit codes (bundled bin)', () => {
  let s: Sandbox;
  let id: string;

  before(() => {
    s = sandbox();
    id = s.json<{ id: string }>('interview', 'add', ...GOOD, '--interviewer', 'Dana Reyes', '--json').id;
  });
  after(() => s.remove());

  const badInput: [string, string[], RegExp][] = [
    [
      'an impossible --at',
      withFlag('--at', '2026-02-30T10:00'),
      /^error: --at must be a local date and time.*for example: 2026-03-03T10:00/m,
    ],
    ['--at in another format', withFlag('--at', '3 March 2026 10am'), /^error: --at /m],
    ['an unknown --tz', withFlag('--tz', 'Mars/Olympus_Mons'), /^error: --tz is not a known IANA time zone/m],
    [
      'a javascript: posting URL',
      withFlag('--posting-url', 'javascript:alert(1)'),
      /^error: --posting-url must be a web address starting with http/m,
    ],
    ['a bad --permission', withFlag('--permission', 'maybe'), /^error: --permission must be one of yes, no, unknown/m],
    ['a bad --next-step', withFlag('--next-step', 'x'.repeat(1001)), /^error: --next-step is too long/m],
    [
      'an unparseable --interviewer',
      withFlag('--interviewer', 'Dana <not-an-email>'),
      /^error: --interviewer: "Dana <not-an-email>" is not/m,
    ],
    ['an unknown option', ['interview', 'add', ...GOOD, '--bogus'], /unknown option '--bogus'/],
    ['a missing argument', ['interview', 'show'], /missing required argument/],
    ['an unknown command', ['interviews'], /unknown command 'interviews'/],
    ['a subcommand group without a subcommand', ['interview'], /Usage: followthrough interview/],
    [
      '--idea before any --challenge',
      ['notes', 'ID', '--interviewer', 'Dana', '--idea', 'x', '--challenge', 'y'],
      /^error: --idea: "x" comes before any --challenge/m,
    ],
    ['no flags and no terminal', ['interview', 'add'], /pass at least --company, --role, --at and --tz/],
    [
      'serve on 0.0.0.0 without --allow-remote',
      ['serve', '--host', '0.0.0.0', '--port', '0'],
      /^error: --host: 0\.0\.0\.0 is not a loopback address.*--allow-remote/m,
    ],
    ['serve on a bad port', ['serve', '--port', '70000'], /^error: --port must be a whole number/m],
  ];

  for (const [what, args, message] of badInput) {
    test(`exit 2 for ${what}`, () => {
      const r = s.run(...args);
      assert.equal(r.code, 2, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '', 'errors never go to stdout');
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  test('every field problem gets its own line, each naming its flag', () => {
    const r = s.run(
      'interview',
      'add',
      '--company',
      'Acme',
      '--role',
      'PM',
      '--at',
      'soon',
      '--tz',
      'Nowhere',
      '--json',
    );
    assert.equal(r.code, 2);
    const lines = r.stderr.trim().split('\n');
    assert.ok(
      lines.some((l) => l.startsWith('error: --at ')),
      r.stderr,
    );
    assert.ok(
      lines.some((l) => l.startsWith('error: --tz ')),
      r.stderr,
    );
  });

  test('nothing is recorded when the input is bad', () => {
    s.run(...withFlag('--tz', 'Nowhere'));
    assert.equal(s.json<unknown[]>('interview', 'list', '--json').length, 1);
  });

  test('exit 3 for an id that does not exist, with a hint', () => {
    for (const args of [
      ['interview', 'show', 'iv_nope'],
      ['interview', 'show', 'iv_nope', '--json'],
      ['interview', 'edit', 'iv_nope', '--stage', 'x'],
      ['interview', 'delete', 'iv_nope', '--yes'],
      ['notes', 'iv_nope', '--interviewer', 'Dana', '--topic', 'pricing'],
    ]) {
      const r = s.run(...args);
      assert.equal(r.code, 3, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^error: No interview with id "iv_nope"\. Find them with `followthrough interview list`/);
      assert.equal(r.stdout, '');
    }
  });

  test('exit 2 when notes name someone not on the panel, listing the panel', () => {
    const r = s.run('notes', id, '--interviewer', 'Zed', '--topic', 'x');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^error: --interviewer: "Zed" is not on this interview's panel \(panel: Dana Reyes\)/);
  });

  test('exit 0 for help and version, printed on stdout', () => {
    const help = s.run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Examples:/);
    assert.match(help.stdout, /Exit codes: 0 ok, 1 failure, 2 bad input, 3 not found/);
    const addHelp = s.run('interview', 'add', '--help');
    assert.equal(addHelp.code, 0);
    assert.match(addHelp.stdout, /--interviewer <person>/);
    const version = s.run('--version');
    assert.equal(version.code, 0);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(version.stdout, `${pkg.version}\n`);
  });

  test('a database path below a regular file is bad input that says how to fix it', () => {
    const r = s.raw(['--db', `${s.db}/below-a-file.db`, 'interview', 'list']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /is a file, so the database cannot go under it: choose a path/);
  });

  test('an unexpected failure is one line plus a hint, with details only under FOLLOWTHROUGH_DEBUG=1', () => {
    // A damaged SQLite file (its header, then noise): nothing the user typed is wrong, opening it fails.
    // (A file that is not SQLite at all is refused as bad input before it is opened: cli-hardening.)
    const garbage = join(s.dir, 'not-a-database.db');
    const noise = 'plain text, not a database: long enough to be read as a header page.'.repeat(4);
    writeFileSync(garbage, `SQLite format 3\u0000${noise}`, { mode: 0o600 });
    const args = ['--db', garbage, 'interview', 'list'];
    const r = s.raw(args);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: Could not open .*not-a-database\.db: file is not a database/);
    assert.match(r.stderr, /\(run with FOLLOWTHROUGH_DEBUG=1 for details\)/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const debug = s.raw(args, { ...process.env, DATABASE_URL: '', FOLLOWTHROUGH_DEBUG: '1' });
    assert.equal(debug.code, 1);
    assert.match(debug.stderr, /\n\s+at /);
  });
});

describe('a reader that closes the pipe early', () => {
  test('`followthrough interview list | head -1` ends quietly, without an EPIPE trace', async () => {
    const s = sandbox();
    try {
      s.json('interview', 'add', ...GOOD, '--json');
      // The reading end is closed before the CLI writes, as `head` does once it has its line.
      const child = spawn(process.execPath, [BIN, '--db', s.db, 'interview', 'list'], {
        env: cleanEnv(s.dir),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
      });
      const [code] = (await once(child, 'close')) as [number | null];
      assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
      assert.equal(code, 0);
    } finally {
      s.remove();
    }
  });
});
