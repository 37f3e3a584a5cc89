// Hints as the CLI shows them: every action is a command, errors end with the same sentences users
// saw, and the commands app/core output used to quote (calendar, ghosted, quiz) are rendered here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GhostedHint } from '../app/index.js';
import { notFound } from '../core/errors.js';
import { HINT_ACTIONS } from '../core/hints.js';
import { AREAS } from '../core/quiz/areas.js';
import { ghostedHint } from './follow-ups/ghosted-hint.js';
import { commandFor, hintSentence, withHint } from './hints.js';

describe('hints as commands', () => {
  test('every action is a followthrough command', () => {
    for (const action of HINT_ACTIONS) assert.match(commandFor({ action, id: 'x_1' }), /^followthrough [a-z]/, action);
  });

  test('marking a touch done (what the calendar event used to quote)', () => {
    assert.equal(commandFor({ action: 'touch.done', id: 'tc_1' }), 'followthrough touch done tc_1');
  });

  test('confirming ghosted (what the app used to return as `command`)', () => {
    const h: GhostedHint = {
      opportunityId: 'op_1',
      interviewId: 'iv_1',
      company: 'Delta',
      role: 'PM',
      since: '2026-03-01T12:00:00Z',
      hint: { action: 'outcome.ghosted', id: 'op_1' },
    };
    assert.equal(commandFor(h.hint), 'followthrough outcome op_1 ghosted');
    assert.match(ghostedHint(h), /If it is over, mark it: followthrough outcome op_1 ghosted$/);
  });

  test("the quiz's areas (what core's area help used to carry)", () => {
    assert.equal(commandFor(AREAS.timing.help.hint), 'followthrough plan INTERVIEW_ID');
    assert.deepEqual(
      Object.values(AREAS).map((a) => commandFor(a.help.hint)),
      [
        'followthrough interview add --timeframe "their words" --contact NAME --permission yes',
        'followthrough plan INTERVIEW_ID',
        'followthrough check',
        'followthrough interview edit INTERVIEW_ID --channel email --card',
        'followthrough notes INTERVIEW_ID --interviewer NAME --weak-answer "what fell flat"',
        'followthrough log reply|call|new-date INTERVIEW_ID',
        'followthrough due',
      ],
    );
  });

  test('an interviewer to add is quoted when it has spaces', () => {
    const h = { action: 'interview.edit', id: 'iv_1', field: 'interviewer' } as const;
    assert.equal(commandFor(h), 'followthrough interview edit iv_1 --interviewer "Name <email>"');
    assert.equal(commandFor({ ...h, example: '...' }), 'followthrough interview edit iv_1 --interviewer ...');
    assert.equal(commandFor({ action: 'interview.edit' }), 'followthrough interview edit');
  });

  test('a not-found error says where to find the ids, in the words it always used', () => {
    const e = notFound('interview', 'iv_nope');
    assert.equal(e.message, 'No interview with id "iv_nope".');
    assert.equal(
      withHint(e.message, e.hint, e.code),
      'No interview with id "iv_nope". Find them with `followthrough interview list`.',
    );
    const touch = notFound('touch', 'tc_nope');
    assert.equal(
      withHint(touch.message, touch.hint, touch.code),
      'No touch with id "tc_nope". Find them with `followthrough due, or followthrough plan INTERVIEW_ID`.',
    );
    assert.equal(withHint('Plain.', undefined), 'Plain.');
  });

  test('a password to enter again, and a message list (what app errors used to quote)', () => {
    assert.match(hintSentence({ action: 'settings.smtp-password' }), /`followthrough settings smtp --password-stdin`/);
    assert.match(hintSentence({ action: 'message.list' }, 'not-found'), /`followthrough message list`/);
  });

  test('SMTP settings name the command and the page', () => {
    assert.equal(
      hintSentence({ action: 'settings.smtp' }),
      'Set them with `followthrough settings smtp --host smtp.example.com --from you@example.com --password-stdin` (or on the Email settings page).',
    );
  });
});
