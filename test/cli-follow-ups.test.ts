// The CLI contract for time frames and the follow-up plan (issue 3), run against the bundled bin.
// The app reads the real clock, so interviews that must be "due" are dated relative to today.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { DueTouch, PlanView, StoredTouch, TimeFrame } from '../src/app/index.js';
import type { InterviewRecord } from '../src/core/model.js';
import { type Sandbox, sandbox } from './helpers/cli-bin.js';

const DAY = 86_400_000;
/** A UTC calendar date `days` from today. */
const isoDay = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
/** The same date as people write it: "January 15". */
const spoken = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

function addInterview(s: Sandbox, company: string, ...extra: string[]): InterviewRecord {
  return s.json<InterviewRecord>(
    'interview',
    'add',
    '--company',
    company,
    '--role',
    'Product Manager',
    '--at',
    `${isoDay(-1)}T10:00`,
    '--tz',
    'UTC',
    '--country',
    'US',
    '--interviewer',
    'Dana Reyes <dana@acme.example>',
    '--interviewer',
    'Sam Lee <sam@acme.example>',
    '--timeframe',
    'we hope to decide within two weeks',
    '--contact',
    'Dana',
    '--permission',
    'yes',
    ...extra,
    '--json',
  );
}

const byKind = (plan: PlanView, kind: StoredTouch['kind']) => plan.touches.filter((t) => t.kind === kind);
const one = <T>(xs: T[]): T => {
  assert.equal(xs.length, 1, JSON.stringify(xs));
  return xs[0] as T;
};

describe('followthrough timeframe (bundled bin)', () => {
  let s: Sandbox;
  before(() => {
    s = sandbox();
  });
  after(() => s.remove());

  test('--json prints exactly the understanding, and never opens (or creates) the database', () => {
    const t = s.json<TimeFrame>(
      'timeframe',
      'we hope to decide by the end of next week',
      '--from',
      '2026-03-03',
      '--country',
      'US',
      '--json',
    );
    assert.deepEqual(Object.keys(t), ['phrase', 'event', 'earliest', 'latest', 'firmness', 'checkInOn', 'explanation']);
    assert.equal(t.phrase, 'we hope to decide by the end of next week');
    assert.equal(t.event, 'decision');
    assert.equal(t.latest, '2026-03-13');
    assert.equal(t.firmness, 'soft');
    assert.equal(t.checkInOn, '2026-03-17');
    assert.match(t.explanation, /Fri 13 Mar 2026/);
    assert.equal(existsSync(s.db), false, 'the database file was created');
  });

  test('a firm weekday, an explicit check-in invitation and a vague phrase', () => {
    const at = (phrase: string) =>
      s.json<TimeFrame>('timeframe', phrase, '--from', '2026-03-03', '--country', 'US', '--json');
    const friday = at('by Friday');
    assert.deepEqual([friday.latest, friday.firmness, friday.checkInOn], ['2026-03-06', 'firm', '2026-03-09']);
    const invited = at("if you haven't heard by Friday, call me on Monday");
    assert.equal(invited.checkInOn, '2026-03-09');
    const vague = at("we'll be in touch");
    assert.equal(vague.firmness, 'vague');
    assert.equal(vague.checkInOn, '2026-03-10', '5 business days after Tue 3 Mar');
    assert.equal(existsSync(s.db), false);
  });

  test('the readable form names the window, firmness and check-in day with weekdays', () => {
    const r = s.run(
      'timeframe',
      'we hope to decide by the end of next week',
      '--from',
      '2026-03-03',
      '--country',
      'US',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^"we hope to decide by the end of next week"$/m);
    assert.match(r.stdout, /When: +by Fri 13 Mar 2026/);
    assert.match(r.stdout, /Firmness: +soft/);
    assert.match(r.stdout, /Check in on: +Tue 17 Mar 2026/);
  });

  test('without --country the profile country is used (holidays count), which needs the database', () => {
    s.json('profile', '--country', 'US', '--json');
    // Thanksgiving 2026 is Thu 26 Nov: with US holidays, 1 business day after Wed 25 Nov is Fri 27 Nov.
    const t = s.json<TimeFrame>('timeframe', 'by Wednesday', '--from', '2026-11-23', '--json');
    assert.equal(t.latest, '2026-11-25');
    assert.equal(t.checkInOn, '2026-11-27');
    const de = s.json<TimeFrame>('timeframe', 'by Wednesday', '--from', '2026-11-23', '--country', 'DE', '--json');
    assert.equal(de.checkInOn, '2026-11-26');
  });

  const bad: [string, string[], RegExp][] = [
    ['an impossible --from', ['--from', '2026-02-30', '--country', 'US'], /^error: --from .*"2026-02-30"/m],
    ['a --from in another format', ['--from', '3/3/2026', '--country', 'US'], /^error: --from .*"3\/3\/2026"/m],
    ['an unknown --country', ['--from', '2026-03-03', '--country', 'ZZ'], /^error: --country: "ZZ" is not/m],
    ['a --country that is not a code', ['--from', '2026-03-03', '--country', 'USA'], /^error: --country .*"USA"/m],
    ['an unknown --tz', ['--tz', 'Mars/Olympus_Mons', '--country', 'US'], /^error: --tz .*"Mars\/Olympus_Mons"/m],
  ];
  for (const [what, flags, message] of bad) {
    test(`exit 2 for ${what}, naming the value`, () => {
      const fresh = sandbox();
      try {
        const r = fresh.run('timeframe', 'by Friday', ...flags, '--json');
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      } finally {
        fresh.remove();
      }
    });
  }
});

