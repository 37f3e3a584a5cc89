import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeProblem, flagFor } from './flags.js';

test('app field names map to the flags a user typed', () => {
  const cases: [string, string | null][] = [
    ['at', '--at'],
    ['tz', '--tz'],
    ['nextStep', '--next-step'],
    ['postingUrl', '--posting-url'],
    ['weakAnswer', '--weak-answer'],
    ['interviewers', '--interviewer'],
    ['interviewers.name', '--interviewer'],
    ['interviewers.0.email', '--interviewer'],
    ['topics', '--topic'],
    ['topics.2', '--topic'],
    ['challenges.challenge', '--challenge'],
    ['challenges.idea', '--idea'],
    ['timeZone', '--tz'],
    ['--recruiter', '--recruiter'],
    ['phrase', 'the phrase'],
    ['days', '--days'],
    ['until', '--until'],
    ['input', null],
  ];
  for (const [field, flag] of cases) assert.equal(flagFor(field), flag, field);
});

test('a problem reads as one line naming the flag, with its example', () => {
  assert.equal(
    describeProblem({
      field: 'at',
      message: 'must be a local date and time as YYYY-MM-DDTHH:MM',
      example: '2026-03-03T10:00',
    }),
    '--at must be a local date and time as YYYY-MM-DDTHH:MM (for example: 2026-03-03T10:00)',
  );
  assert.equal(
    describeProblem({ field: 'interviewer', message: '"Zed" is not on the panel' }),
    '--interviewer: "Zed" is not on the panel',
  );
  assert.equal(describeProblem({ field: 'input', message: 'Something general' }), 'Something general');
});

test('what the user typed is quoted back, unless the message already says it', () => {
  assert.equal(
    describeProblem({ field: 'tz', message: 'is not a known IANA time zone', example: 'UTC' }, 'Mars/X'),
    '--tz is not a known IANA time zone; you gave "Mars/X" (for example: UTC)',
  );
  assert.equal(
    describeProblem({ field: 'country', message: '"ZZ" is not a country we know' }, 'ZZ'),
    '--country: "ZZ" is not a country we know',
  );
  assert.equal(
    describeProblem({ field: 'from', message: 'must be a date' }, '\u001b[2J'),
    '--from must be a date; you gave "?[2J"',
  );
});
