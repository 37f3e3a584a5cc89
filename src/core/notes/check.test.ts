// Unit tests of the note checker: each check on its own, the score rules, and the evidence offsets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkNote } from './check.js';
import { CHECK_IDS, type CheckId, type CheckNoteInput, type NoteContext, type NoteReport } from './types.js';

const acme: NoteContext = {
  company: 'Acme Analytics',
  role: 'Senior Product Manager',
  recipient: { name: 'Dana Reyes' },
  people: [
    {
      name: 'Dana Reyes',
      topics: ['Q3 roadmap'],
      challenges: [{ challenge: 'churn in enterprise accounts', idea: '' }],
      article: null,
    },
    { name: 'Sam Lee', topics: ['release process'], challenges: [], article: null },
  ],
};

const check = (r: NoteReport, id: CheckId) => {
  const c = r.checks.find((x) => x.id === id);
  assert.ok(c, `no check ${id}`);
  return c;
};
const run = (text: string, extra: Partial<CheckNoteInput> = {}) => checkNote({ text, context: acme, ...extra });

const STRONG = `Dear Dana,

Thank you for walking me through the Q3 roadmap today. I want this role because I used your dashboards every day to plan inventory for forty stores, and I would like to build what helped me.
At Brightpath I led the onboarding redesign that cut time-to-value by 40%, and I would bring that approach to your self-serve work.
You mentioned churn in enterprise accounts. One idea: a health score that alerts customer success when weekly logins fall by half.

Best regards,
Alex`;

const GENERIC = `Dear Dana,

Thank you for the opportunity to interview for the Senior Product Manager position. I enjoyed learning more about the team and the company culture, and I am confident my skills and experience make me a great fit. I look forward to hearing from you.

Best,
Alex`;