describe('followthrough plan, due, touch and log (bundled bin)', () => {
  let s: Sandbox;
  let iv: InterviewRecord;
  let plan: PlanView;
  const contact = (name: string) => iv.participants.find((p) => p.contact.name === name)?.contact.id;

  before(() => {
    s = sandbox();
    iv = addInterview(s, 'Acme Corp');
    plan = s.json<PlanView>('plan', iv.id, '--json');
  });
  after(() => s.remove());

  test('an empty database has nothing due, said in words', () => {
    const fresh = sandbox();
    try {
      const r = fresh.run('due');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'Nothing due in the next 7 days.\n');
      assert.deepEqual(fresh.json('due', '--json'), []);
    } finally {
      fresh.remove();
    }
  });

  test('plan --json: a thank-you per interviewer, then check-ins to the contact and a close-the-loop', () => {
    assert.equal(plan.interviewId, iv.id);
    assert.equal(plan.timeFrame.phrase, 'we hope to decide within two weeks');
    assert.deepEqual(
      byKind(plan, 'thank-you')
        .map((t) => t.contactId)
        .sort(),
      [contact('Dana Reyes'), contact('Sam Lee')].sort(),
    );
    assert.equal(one(byKind(plan, 'check-in-1')).contactId, contact('Dana Reyes'));
    assert.equal(one(byKind(plan, 'check-in-1')).dueLocal.slice(0, 10), plan.timeFrame.checkInOn);
    assert.equal(byKind(plan, 'check-in-2').length, 1);
    assert.equal(byKind(plan, 'close-the-loop').length, 1);
    assert.ok(plan.touches.every((t) => t.status === 'pending' && t.reason.length > 0));
  });

  test('plan reads as a timeline headed by the time frame, each touch with whom, status and reason', () => {
    const r = s.run('plan', iv.id);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Acme Corp — Product Manager {2}\[iv_/);
    assert.match(r.stdout, /^Time frame: "we hope to decide within two weeks"$/m);
    assert.match(r.stdout, /^ {2}Understood as /m);
    const thanks = one(byKind(plan, 'thank-you').filter((t) => t.contactId === contact('Sam Lee')));
    assert.match(
      r.stdout,
      new RegExp(`^  ${thanks.id} +\\w{3} \\d+ \\w{3} \\d{4}, 17:00 UTC +Thank-you email to Sam Lee +overdue$`, 'm'),
    );
    const check = one(byKind(plan, 'check-in-1'));
    assert.match(r.stdout, new RegExp(`^  ${check.id} .* Check in with Dana Reyes +to do$`, 'm'));
    assert.match(r.stdout, /^ {6}Thank Sam Lee the same day/m);
  });

  test('due lists the open touches most urgent first; the overdue thank-yous are marked', () => {
    const due = s.json<DueTouch[]>('due', '--days', '366', '--json');
    assert.equal(due.length, plan.touches.length);
    const times = due.map((t) => Date.parse(t.dueAt));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
    assert.deepEqual(
      due.slice(0, 2).map((t) => t.kind),
      ['thank-you', 'thank-you'],
    );
    assert.equal(due[0]?.company, 'Acme Corp');
    const text = s.run('due', '--days', '366').stdout;
    assert.match(text, /^Due in the next 366 days, most urgent first:$/m);
    assert.match(text, /^ {2}OVERDUE {2}tc_\S+ .* Thank-you email to Dana Reyes \(Acme Corp, Product Manager\)$/m);
    assert.match(text, /^ {11}tc_\S+ .* Check in with Dana Reyes/m, 'the check-in is not overdue');
    // Within 0 days only what is already late: the thank-yous.
    assert.deepEqual(
      s.json<DueTouch[]>('due', '--days', '0', '--json').map((t) => t.kind),
      ['thank-you', 'thank-you'],
    );
  });

  test('touch done marks it done, and due no longer lists it', () => {
    const thanks = one(byKind(plan, 'thank-you').filter((t) => t.contactId === contact('Dana Reyes')));
    const done = s.json<StoredTouch>('touch', 'done', thanks.id, '--json');
    assert.equal(done.id, thanks.id);
    assert.equal(done.status, 'done');
    assert.ok(done.completedAt);
    const due = s.json<DueTouch[]>('due', '--days', '366', '--json');
    assert.ok(!due.some((t) => t.id === thanks.id));
    assert.equal(due.length, plan.touches.length - 1);
    const text = s.run('touch', 'skip', one(byKind(plan, 'close-the-loop')).id);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Skipped the close-the-loop reminder tc_/);
  });

  test('touch snooze --until moves it to 09:00 that day in its zone, and due orders it by then', () => {
    const thanks = one(byKind(plan, 'thank-you').filter((t) => t.contactId === contact('Sam Lee')));
    const until = isoDay(30);
    const snoozed = s.json<StoredTouch>('touch', 'snooze', thanks.id, '--until', until, '--json');
    assert.equal(snoozed.status, 'snoozed');
    assert.equal(snoozed.snoozedUntil, `${until}T09:00:00Z`);
    assert.ok(!s.json<DueTouch[]>('due', '--days', '29', '--json').some((t) => t.id === thanks.id));
    assert.ok(s.json<DueTouch[]>('due', '--days', '31', '--json').some((t) => t.id === thanks.id));
    assert.match(
      s.run('plan', iv.id).stdout,
      new RegExp(`${thanks.id} .*snoozed until \\w{3} \\d+ \\w{3} \\d{4}, 09:00 UTC`),
    );
  });

  test('log new-date moves check-in 1 after the new date, and prints the new plan', () => {
    const other = addInterview(s, 'Beta Inc');
    const before = one(byKind(s.json<PlanView>('plan', other.id, '--json'), 'check-in-1'));
    const newDate = isoDay(40);
    const after = s.json<PlanView>(
      'log',
      'new-date',
      other.id,
      '--from',
      'Dana',
      '--timeframe',
      `we will decide by ${spoken(newDate)}`,
      '--json',
    );
    const moved = one(byKind(after, 'check-in-1'));
    assert.equal(moved.id, before.id, 'the same touch, moved in place');
    assert.equal(after.timeFrame.latest, newDate);
    assert.ok(moved.dueLocal.slice(0, 10) > newDate, `${moved.dueLocal} is after ${newDate}`);
    assert.equal(one(after.events).kind, 'new-date');
    const text = s.run('log', 'reply', other.id, '--from', 'sam@acme.example', '--note', 'still deciding');
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Logged their reply\. The plan now:/);
    assert.match(text.stdout, /^ {2}.* They replied from Sam Lee \(still deciding\)$/m);
  });

  test('--card adds a thank-you card to the plan; --no-card takes it away', () => {
    const carded = addInterview(s, 'Gamma LLC', '--card');
    assert.equal(carded.nextSteps.card, true);
    assert.equal(byKind(s.json<PlanView>('plan', carded.id, '--json'), 'thank-you-card').length, 2);
    const edited = s.json<InterviewRecord>('interview', 'edit', carded.id, '--no-card', '--json');
    assert.equal(edited.nextSteps.card, false);
    assert.equal(byKind(s.json<PlanView>('plan', carded.id, '--json'), 'thank-you-card').length, 0);
  });

  const refused: [string, () => string[], number, RegExp][] = [
    ['an unknown touch id', () => ['touch', 'done', 'tc_nope'], 3, /^error: No touch with id "tc_nope"/m],
    ['snoozing an unknown touch', () => ['touch', 'snooze', 'tc_nope', '--until', isoDay(3)], 3, /tc_nope/],
    ['an unknown interview', () => ['plan', 'iv_nope'], 3, /^error: No interview with id "iv_nope"/m],
    ['logging on an unknown interview', () => ['log', 'call', 'iv_nope'], 3, /iv_nope/],
    [
      '--until on done',
      () => ['touch', 'done', plan.touches[0]?.id ?? '', '--until', isoDay(3)],
      2,
      /^error: --until is only for snooze/m,
    ],
    [
      '--until on skip',
      () => ['touch', 'skip', 'tc_x', '--until', isoDay(3)],
      2,
      /^error: --until is only for snooze/m,
    ],
    [
      'a snooze into the past',
      () => ['touch', 'snooze', plan.touches[0]?.id ?? '', '--until', isoDay(-3)],
      2,
      /^error: --until: .* has already passed/m,
    ],
    ['an unknown touch action', () => ['touch', 'finish', 'tc_x'], 2, /Allowed choices are done, skip, snooze/],
    ['an unknown log kind', () => ['log', 'email', iv.id], 2, /Allowed choices are reply, call, sent, new-date/],
    [
      'log new-date without --timeframe',
      () => ['log', 'new-date', iv.id, '--from', 'Dana'],
      2,
      /^error: --timeframe: a new date needs what they said/m,
    ],
    [
      'log from someone unknown',
      () => ['log', 'reply', iv.id, '--from', 'Zed'],
      2,
      /^error: --from: no contact named "Zed"/m,
    ],
    ['log --at in the future', () => ['log', 'call', iv.id, '--at', isoDay(3)], 2, /^error: --at is in the future/m],
    ['due --days that is not a number', () => ['due', '--days', 'soon'], 2, /^error: --days .*"soon"/m],
  ];
  for (const [what, args, code, message] of refused) {
    test(`exit ${code} for ${what}`, () => {
      const r = s.run(...args(), '--json');
      assert.equal(r.code, code, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });
  }

  test('a refused --until changed nothing', () => {
    const first = plan.touches.find((t) => t.kind === 'check-in-2') as StoredTouch;
    assert.equal(s.run('touch', 'done', first.id, '--until', isoDay(3)).code, 2);
    assert.equal(one(byKind(s.json<PlanView>('plan', iv.id, '--json'), 'check-in-2')).status, 'pending');
  });
});
