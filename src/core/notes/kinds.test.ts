// Each kind of message on its own checklist (issue 14): stable ids in order, evidence that is a
// range of the text, advice that fits the kind (never "say why you want this job" after a "no").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkNote, KIND_WEIGHTS } from './check.js';
import { CHECKLISTS, NOTE_KINDS, type NoteKind, type NoteReport } from './types.js';

const context = {
  company: 'Acme Analytics',
  role: 'Data Analyst',
  recipient: { name: 'Dana Reyes' },
  people: [{ name: 'Dana Reyes', topics: ['the Q3 roadmap'], challenges: [], article: null }],
};
const run = (kind: NoteKind, text: string) => checkNote({ text, kind, context });
const failed = (r: NoteReport) => r.checks.filter((c) => c.passed === false).map((c) => c.id);

const GOOD: Record<NoteKind, string> = {
  'thank-you':
    'Dear Dana,\n\nThank you for walking me through the Q3 roadmap. I would love to join Acme Analytics because I used your dashboards every day at my last job. At Brightpath I led the onboarding redesign that cut time-to-value by 40%, and I would bring that to your self-serve work. You mentioned churn in enterprise accounts; one idea is a 90-day health score that alerts customer success when usage drops: https://example.com/churn\n\nBest regards,\nJordan Lee',
  'check-in':
    'Dear Dana,\n\nWhen we spoke on Tuesday 3 March, you mentioned you hoped to decide by Friday 13 March. I remain very interested in the Data Analyst role.\n\nIs there any update you can share on the timing?\n\nBest regards,\nJordan Lee',
  clarification:
    'Dear Dana,\n\nThank you again for your time on Tuesday. I would like to add to my answer on the SQL question: I have written window functions daily for two years, most recently for a churn report.\n\nBest regards,\nJordan Lee',
  'rejection-reply':
    'Dear Dana,\n\nThank you for letting me know. I am disappointed, but grateful for your time. Would you be willing to share any feedback on my interviews? I would be glad to be considered for future roles, and I hope we stay in touch.\n\nBest regards,\nJordan Lee',
  'keep-warm':
    'Dear Dana,\n\nCongratulations on the launch of the new self-serve dashboards; I read the announcement this morning and thought of our conversation about the Q3 roadmap.\n\nBest regards,\nJordan Lee',
  withdrawal:
    'Dear Dana,\n\nI have accepted another offer, so I am withdrawing my application for the Data Analyst role. Thank you for your time, and I wish you and the team every success.\n\nBest regards,\nJordan Lee',
};

describe('a checklist per kind of message', () => {
  test('each kind lists its own checks in order, with weights summing to 100', () => {
    for (const kind of NOTE_KINDS) {
      const r = run(kind, GOOD[kind]);
      assert.equal(r.kind, kind);
      assert.deepEqual(
        r.checks.map((c) => c.id),
        [...CHECKLISTS[kind]],
      );
      const sum = CHECKLISTS[kind].reduce((n, id) => n + (KIND_WEIGHTS[kind][id] ?? 0), 0);
      assert.equal(sum, 100, kind);
      for (const c of r.checks) for (const e of c.evidence) assert.equal(GOOD[kind].slice(e.start, e.end), e.text);
    }
  });

  test('a good message of each kind scores at least 85 on its own checklist', () => {
    for (const kind of NOTE_KINDS) {
      const r = run(kind, GOOD[kind]);
      assert.ok(r.score >= 85, `${kind}: ${r.score} ${failed(r)}`);
    }
  });

  test('a rejection reply that pitches, a keep-warm that asks for a job, a check-in with three questions', () => {
    const pitch = run(
      'rejection-reply',
      `${GOOD['rejection-reply']}\n\nI still believe I would bring exactly what your team needs, and one idea would be a churn dashboard.`,
    );
    assert.ok(failed(pitch).includes('no-pitch'));
    assert.ok(!pitch.checks.some((c) => /why you want/i.test(c.advice)));
    const ask = run('keep-warm', `${GOOD['keep-warm']}\n\nAre there any openings on your team at the moment?`);
    assert.deepEqual(failed(ask), ['no-job-ask']);
    const three = run('check-in', GOOD['check-in'].replace('?', '? Have you decided? Should I call you?'));
    assert.ok(failed(three).includes('one-question'));
    const noDate = run('check-in', 'Dear Dana,\n\nJust checking in on my application. Any news?\n\nJordan');
    assert.ok(failed(noDate).includes('refers-to-date'));
  });

  test('a withdrawal that criticises the employer, a clarification that names no answer', () => {
    const rude = run('withdrawal', GOOD.withdrawal.replace('Thank you', 'Your process took too long. Thank you'));
    assert.ok(failed(rude).includes('courteous'));
    const vague = run('clarification', 'Dear Dana,\n\nThank you for your time. I hope I did well.\n\nJordan');
    assert.deepEqual(failed(vague).slice(0, 2), ['names-answer', 'better-answer']);
  });

  test('the thank-you remains the default and still caps a generic note', () => {
    const generic = checkNote({
      text: 'Dear Dana,\n\nThank you for the opportunity to interview. I enjoyed learning more about the team and the company culture, and I am confident my skills make me a great fit. I look forward to hearing from you.\n\nBest,\nJordan',
      context,
    });
    assert.equal(generic.kind, 'thank-you');
    assert.equal(generic.generic, true);
    assert.ok(generic.score <= 40);
  });
});
