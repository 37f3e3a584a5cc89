// The issue 7 commands as a user runs them (the bundled bin): the sheet as text and as a one-page
// PDF, the quick capture, outcomes with their refusals, contacts and stats as JSON.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ADD_ACME_INTERVIEW, type Sandbox, sandbox } from './helpers/cli-bin.js';

const poppler = spawnSync('pdfinfo', ['-v']).status === 0;

describe('followthrough sheet, capture, outcome, contacts, stats', () => {
  let box: Sandbox;
  let iv: { id: string; opportunityId: string };
  before(() => {
    box = sandbox();
    iv = box.json(
      ...ADD_ACME_INTERVIEW,
      '--country',
      'US',
      '--interviewer',
      'Dana Reyes <dana@acme.example>',
      '--interviewer',
      'Sam Lee <sam@acme.example>',
      '--contact',
      'Dana',
      '--timeframe',
      'by Friday',
      '--json',
    );
  });
  after(() => box?.remove());

  test('the sheet prints the questions, cues, recovery lines and the points added', () => {
    const r = box.run('sheet', iv.id, '--point', 'Ask about the Q3 migration');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /When do you expect to make a decision\?/);
    assert.match(r.stdout, /Did my last answer raise any questions/);
    assert.match(r.stdout, /Prepared point: Ask about the Q3 migration/);
    assert.match(r.stdout, /Source: Accountemps survey, 2017/);
    const bad = box.run('sheet', iv.id, '-o', join(box.dir, 'sheet.txt'));
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /must name a \.pdf file/);
  });

  test('-o writes a one-page PDF that reads back', { skip: !poppler && 'needs poppler-utils' }, () => {
    const file = join(box.dir, 'sheet.pdf');
    const r = box.run('sheet', iv.id, '-o', file);
    assert.equal(r.code, 0, r.stderr);
    assert.match(execFileSync('pdfinfo', [file], { encoding: 'utf8' }), /Pages:\s+1\n/);
    assert.match(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), /Ask about the Q3 migration/);
  });

  test('the quick capture says when the plan falls back, and refuses unknown cues', () => {
    const r = box.run(
      'capture',
      iv.id,
      '--no-timeframe',
      '--cues',
      'checking-time,short-replies',
      '--weak-answer',
      'the SQL question',
      '--weak-with',
      'Sam',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Cues noticed: checking-time, short-replies/);
    assert.match(r.stdout, /No time frame: the plan falls back to the default cadence/);
    const bad = box.run('capture', iv.id, '--cues', 'yawning');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /must be one of checking-time/);
  });

  test('an outcome not allowed exits 1 naming what may follow; a rejection plans a reply and keep-warm', () => {
    const refused = box.run('outcome', iv.opportunityId, 'accepted');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /cannot become "accepted": from "interviewing" it can become "offer", "rejected"/);
    const r = box.run('outcome', iv.opportunityId, 'rejected', '--keep-warm', 'Sam', '--every', '6');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /is now rejected/);
    assert.match(r.stdout, /Reply to Dana Reyes's decision/);
    assert.match(r.stdout, /Keep in touch with Sam Lee/);
    assert.match(r.stdout, /rejection-reply to Dana Reyes/);
    const people = box.json<{ name: string; next: { kind: string; dueAt: string } | null }[]>('contacts', '--json');
    assert.equal(people.find((p) => p.name === 'Sam Lee')?.next?.kind, 'keep-warm');
    const text = box.run('contacts');
    assert.match(text.stdout, /Sam Lee .*Keep in touch with Sam Lee/);
    const stats = box.json<{ interviews: number; outcomes: Record<string, number> }>('stats', '--json');
    assert.equal(stats.interviews, 1);
    assert.equal(stats.outcomes.rejected, 1);
  });
});