describe('checkNote', () => {
  test('returns every check id once, in the contract order', () => {
    assert.deepEqual(
      run(STRONG).checks.map((c) => c.id),
      [...CHECK_IDS],
    );
  });

  test('a strong note passes the content checks and scores high; a generic one is capped at 40', () => {
    const strong = run(STRONG);
    assert.equal(strong.generic, false);
    for (const id of ['specific-detail', 'interest', 'plan', 'challenge'] as const) {
      assert.equal(check(strong, id).passed, true, id);
    }
    assert.ok(strong.score >= 80, `score ${strong.score}`);
    const generic = run(GENERIC);
    assert.equal(generic.generic, true);
    assert.ok(generic.score <= 40, `score ${generic.score}`);
    assert.ok(generic.score < strong.score);
  });

  test('advice uses the interview notes and is empty for passed checks', () => {
    const r = run(GENERIC);
    assert.match(check(r, 'challenge').advice, /You noted Dana mentioned churn in enterprise accounts: offer one idea/);
    assert.match(check(r, 'specific-detail').advice, /Q3 roadmap/);
    assert.equal(check(run(STRONG), 'interest').advice, '');
    assert.match(check(checkNote({ text: GENERIC }), 'challenge').advice, /Offer one idea/);
  });

  test('evidence ranges point into the original text', () => {
    const text = `  \r\n${STRONG.replace(/\n/g, '\r\n')} 😀 “quoted.”`;
    for (const c of run(text).checks) {
      for (const e of c.evidence) assert.equal(text.slice(e.start, e.end), e.text, c.id);
    }
  });

  test('names: the wrong company, person, role or a placeholder is caught; none without an interview', () => {
    const good = 'Dear Dana,\nI would love to join Acme Analytics as your Senior Product Manager.';
    assert.equal(check(run(good), 'names').passed, true);
    const company = run('Dear Dana,\nI would love to join the team at Globex Analytics.');
    assert.equal(check(company, 'names').passed, false);
    assert.match(check(company, 'names').advice, /Globex Analytics.*Acme Analytics/);
    assert.deepEqual(
      check(company, 'names').evidence.map((e) => e.text),
      ['Globex Analytics'],
    );
    const person = run('Dear Sam,\nThank you for today.');
    assert.equal(check(person, 'names').passed, false);
    assert.match(check(person, 'names').advice, /Sam Lee, but this note is for Dana Reyes/);
    assert.equal(check(run('Hi Dana Reyez,\nThanks.'), 'names').passed, false);
    assert.equal(check(run('Dear Ms. Reyes,\nThanks.'), 'names').passed, true);
    assert.equal(check(run('Hello team,\nThanks.'), 'names').passed, true);
    assert.equal(check(run('Dear Dana,\nThanks for the chat about the Data Engineer role.'), 'names').passed, false);
    assert.equal(check(run('Dear [Interviewer Name],\nThanks.'), 'names').passed, false);
    // A past employer is not a wrong company.
    assert.equal(
      check(run('Dear Dana,\nAt my team at Initech I shipped it. My position at Initech taught me.'), 'names').passed,
      true,
    );
    assert.equal(check(checkNote({ text: 'Dear Dana, thanks.' }), 'names').passed, null);
  });

  test('length depends on the channel', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    assert.equal(check(run(words(30), { channel: 'card' }), 'length').passed, true);
    assert.equal(check(run(words(30), { channel: 'email' }), 'length').passed, false);
    assert.equal(check(run(words(30)), 'length').passed, false, 'email is the default');
    assert.equal(check(run(words(130), { channel: 'card' }), 'length').passed, false);
    assert.match(check(run(words(130), { channel: 'card' }), 'length').advice, /130 words.*long for a card/);
    assert.equal(check(run(words(90), { channel: 'letter' }), 'length').passed, false);
    assert.equal(check(run(words(200), { channel: 'letter' }), 'length').passed, true);
    assert.equal(check(run(words(301)), 'length').passed, false);
    assert.equal(check(run(`${words(39)} https://example.com/a.b/c`), 'length').passed, true, 'a URL is one word');
  });

  test('timeliness: within 24 hours of the end of the interview; null without both dates', () => {
    const end = '2026-03-03T16:00:00Z';
    const at = (sentAt: string) => check(run(STRONG, { sentAt, interviewEndsAt: end }), 'timeliness').passed;
    assert.equal(at('2026-03-03T18:00:00Z'), true);
    assert.equal(at('2026-03-04T16:00:00Z'), true);
    assert.equal(at('2026-03-04T16:00:01Z'), false);
    assert.equal(at('2026-03-03T15:00:00Z'), false);
    assert.equal(at('not a date'), null);
    assert.equal(check(run(STRONG, { sentAt: end }), 'timeliness').passed, null);
    assert.match(
      check(run(STRONG, { sentAt: '2026-03-05T16:00:00Z', interviewEndsAt: end }), 'timeliness').advice,
      /48 hours/,
    );
  });

  test('uniqueness: a near-copy to another panel member fails, a different note passes, one note is null', () => {
    const copy = STRONG.replace('Dear Dana', 'Dear Sam');
    const near = check(run(STRONG, { otherNotes: [copy] }), 'uniqueness');
    assert.equal(near.passed, false);
    assert.ok(near.evidence.length > 0, 'the shared sentences are the evidence');
    const different = 'Hi Sam,\nThanks for explaining the release process and how the team ships twice a week.';
    assert.equal(check(run(STRONG, { otherNotes: [different] }), 'uniqueness').passed, true);
    assert.equal(check(run(STRONG), 'uniqueness').passed, null);
    assert.equal(check(run(STRONG, { otherNotes: ['  '] }), 'uniqueness').passed, null);
  });

  test('tone: apology, pleading, pressure and over-familiarity fail; clarifying an answer does not', () => {
    const bad = [
      'I am so sorry I was nervous during the interview.',
      'I really need this job.',
      'Please, please give me a chance.',
      'I need your decision by Friday at the latest.',
      'Hey Dana! Had a blast, let us grab drinks soon. xoxo',
    ];
    for (const line of bad) {
      const r = run(`Dear Dana,\n${line}`);
      assert.equal(check(r, 'tone').passed, false, line);
      assert.ok(check(r, 'tone').advice.length > 0);
    }
    assert.equal(check(run("I'd like to add to my answer about pricing: we grew revenue 12%."), 'tone').passed, true);
    assert.equal(check(run(STRONG), 'tone').passed, true);
  });

  test('spelling: null without a checker; names of the interview and job words are not errors', () => {
    assert.equal(check(run(STRONG), 'spelling').passed, null);
    const known = new Set(['dear', 'thanks', 'for', 'the', 'i', 'am', 'glad', 'about', 'your', 'and', 'my']);
    const speller = { correct: (w: string) => known.has(w.toLowerCase()) };
    const r = run('Dear Dana,\nThanks for the Q3 roadmap. I am glad about your LinkedIn and my résumé. Thnaks!', {
      speller,
    });
    assert.deepEqual(
      check(r, 'spelling').evidence.map((e) => e.text),
      ['Thnaks'],
    );
    assert.match(check(r, 'spelling').advice, /"Thnaks"/);
  });

  test('stuffing the words a naive rule looks for does not pass the content checks', () => {
    const r = run(
      'Dear Dana,\nI love a challenge because challenges help me grow, and I read an article about passion. I would be an asset. One idea I have is to keep learning.',
    );
    assert.equal(r.generic, true);
    for (const id of ['specific-detail', 'interest', 'plan', 'challenge', 'resource'] as const) {
      assert.equal(check(r, id).passed, false, id);
    }
  });
});
