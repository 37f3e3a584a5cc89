// The CLI contract for recording and reading interviews, run against the bundled bin.
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { InterviewRecord } from '../src/core/model.js';
import { ADD_ACME_INTERVIEW, type Sandbox, sandbox } from './helpers/cli-bin.js';

const ADD = [
  ...ADD_ACME_INTERVIEW,
  '--interviewer',
  'Dana Reyes <dana@acme.example>',
  '--hiring-manager',
  'Sam Lee',
  '--timeframe',
  'we hope to decide by the end of next week',
  '--contact',
  'Dana',
  '--permission',
  'yes',
];

describe('followthrough interview (bundled bin)', () => {
  let s: Sandbox;
  let added: InterviewRecord;
  let addStdout: string;

  before(() => {
    s = sandbox();
    const r = s.run(...ADD, '--json');
    assert.equal(r.code, 0, r.stderr);
    addStdout = r.stdout;
    added = JSON.parse(r.stdout) as InterviewRecord;
  });
  after(() => s.remove());

  test('add --json prints only the record on stdout; migration messages go to stderr', () => {
    assert.equal(typeof added.id, 'string');
    assert.match(added.id, /^iv_/);
    assert.doesNotThrow(() => JSON.parse(addStdout));
    assert.ok(addStdout.trimStart().startsWith('{') && addStdout.trimEnd().endsWith('}'));
    // This was a fresh database, so a migration ran and was reported, on stderr.
    const fresh = sandbox();
    try {
      const r = fresh.run(...ADD, '--json');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /Applied migration/);
      assert.doesNotMatch(r.stdout, /migration/i);
    } finally {
      fresh.remove();
    }
  });

  test('the panel keeps both people with their roles, in the order given', () => {
    assert.deepEqual(
      added.participants.map((p) => [p.contact.name, p.contact.email, p.role]),
      [
        ['Dana Reyes', 'dana@acme.example', 'interviewer'],
        ['Sam Lee', null, 'hiring-manager'],
      ],
    );
    assert.equal(added.nextSteps.contactId, added.participants[0]?.contact.id);
    assert.equal(added.nextSteps.permission, 'yes');
    assert.equal(added.startsAtUtc, '2026-03-03T15:00:00Z');
  });

  test('show --json prints exactly what add --json printed', () => {
    const r = s.run('interview', 'show', added.id, '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, addStdout);
  });

  test('list --json is an array of the same records; the readable list names the panel', () => {
    const list = s.json<InterviewRecord[]>('interview', 'list', '--json');
    assert.ok(Array.isArray(list));
    assert.deepEqual(list, [added]);
    const table = s.run('interview', 'list');
    assert.equal(table.code, 0);
    assert.match(table.stdout, new RegExp(added.id));
    assert.match(table.stdout, /Dana Reyes, Sam Lee/);
    assert.match(table.stdout, /Tue 3 Mar 2026, 10:00 EST/);
  });

  test('--db works after the subcommand too', () => {
    const r = s.raw(['interview', 'list', '--json', '--db', s.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
  });

  test('notes pairs each --idea with the --challenge before it, in command-line order', () => {
    const record = s.json<InterviewRecord>(
      'notes',
      added.id,
      '--interviewer',
      'dana@acme.example',
      '--challenge',
      'onboarding churn',
      '--topic',
      'pricing',
      '--idea',
      'a three-email welcome series',
      '--challenge',
      'hiring fast enough',
      '--challenge',
      'scaling support',
      '--idea=--a dashed idea',
      '--json',
    );
    const notes = record.notes.find((n) => n.contactId === added.participants[0]?.contact.id);
    assert.deepEqual(notes?.challenges, [
      { challenge: 'onboarding churn', idea: 'a three-email welcome series' },
      { challenge: 'hiring fast enough', idea: '' },
      { challenge: 'scaling support', idea: '--a dashed idea' },
    ]);
    assert.deepEqual(notes?.topics, ['pricing']);
  });

  test('edit changes only the given fields; --interviewer replaces the panel', () => {
    const edited = s.json<InterviewRecord>(
      'interview',
      'edit',
      added.id,
      '--stage',
      'final round',
      '--interviewer',
      'Lee Park <lee@acme.example>',
      '--status',
      'offer',
      '--json',
    );
    assert.equal(edited.stage, 'final round');
    assert.equal(edited.opportunity.status, 'offer');
    assert.equal(edited.opportunity.company, 'Acme Corp');
    assert.equal(edited.nextSteps.timeframe, 'we hope to decide by the end of next week');
    assert.deepEqual(
      edited.participants.map((p) => p.contact.email),
      ['lee@acme.example'],
    );
  });

  test('export writes everything to a file only its owner can read, and never overwrites by accident', () => {
    const file = join(s.dir, 'export.json');
    const r = s.run('export', '-o', file);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { format: string; interviews: InterviewRecord[] };
    assert.equal(doc.format, 'followthrough-export');
    assert.deepEqual(
      doc.interviews.map((i) => i.id),
      [added.id],
    );

    writeFileSync(file, 'keep me');
    const again = s.run('export', '-o', file);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /--force/);
    assert.equal(readFileSync(file, 'utf8'), 'keep me');
    assert.equal(s.run('export', '-o', file, '--force').code, 0);
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { interviews: unknown[] }).interviews.length, 1);

    const toStdout = s.run('export', '-o', '-');
    assert.equal(toStdout.code, 0);
    assert.equal((JSON.parse(toStdout.stdout) as { interviews: unknown[] }).interviews.length, 1);
  });

  test('profile shows and changes only the fields given', () => {
    const changed = s.json<{ name: string; timeZone: string; country: string }>(
      'profile',
      '--name',
      'Ann Example',
      '--tz',
      'Europe/Berlin',
      '--country',
      'de',
      '--json',
    );
    assert.equal(changed.name, 'Ann Example');
    assert.equal(changed.timeZone, 'Europe/Berlin');
    assert.equal(changed.country, 'DE');
    assert.deepEqual(s.json('profile', '--json'), changed);
  });

  test('delete without --yes and without a terminal exits 2 and deletes nothing; --yes deletes', () => {
    const refused = s.run('interview', 'delete', added.id);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--yes/);
    assert.equal(s.run('interview', 'show', added.id, '--json').code, 0);

    const done = s.json<{ id: string; opportunityDeleted: boolean }>(
      'interview',
      'delete',
      added.id,
      '--yes',
      '--json',
    );
    assert.deepEqual(done, { id: added.id, opportunityDeleted: true });
    assert.equal(s.run('interview', 'show', added.id).code, 3);
  });
});
