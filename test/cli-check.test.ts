// `followthrough check` against the bundled bin: the --json contract, a note from a file or piped
// in, strict refusal of what is not a text note (exit 2), names checked against an interview, and
// an unknown interview (exit 3).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { InterviewRecord } from '../src/core/model.js';
import { CHECK_IDS, CHECKLISTS, type NoteReport } from '../src/core/notes/types.js';
import { BIN, cleanEnv, type Result, type Sandbox, sandbox } from './helpers/cli-bin.js';

const GENERIC = 'Thank you for your time. I am excited about the opportunity and look forward to hearing from you.\n';
const GOOD = `Dear Dana,

Thank you for walking me through the Q3 roadmap today. I want this role because I used Acme dashboards every day to plan stock for forty stores.
At Brightpath I led the onboarding redesign that cut churn by 40%, and I would bring that approach to your enterprise accounts.
For the churn in enterprise accounts you mentioned, one idea is a quarterly health review with each account's sponsor.

Best regards,
Alex
`;

describe('followthrough check (bundled bin)', () => {
  let s: Sandbox;
  let iv: InterviewRecord;
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(s.dir, name);
    writeFileSync(path, content);
    return path;
  };
  /** Runs the bin with `input` piped to its standard input. */
  const pipe = (input: string | Uint8Array, ...args: string[]): Result => {
    const r = spawnSync(process.execPath, [BIN, '--db', s.db, ...args], {
      env: cleanEnv(s.dir),
      input,
      encoding: 'utf8',
    });
    if (r.error) throw r.error;
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const refused = (r: Result, code: number, message: RegExp) => {
    assert.equal(r.code, code, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '', 'errors never go to stdout');
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  };

  before(() => {
    s = sandbox();
    iv = s.json<InterviewRecord>(
      'interview',
      'add',
      '--company',
      'Acme Analytics',
      '--role',
      'Senior Product Manager',
      '--at',
      '2026-03-03T10:00',
      '--tz',
      'America/New_York',
      '--interviewer',
      'Dana Reyes <dana@acme.example>',
      '--interviewer',
      'Sam Lee',
      '--json',
    );
    s.json(
      'notes',
      iv.id,
      '--interviewer',
      'Dana',
      '--topic',
      'Q3 roadmap',
      '--challenge',
      'churn in enterprise accounts',
      '--json',
    );
  });
  after(() => s.remove());

  test('--json prints exactly { kind, score, generic, checks } with every check in order', () => {
    const r = s.run('check', file('good.txt', GOOD), '--json');
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as NoteReport;
    assert.deepEqual(Object.keys(doc), ['kind', 'score', 'generic', 'checks']);
    assert.equal(doc.kind, 'thank-you');
    assert.ok(Number.isInteger(doc.score) && doc.score >= 0 && doc.score <= 100);
    assert.equal(doc.generic, false);
    assert.deepEqual(
      doc.checks.map((c) => c.id),
      [...CHECK_IDS],
    );
    for (const c of doc.checks) {
      assert.deepEqual(Object.keys(c), ['id', 'passed', 'weight', 'evidence', 'advice'], c.id);
      assert.ok(c.passed === true || c.passed === false || c.passed === null, c.id);
      assert.equal(typeof c.weight, 'number');
      assert.equal(typeof c.advice, 'string');
      for (const e of c.evidence) {
        assert.deepEqual(Object.keys(e), ['text', 'start', 'end']);
        assert.equal(GOOD.slice(e.start, e.end), e.text, `${c.id} evidence is a range of the note`);
      }
    }
    assert.ok((doc.checks.find((c) => c.id === 'interest')?.evidence.length ?? 0) > 0);
  });

  test('--kind scores a reply to a rejection on its own checklist, and an unknown kind is exit 2', () => {
    const reply = [
      'Dear Dana,',
      '',
      'Thank you for letting me know, and for the time you and the team gave me over the last weeks.',
      'I enjoyed learning about the Q3 roadmap. If you have a moment, I would value any feedback on',
      'how I could have been a stronger candidate. I hope our paths cross again, and I would be glad',
      'to hear from you if another role opens up.',
      '',
      'Best regards,',
      'Alex',
    ].join('\n');
    const r = s.run('check', file('reply.txt', reply), '--kind', 'rejection-reply', '--json');
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as NoteReport;
    assert.equal(doc.kind, 'rejection-reply');
    assert.deepEqual(
      doc.checks.map((c) => c.id),
      [...CHECKLISTS['rejection-reply']],
    );
    assert.ok(!doc.checks.some((c) => c.id === 'interest' || c.id === 'challenge'), 'no pitch asked of a reply');
    assert.ok(doc.score >= 85, `a gracious reply that asks for feedback scores well (got ${doc.score})`);
    const text = s.run('check', file('reply.txt', reply), '--kind', 'rejection-reply');
    assert.match(text.stdout, /^Score: \d+\/100 as a reply to a rejection/);
    const bad = s.run('check', file('reply.txt', reply), '--kind', 'thankyou');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--kind.*must be one of thank-you, check-in/);
  });

  test('the same note from a file, from "-" and piped without a file gives the same report', () => {
    const fromFile = s.json<NoteReport>('check', file('generic.txt', GENERIC), '--json');
    const dash = pipe(GENERIC, 'check', '-', '--json');
    const bare = pipe(GENERIC, 'check', '--json');
    assert.equal(dash.code, 0, dash.stderr);
    assert.equal(bare.code, 0, bare.stderr);
    assert.deepEqual(JSON.parse(dash.stdout), fromFile);
    assert.deepEqual(JSON.parse(bare.stdout), fromFile);
    assert.equal(fromFile.generic, true);
    assert.ok(fromFile.score <= 40, `a generic note scored ${fromFile.score}`);
  });

  test('the text report leads with the score and the generic warning, then marks, evidence and advice', () => {
    const r = pipe(GENERIC, 'check');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0] ?? '', /^Score: \d+\/100/);
    assert.match(lines[1] ?? '', /^! Generic: /);
    assert.match(r.stdout, /^✗ Why you want this job \(interest\)\n {4}→ Give a reason/m);
    assert.match(r.stdout, /^– Names, company and role \(names\)\n {4}Does not apply: give --interview/m);
    assert.match(r.stdout, /^✓ Tone \(tone\)$/m);
    const good = s.run('check', file('good2.txt', GOOD));
    assert.match(good.stdout, /^✓ Why you want this job \(interest\)\n {4}“I want this role because/m);
    assert.doesNotMatch(good.stdout, /^! Generic/m);
  });

  test('the report is safe for a terminal: bidi overrides in the note are not printed', () => {
    const sneaky = `${GOOD}I want this role because \u202egnol os\u202c it matters to me.\n`;
    const r = pipe(sneaky, 'check');
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /[\u202a-\u202e\u2066-\u2069]/);
  });

  test('what is not a text note is refused with exit 2 and says why', () => {
    refused(pipe(Uint8Array.from([0xff, 0xfe, 0x41, 0xc3, 0x28]), 'check', '-'), 2, /standard input is not UTF-8 text/);
    refused(
      s.run('check', file('binary.bin', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x80, 0x81]))),
      2,
      /binary\.bin" is not UTF-8 text/,
    );
    refused(pipe('Dear Dana\u0000, thanks', 'check', '-'), 2, /NUL byte/);
    refused(pipe('', 'check', '-'), 2, /standard input is empty/);
    refused(s.run('check', file('empty.txt', '')), 2, /empty\.txt" is empty/);
    refused(pipe(' \n\t\n', 'check'), 2, /only spaces and blank lines/);
    refused(pipe('Thanks \u001b[31m', 'check'), 2, /the note: looks like binary data/);
    refused(
      s.run('check', file('long.txt', 'a'.repeat(20_001))),
      2,
      /20,001 characters long; a note can be at most 20,000/,
    );
    // 100,000 bytes: the command stops reading once the note is certainly too long.
    refused(pipe('word '.repeat(20_000), 'check', '-'), 2, /more than 20,000 characters/);
    refused(s.run('check', join(s.dir, 'missing.txt')), 2, /missing\.txt" does not exist/);
    refused(
      s.run('check', file('ok.txt', GENERIC), '--channel', 'fax'),
      2,
      /--channel must be one of email, card, letter/,
    );
    refused(s.run('check', file('ok2.txt', GENERIC), '--to', 'Dana'), 2, /--to needs an interview/);
  });

  test('emoji and right-to-left text count as characters, not bytes', () => {
    const r = s.run('check', file('emoji.txt', '😀'.repeat(20_000)), '--json');
    assert.equal(r.code, 0, r.stderr);
    const rtl = pipe('שלום דנה, תודה רבה על הראיון “היום”. مرحبا', 'check', '--json');
    assert.equal(rtl.code, 0, rtl.stderr);
  });

  test('--interview with --to checks names, company and role against the panel', () => {
    const right = s.json<NoteReport>('check', file('right.txt', GOOD), '--interview', iv.id, '--to', 'Dana', '--json');
    const names = right.checks.find((c) => c.id === 'names');
    assert.equal(names?.passed, true);
    const wrong = GOOD.replace('Dear Dana', 'Dear Sam').replace('Acme dashboards', 'Globex dashboards');
    const r = s.json<NoteReport>('check', file('wrong.txt', wrong), '--interview', iv.id, '--to', 'Dana', '--json');
    assert.equal(r.checks.find((c) => c.id === 'names')?.passed, false);
    assert.ok(r.score < right.score);
    // Without an interview the names check does not apply at all.
    const alone = s.json<NoteReport>('check', file('alone.txt', GOOD), '--json');
    assert.equal(alone.checks.find((c) => c.id === 'names')?.passed, null);
    refused(
      s.run('check', file('x.txt', GOOD), '--interview', iv.id, '--to', 'Pat'),
      2,
      /--to: "Pat" is not on this interview's panel/,
    );
  });

  test('a note on its own opens no database (none is created)', () => {
    const db = join(s.dir, 'never', 'created.db');
    const r = s.raw(['--db', db, 'check', file('own.txt', GOOD), '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(existsSync(db), false);
    assert.equal(r.stderr, '', 'no migration messages');
  });

  test('an unknown interview is exit 3', () => {
    refused(
      s.run('check', file('y.txt', GOOD), '--interview', 'iv_doesnotexist'),
      3,
      /No interview with id "iv_doesnotexist"/,
    );
  });

  test('a FILE is not needed when the note is piped, but one of the two is', () => {
    // Standard input here is an empty pipe, not a terminal, so it is read (and found empty).
    refused(s.run('check'), 2, /standard input is empty/);
  });
});
