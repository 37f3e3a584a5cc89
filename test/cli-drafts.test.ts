// The CLI contract of the composer (issue 5), run against the bundled bin: `draft KIND --json`
// prints exactly { id, kind, to, format, tone, subject, body, gaps, score, generic, ... }, edits are
// re-scored, and bad requests exit 2 or 3 with a message that says what to add.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { InterviewRecord } from '../src/core/model.js';
import { ADD_ACME_INTERVIEW, requireBin, type Sandbox, sandbox } from './helpers/cli-bin.js';

interface DraftJson {
  id: string;
  kind: string;
  to: { name: string; email: string | null };
  format: string;
  tone: string;
  subject: string;
  body: string;
  gaps: string[];
  score: number;
  generic: boolean;
}

describe('followthrough draft and message', () => {
  let s: Sandbox;
  let iv: InterviewRecord;
  before(() => {
    requireBin();
    s = sandbox();
    s.json('profile', '--name', 'Jordan Lee', '--email', 'jordan@example.org', '--json');
    iv = s.json<InterviewRecord>(
      ...ADD_ACME_INTERVIEW,
      '--why',
      'your focus on small-business owners',
      '--strength',
      'I ran onboarding for 40,000 small businesses',
      '--interviewer',
      'Dana Reyes <dana@acme.example>',
      '--interviewer',
      'Kim Park',
      '--timeframe',
      'we hope to decide by the end of next week',
      '--contact',
      'Dana',
      '--permission',
      'yes',
      '--json',
    );
    s.json(
      'notes',
      iv.id,
      '--interviewer',
      'Dana',
      '--topic',
      'the Q3 onboarding roadmap',
      '--challenge',
      'onboarding churn in the first week',
      '--idea',
      'a three-email welcome series',
      '--json',
    );
  });
  after(() => s?.remove());

  test('--json prints the documented shape for a full draft', () => {
    const d = s.json<DraftJson>('draft', 'thank-you', '--interview', iv.id, '--to', 'Dana', '--json');
    for (const key of ['id', 'kind', 'to', 'format', 'tone', 'subject', 'body', 'gaps', 'score', 'generic']) {
      assert.ok(key in d, `missing ${key}`);
    }
    assert.equal(d.kind, 'thank-you');
    assert.equal(d.to.email, 'dana@acme.example');
    assert.deepEqual(d.gaps, []);
    assert.ok(d.score >= 85, String(d.score));
    assert.equal(d.generic, false);
    assert.match(d.body, /a three-email welcome series/);
  });

  test('text output names what is still to add', () => {
    const r = s.run('draft', 'thank-you', '--interview', iv.id, '--to', 'Kim', '--format', 'card');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Still to add/);
    assert.match(r.stdout, /\[add: /);
  });

  test('message edit re-scores, message list shows it', () => {
    const d = s.json<DraftJson>('draft', 'thank-you', '--interview', iv.id, '--to', 'Dana', '--json');
    const file = join(s.dir, 'note.txt');
    writeFileSync(file, 'Thanks.\n');
    const edited = s.json<DraftJson>('message', 'edit', d.id, '--body-file', file, '--json');
    assert.equal(edited.body, 'Thanks.\n');
    assert.ok(edited.score < d.score);
    const list = s.run('message', 'list', '--interview', iv.id);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, new RegExp(d.id));
  });

  test('bad input: clear messages and exit codes', () => {
    const noEmail = s.run('draft', 'thank-you', '--interview', iv.id, '--to', 'Kim', '--format', 'email');
    assert.equal(noEmail.code, 2);
    assert.match(noEmail.stderr, /Kim Park has no email address.*--format letter/);
    const missing = s.run('draft', 'thank-you', '--interview', 'iv_nope', '--to', 'Dana');
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /No interview with id "iv_nope"/);
    const unknown = s.run('draft', 'thank-you', '--interview', iv.id, '--to', 'Alex');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /"Alex" is not on this interview's panel/);
    const kind = s.run('draft', 'sonnet', '--interview', iv.id);
    assert.equal(kind.code, 2);
    assert.match(kind.stderr, /must be one of thank-you, check-in/);
    const noInterview = s.run('draft', 'thank-you');
    assert.equal(noInterview.code, 2);
    assert.match(noInterview.stderr, /--interview is required/);
    const noMessage = s.run('message', 'show', 'msg_nope');
    assert.equal(noMessage.code, 3);
  });
});
