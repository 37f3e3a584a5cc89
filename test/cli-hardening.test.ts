// Issue 15, defects 2, 3, 5, 6 and 8 on the command line (bundled bin): impossible dates exit 2
// naming the flag; --db refuses what is not a database before touching its mode; every -o goes
// through one writer; the CLI refuses what the web refuses; an .eml file is CRLF throughout.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ADD_ACME_INTERVIEW, type Result, type Sandbox, sandbox } from './helpers/cli-bin.js';

interface Added {
  id: string;
  opportunityId: string;
}

const IMPOSSIBLE = ['2026-04-31T10:00', '2026-12-32', '2026-13-01', '2026-02-30T10:00', '2026-11-31T09:00'];

/** Exit 2, one `error:` line naming `flag`, no stack trace. */
function refused(r: Result, flag: RegExp, why = ''): void {
  assert.equal(r.code, 2, `${why}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assert.match(r.stderr, /^error: /m);
  assert.match(r.stderr, flag);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

describe('hardening (issue 15, bundled bin)', { timeout: 120_000 }, () => {
  let s: Sandbox;
  let iv: Added;
  let touchId: string;
  let messageId: string;

  before(() => {
    s = sandbox();
    s.json('profile', '--name', 'Jordan Lee', '--email', 'jordan@example.org', '--json');
    iv = s.json<Added>(...ADD_ACME_INTERVIEW, '--interviewer', 'Dana Reyes <dana@acme.example>', '--json');
    touchId = s.json<{ touches: { id: string }[] }>('plan', iv.id, '--json').touches[0]?.id as string;
    messageId = s.json<{ id: string }>('draft', 'thank-you', '--interview', iv.id, '--to', 'Dana', '--json').id;
  });
  after(() => s.remove());

  describe('impossible dates exit 2 naming the flag (defect 2)', () => {
    for (const date of IMPOSSIBLE) {
      test(date, () => {
        refused(s.run('touch', 'snooze', touchId, '--until', date), /--until must be a date/, 'touch snooze');
        refused(s.run('log', 'reply', iv.id, '--at', date), /--at must be a date/, 'log reply');
        refused(s.run('outcome', iv.opportunityId, 'rejected', '--at', date), /--at must be a date/, 'outcome');
      });
    }
  });

  describe('--db is an SQLite file or a path that does not exist yet (defect 3)', () => {
    test('a folder is refused and keeps its mode', () => {
      const dir = join(s.dir, 'Documents');
      mkdirSync(dir, { mode: 0o755 });
      chmodSync(dir, 0o755);
      refused(s.raw(['--db', dir, 'interview', 'list']), /is a folder, not a database file/);
      assert.equal(statSync(dir).mode & 0o777, 0o755);
    });
    test('a file that is not a database is refused and keeps its mode', () => {
      const file = join(s.dir, 'notes.txt');
      writeFileSync(file, 'my notes, not a database\n', { mode: 0o644 });
      chmodSync(file, 0o644);
      refused(s.raw(['--db', file, 'interview', 'list']), /is not a database file/);
      assert.equal(statSync(file).mode & 0o777, 0o644);
      assert.equal(readFileSync(file, 'utf8'), 'my notes, not a database\n');
    });
    test('a device is refused', () => {
      refused(s.raw(['--db', '/dev/null', 'interview', 'list']), /not a regular file|system folder/);
    });
    test('an empty file is taken as a new database; a new path is created 0600', () => {
      const empty = join(s.dir, 'empty.db');
      writeFileSync(empty, '', { mode: 0o644 });
      const r = s.raw(['--db', empty, 'interview', 'list', '--json']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(statSync(empty).mode & 0o777, 0o600);
      const fresh = join(s.dir, 'fresh', 'new.db');
      assert.equal(s.raw(['--db', fresh, 'interview', 'list', '--json']).code, 0);
      assert.equal(statSync(fresh).mode & 0o777, 0o600);
    });
  });

  describe('one writer for every -o (defect 5)', () => {
    const outputs = (file: string): [string, string[]][] => [
      ['export', ['export', '-o', file]],
      ['letter', ['letter', messageId, '-o', file]],
      ['calendar', ['calendar', '-o', file]],
      ['eml', ['eml', messageId, '-o', file]],
      ['sheet', ['sheet', iv.id, '-o', file]],
    ];
    const pdfOrNot = (name: string, file: string) => (['letter', 'sheet'].includes(name) ? `${file}.pdf` : file);

    test('each writes 0600 and refuses to overwrite without --force', () => {
      for (const [name] of outputs('')) {
        const file = pdfOrNot(name, join(s.dir, `out-${name}`));
        const args = outputs(file).find(([n]) => n === name)?.[1] as string[];
        const first = s.run(...args);
        assert.equal(first.code, 0, `${name}: ${first.stderr}`);
        assert.equal(statSync(file).mode & 0o777, 0o600, name);
        writeFileSync(file, 'keep me');
        refused(s.run(...args), /already exists; pass --force/, name);
        assert.equal(readFileSync(file, 'utf8'), 'keep me', name);
        assert.equal(s.run(...args, '--force').code, 0, name);
        assert.equal(statSync(file).mode & 0o777, 0o600, name);
      }
    });

    test('bad paths exit 2 with a clear message, for every command', () => {
      const target = join(s.dir, 'target.txt');
      writeFileSync(target, 'not yours to change');
      const link = join(s.dir, 'link.pdf');
      symlinkSync(target, link);
      const folder = join(s.dir, 'folder.pdf');
      mkdirSync(folder);
      for (const [name] of outputs('')) {
        const at = (file: string) => outputs(file).find(([n]) => n === name)?.[1] as string[];
        refused(s.run(...at(join(s.dir, 'missing', pdfOrNot(name, 'x')))), /folder that does not exist/, name);
        refused(s.run(...at(folder)), /is a folder/, name);
        refused(s.run(...at(folder), '--force'), /is a folder/, name);
        refused(s.run(...at(link), '--force'), /symbolic link/, name);
        assert.equal(readFileSync(target, 'utf8'), 'not yours to change', name);
      }
      for (const name of ['export', 'calendar', 'eml']) {
        const at = outputs('/dev/full').find(([n]) => n === name)?.[1] as string[];
        const r = s.run(...at);
        refused(r, /not a regular file/, name);
        assert.doesNotMatch(r.stderr, /already exists/);
      }
    });

    test('export -o "" is refused', () => {
      const r = s.run('export', '-o', '');
      refused(r, /--output is empty/);
      assert.equal(r.stdout, '');
    });

    test('sheet --point saves nothing when the PDF cannot be written', () => {
      const before = s.json<{ prepared: string[] }>('sheet', iv.id, '--json').prepared;
      refused(s.run('sheet', iv.id, '--point', 'ask about Q3', '-o', join(s.dir, 'nowhere', 'x.pdf')), /--output/);
      assert.deepEqual(s.json<{ prepared: string[] }>('sheet', iv.id, '--json').prepared, before);
    });
  });

  describe('the CLI refuses what the web refuses (defect 6)', () => {
    test('an unknown --country on interview add and edit, and profile', () => {
      refused(s.run(...ADD_ACME_INTERVIEW, '--country', 'XX'), /--country: "XX" is not a country/);
      refused(s.run('interview', 'edit', iv.id, '--country', 'XX'), /--country: "XX" is not a country/);
      refused(s.run('profile', '--country', 'XX'), /--country: "XX" is not a country/);
      assert.equal(s.json<{ country: string }>('profile', '--json').country, '');
    });
    test('log reply --timeframe is refused, not dropped', () => {
      refused(s.run('log', 'reply', iv.id, '--timeframe', 'next week'), /--timeframe is only for a new date/);
    });
    test('capture --timeframe X --no-timeframe is refused, in either order', () => {
      refused(s.run('capture', iv.id, '--timeframe', 'by Friday', '--no-timeframe'), /--timeframe/);
      refused(s.run('capture', iv.id, '--no-timeframe', '--timeframe', 'by Friday'), /--timeframe/);
      refused(s.run('capture', iv.id, '--contact', 'Dana', '--no-contact'), /--contact/);
    });
    test('notes with nothing to add exit 2 saying what to add', () => {
      refused(s.run('notes', iv.id, '--interviewer', 'Dana'), /--topic is needed, or a challenge/);
    });
    test('numbers are decimal digits only', () => {
      refused(s.run('due', '--days', ''), /--days must be a whole number/);
      refused(s.run('due', '--days', '0x10'), /--days must be a whole number/);
      refused(s.run('due', '--days', '1e1'), /--days must be a whole number/);
      assert.equal(s.run('due', '--days', '16').code, 0);
      refused(s.run('outcome', iv.opportunityId, 'rejected', '--every', '0x10'), /--every(-months)? must be a whole/);
      refused(
        s.run('settings', 'smtp', '--host', 'localhost', '--port', '0x10', '--from', 'jordan@example.org'),
        /--port must be a whole number/,
      );
    });
  });

  test('an .eml file is CRLF throughout (defect 8)', () => {
    const file = join(s.dir, 'crlf.eml');
    assert.equal(s.run('eml', messageId, '-o', file).code, 0);
    const eml = readFileSync(file, 'latin1');
    assert.ok(eml.includes('\r\n\r\n'), 'a header/body separator');
    assert.doesNotMatch(eml, /[^\r]\n/, 'no bare LF');
    assert.ok(existsSync(file));
  });
});
