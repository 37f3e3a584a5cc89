// The phrase suite: what interviewers say, on interviews across weekdays, weekends, month and year
// ends, the US (8 Mar) and EU (29 Mar) daylight-saving weeks of 2026, in three countries.
// Each row was checked by hand against the rules in the README ("How time frames are read").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addBusinessDays, compare, isBusinessDay } from './calendar.js';
import { createHolidayCalendar } from './holiday-calendar.js';
import type { HolidayCalendar } from './types.js';
import { understandTimeFrame } from './understand.js';

type Row = [
  phrase: string,
  day: string,
  country: string,
  event: string,
  earliest: string | null,
  latest: string | null,
  firmness: string,
  checkInOn: string,
];

const calendars = new Map<string, HolidayCalendar>();
const calendar = (country: string) => {
  let c = calendars.get(country);
  if (!c) {
    c = createHolidayCalendar(country);
    calendars.set(country, c);
  }
  return c;
};

const ROWS: Row[] = [
  [
    'We hope to decide by the end of next week',
    '2026-03-03',
    'US',
    'decision',
    null,
    '2026-03-13',
    'soft',
    '2026-03-17',
  ],
  ["We'll decide on Thursday", '2026-03-03', 'US', 'decision', '2026-03-05', '2026-03-05', 'firm', '2026-03-06'],
  ["You'll hear from us by Monday", '2026-03-03', 'US', 'decision', null, '2026-03-09', 'firm', '2026-03-10'],
  ['We should know this week', '2026-03-03', 'US', 'decision', null, '2026-03-06', 'soft', '2026-03-10'],
  ['Next Tuesday', '2026-03-03', 'US', 'decision', '2026-03-10', '2026-03-10', 'firm', '2026-03-11'],
  [
    "We'll let you know within two weeks",
    '2026-03-03',
    'US',
    'decision',
    '2026-03-04',
    '2026-03-17',
    'firm',
    '2026-03-18',
  ],
  ['in 10 days', '2026-03-03', 'US', 'decision', '2026-03-13', '2026-03-13', 'firm', '2026-03-16'],
  ['probably 2-3 weeks', '2026-03-03', 'US', 'decision', '2026-03-17', '2026-03-24', 'soft', '2026-03-26'],
  ['a week or two', '2026-03-03', 'US', 'decision', '2026-03-10', '2026-03-17', 'soft', '2026-03-19'],
  ['it usually takes a few weeks', '2026-03-03', 'US', 'decision', '2026-03-17', '2026-03-24', 'soft', '2026-03-26'],
  ['a couple of weeks', '2026-03-03', 'US', 'decision', '2026-03-17', '2026-03-17', 'soft', '2026-03-19'],
  ['7-10 business days', '2026-03-03', 'US', 'decision', '2026-03-12', '2026-03-17', 'firm', '2026-03-18'],
  [
    "you'll hear from us in the next day or two",
    '2026-03-03',
    'US',
    'decision',
    '2026-03-04',
    '2026-03-05',
    'firm',
    '2026-03-06',
  ],
  [
    "we'll email you that evening or the next day",
    '2026-03-03',
    'US',
    'decision',
    '2026-03-03',
    '2026-03-04',
    'firm',
    '2026-03-05',
  ],
  ["we're aiming for early April", '2026-03-03', 'US', 'decision', '2026-04-01', '2026-04-10', 'soft', '2026-04-14'],
  ['mid-March', '2026-03-03', 'US', 'decision', '2026-03-11', '2026-03-20', 'firm', '2026-03-23'],
  ['by the end of the month', '2026-03-03', 'US', 'decision', null, '2026-03-31', 'firm', '2026-04-01'],
  ['sometime next month', '2026-03-03', 'US', 'decision', '2026-04-01', '2026-04-30', 'firm', '2026-05-01'],
  ["we'll have a decision by the 25th", '2026-03-03', 'US', 'decision', null, '2026-03-25', 'firm', '2026-03-26'],
  ['the 15th', '2026-03-03', 'US', 'decision', '2026-03-15', '2026-03-15', 'firm', '2026-03-16'],
  [
    'we need one more week, by Friday the 11th',
    '2026-11-24',
    'US',
    'decision',
    null,
    '2026-12-11',
    'firm',
    '2026-12-14',
  ],
  ['on Thursday, the 3rd', '2026-11-24', 'US', 'decision', '2026-12-03', '2026-12-03', 'firm', '2026-12-04'],
  ['on March 20', '2026-03-03', 'US', 'decision', '2026-03-20', '2026-03-20', 'firm', '2026-03-23'],
  ["we'll be in touch", '2026-03-03', 'US', 'unknown', null, null, 'vague', '2026-03-10'],
  ['soon', '2026-03-03', 'US', 'unknown', null, null, 'vague', '2026-03-10'],
  ['blah blah', '2026-03-03', 'US', 'unknown', null, null, 'none', '2026-03-10'],
  ['', '2026-03-03', 'US', 'unknown', null, null, 'none', '2026-03-10'],
  [
    "If you haven't heard by Friday, call me on Monday",
    '2026-03-03',
    'US',
    'decision',
    null,
    '2026-03-06',
    'firm',
    '2026-03-09',
  ],
  [
    'Contact HR if you have not heard by the 24th',
    '2026-03-03',
    'US',
    'decision',
    null,
    '2026-03-24',
    'firm',
    '2026-03-25',
  ],
  [
    "We'll be done interviewing by the 15th",
    '2026-03-03',
    'US',
    'interviews-end',
    null,
    '2026-03-15',
    'firm',
    '2026-03-20',
  ],
  ['We need someone to start by March 1', '2026-03-03', 'US', 'start', null, '2027-03-01', 'firm', '2026-03-10'],
  ["We'll call you back tomorrow", '2026-03-03', 'US', 'callback', '2026-03-04', '2026-03-04', 'firm', '2026-03-05'],
  ['We plan to extend an offer by Friday', '2026-03-03', 'US', 'offer', null, '2026-03-06', 'soft', '2026-03-10'],
  [
    "You'll hear about next steps within 5 business days",
    '2026-03-03',
    'US',
    'update',
    '2026-03-04',
    '2026-03-10',
    'firm',
    '2026-03-11',
  ],
  ['maybe next week', '2026-03-03', 'US', 'decision', '2026-03-09', '2026-03-13', 'soft', '2026-03-17'],
  ["We'll get back to you shortly", '2026-03-03', 'US', 'decision', null, null, 'vague', '2026-03-10'],
  ['by the end of next week', '2026-03-06', 'US', 'decision', null, '2026-03-13', 'firm', '2026-03-16'],
  ['next week', '2026-03-06', 'US', 'decision', '2026-03-09', '2026-03-13', 'firm', '2026-03-16'],
  ['on Monday', '2026-03-06', 'US', 'decision', '2026-03-09', '2026-03-09', 'firm', '2026-03-10'],
  ['by Friday', '2026-03-06', 'US', 'decision', null, '2026-03-13', 'firm', '2026-03-16'],
  ['in 3 business days', '2026-03-06', 'US', 'decision', '2026-03-11', '2026-03-11', 'firm', '2026-03-12'],
  ['we should decide by the 10th', '2026-03-06', 'US', 'decision', null, '2026-03-10', 'soft', '2026-03-12'],
  ['end of the following week', '2026-03-06', 'US', 'decision', null, '2026-03-13', 'firm', '2026-03-16'],
  ['early next week', '2026-03-06', 'US', 'decision', '2026-03-09', '2026-03-10', 'firm', '2026-03-11'],
  ['the week after next', '2026-03-06', 'US', 'decision', '2026-03-16', '2026-03-20', 'firm', '2026-03-23'],
  ['by the end of the week', '2026-03-07', 'US', 'decision', null, '2026-03-13', 'firm', '2026-03-16'],
  ['this week', '2026-03-07', 'US', 'decision', null, '2026-03-13', 'firm', '2026-03-16'],
  ['Monday or Tuesday', '2026-03-07', 'US', 'decision', '2026-03-09', '2026-03-10', 'firm', '2026-03-11'],
  ['in a week', '2026-03-07', 'US', 'decision', '2026-03-14', '2026-03-14', 'firm', '2026-03-16'],
  ['within 14 days', '2026-03-07', 'US', 'decision', '2026-03-08', '2026-03-21', 'firm', '2026-03-23'],
  ['late next week', '2026-03-09', 'US', 'decision', '2026-03-19', '2026-03-20', 'firm', '2026-03-23'],
  ['this Thursday', '2026-03-09', 'US', 'decision', '2026-03-12', '2026-03-12', 'firm', '2026-03-13'],
  [
    "we'll schedule the final round next week",
    '2026-03-09',
    'US',
    'update',
    '2026-03-16',
    '2026-03-20',
    'firm',
    '2026-03-23',
  ],
  ['hopefully by Wednesday', '2026-03-09', 'US', 'decision', null, '2026-03-11', 'soft', '2026-03-13'],
  ['next week', '2026-03-27', 'DE', 'decision', '2026-03-30', '2026-04-02', 'firm', '2026-04-07'],
  ['by the 2nd', '2026-03-27', 'DE', 'decision', null, '2026-04-02', 'firm', '2026-04-07'],
  ['after Easter', '2026-03-27', 'DE', 'decision', '2026-04-07', null, 'firm', '2026-04-14'],
  ['3/4', '2026-03-27', 'DE', 'decision', '2026-04-03', '2026-04-03', 'firm', '2026-04-07'],
  ['7-10 business days', '2026-03-27', 'DE', 'decision', '2026-04-09', '2026-04-14', 'firm', '2026-04-15'],
  [
    'we are finishing the interviews next week',
    '2026-03-27',
    'DE',
    'interviews-end',
    '2026-03-30',
    '2026-04-02',
    'firm',
    '2026-04-13',
  ],
  ['by the end of the week', '2026-03-28', 'GB', 'decision', null, '2026-04-02', 'firm', '2026-04-07'],
  ['within 5 working days', '2026-03-28', 'GB', 'decision', '2026-03-30', '2026-04-07', 'firm', '2026-04-08'],
  ['early April', '2026-03-28', 'GB', 'decision', '2026-04-01', '2026-04-10', 'firm', '2026-04-13'],
  ['after Easter', '2026-03-28', 'GB', 'decision', '2026-04-07', null, 'firm', '2026-04-14'],
  [
    "if you haven't heard anything by Thursday, please email me",
    '2026-03-28',
    'GB',
    'decision',
    null,
    '2026-04-02',
    'firm',
    '2026-04-07',
  ],
  ['end of the month', '2026-01-30', 'GB', 'decision', null, '2026-01-31', 'firm', '2026-02-02'],
  ['next month', '2026-01-30', 'GB', 'decision', '2026-02-01', '2026-02-28', 'firm', '2026-03-02'],
  ['by mid-February', '2026-01-30', 'GB', 'decision', null, '2026-02-20', 'firm', '2026-02-23'],
  ['the 1st', '2026-01-30', 'GB', 'decision', '2026-02-01', '2026-02-01', 'firm', '2026-02-02'],
  ['in a few days', '2026-01-30', 'GB', 'decision', '2026-02-01', '2026-02-03', 'soft', '2026-02-05'],
  ['after the holidays', '2026-12-31', 'GB', 'decision', '2027-01-04', null, 'firm', '2027-01-11'],
  ['by the end of the week', '2026-12-31', 'GB', 'decision', null, '2026-12-31', 'firm', '2027-01-04'],
  ['next week', '2026-12-31', 'GB', 'decision', '2027-01-04', '2027-01-08', 'firm', '2027-01-11'],
  ['early in the new year', '2026-12-31', 'GB', 'decision', '2027-01-04', '2027-01-15', 'soft', '2027-01-19'],
  ['in 2 weeks', '2026-12-31', 'GB', 'decision', '2027-01-14', '2027-01-14', 'firm', '2027-01-15'],
  ['after Thanksgiving', '2026-11-25', 'US', 'decision', '2026-11-27', null, 'firm', '2026-12-04'],
  ['before Christmas', '2026-11-25', 'US', 'decision', null, '2026-12-24', 'firm', '2026-12-28'],
  ['by the end of the year', '2026-11-25', 'US', 'decision', null, '2026-12-31', 'firm', '2027-01-04'],
  ['probably after the holidays', '2026-11-25', 'US', 'decision', '2027-01-04', null, 'soft', '2027-01-11'],
  ['this week', '2026-11-25', 'US', 'decision', null, '2026-11-27', 'firm', '2026-11-30'],
  ['tomorrow', '2026-11-25', 'US', 'decision', '2026-11-26', '2026-11-26', 'firm', '2026-11-27'],
  ['before Christmas', '2026-12-18', 'DE', 'decision', null, '2026-12-24', 'firm', '2026-12-28'],
  ['after the holidays', '2026-12-18', 'DE', 'decision', '2027-01-04', null, 'firm', '2027-01-11'],
  ['next week', '2026-12-18', 'DE', 'decision', '2026-12-21', '2026-12-24', 'firm', '2026-12-28'],
  ['in the new year', '2026-12-18', 'DE', 'decision', '2027-01-04', '2027-01-15', 'soft', '2027-01-19'],
  ['end of the month', '2026-05-29', 'DE', 'decision', null, '2026-05-31', 'firm', '2026-06-01'],
  ['early June', '2026-05-29', 'DE', 'decision', '2026-06-01', '2026-06-10', 'firm', '2026-06-11'],
  ['within 10 business days', '2026-05-29', 'DE', 'decision', '2026-06-01', '2026-06-12', 'firm', '2026-06-15'],
  [
    'the interviews will run until the 12th',
    '2026-05-29',
    'DE',
    'interviews-end',
    null,
    '2026-06-12',
    'firm',
    '2026-06-19',
  ],
  ['by Monday', '2026-10-31', 'US', 'decision', null, '2026-11-02', 'firm', '2026-11-03'],
  ['end of the month', '2026-10-31', 'US', 'decision', null, '2026-10-31', 'firm', '2026-11-02'],
  ['in a couple of days', '2026-10-31', 'US', 'decision', '2026-11-01', '2026-11-02', 'firm', '2026-11-03'],
  ['we will call you on the 5th', '2026-10-31', 'US', 'callback', '2026-11-05', '2026-11-05', 'firm', '2026-11-06'],
  ['the start date would be January 4', '2026-10-31', 'US', 'start', '2027-01-04', '2027-01-04', 'firm', '2026-11-06'],
  ["we'll reach out when we know more", '2026-10-31', 'US', 'unknown', null, null, 'vague', '2026-11-06'],
];

describe('time frame phrases', () => {
  it('covers at least 80 phrases, 10 interview dates and 3 countries', () => {
    assert.ok(ROWS.length >= 80);
    assert.ok(new Set(ROWS.map((r) => r[1])).size >= 10);
    assert.ok(new Set(ROWS.map((r) => r[2])).size >= 3);
  });
  for (const [phrase, day, country, event, earliest, latest, firmness, checkInOn] of ROWS) {
    it(`${day} ${country}: "${phrase}"`, () => {
      const got = understandTimeFrame({ phrase, interviewDate: day, calendar: calendar(country) });
      assert.deepEqual(
        {
          event: got.event,
          earliest: got.earliest,
          latest: got.latest,
          firmness: got.firmness,
          checkInOn: got.checkInOn,
        },
        { event, earliest, latest, firmness, checkInOn },
      );
      assert.equal(got.phrase, phrase.trim());
      assert.match(got.explanation, /check in on \w{3} \d{1,2} \w{3} \d{4}/);
    });
  }
});

describe('explanations', () => {
  it('says plainly when no time frame was given', () => {
    const got = understandTimeFrame({ phrase: '', interviewDate: '2026-03-03', calendar: calendar('US') });
    assert.match(got.explanation, /No time frame was given/);
  });
  it('says when nothing was understood', () => {
    const got = understandTimeFrame({
      phrase: 'the weather was nice',
      interviewDate: '2026-03-03',
      calendar: calendar('US'),
    });
    assert.equal(got.firmness, 'none');
    assert.match(got.explanation, /No time frame was understood in "the weather was nice"/);
  });
  it('names the window, its firmness and the rule behind the check-in day', () => {
    const got = understandTimeFrame({
      phrase: 'we hope to decide by the end of next week',
      interviewDate: '2026-03-03',
      calendar: calendar('US'),
    });
    assert.equal(
      got.explanation,
      'Understood as a decision by Fri 13 Mar 2026 (the end of next week), a hope or estimate rather than a promise: check in on Tue 17 Mar 2026, 2 business days after the window they gave closes.',
    );
  });
});

// Phrases built from the vocabulary the parser knows, glued in any order, plus arbitrary text.
const WORDS = [
  'we',
  'hope',
  'to',
  'decide',
  'by',
  'the',
  'end',
  'of',
  'next',
  'week',
  'friday',
  'monday',
  'on',
  'within',
  '2',
  '10',
  'a',
  'few',
  'couple',
  'days',
  'weeks',
  'months',
  'business',
  'or',
  'early',
  'mid',
  'late',
  'march',
  'december',
  'january',
  'after',
  'before',
  'thanksgiving',
  'christmas',
  'holidays',
  'if',
  "haven't",
  'heard',
  'call',
  'me',
  'contact',
  'hr',
  '15th',
  '31st',
  'start',
  'offer',
  'interviewing',
  'done',
  'soon',
  'maybe',
  'probably',
  'should',
  'tomorrow',
  'evening',
  'this',
  'month',
  'year',
  'new',
  '3/4',
  '12/31',
  'easter',
  '-',
];
const phraseArb = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 80 }),
);
const dayArb = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const countryArb = fc.constantFrom('US', 'GB', 'DE');

describe('time frame properties', () => {
  it('never throws; earliest <= latest; checkInOn is a business day after the interview', () => {
    fc.assert(
      fc.property(phraseArb, dayArb, countryArb, (phrase, day, country) => {
        const cal = calendar(country);
        const got = understandTimeFrame({ phrase, interviewDate: day, calendar: cal });
        if (got.earliest && got.latest)
          assert.ok(compare(got.earliest, got.latest) <= 0, `${got.earliest} > ${got.latest}`);
        assert.ok(compare(got.checkInOn, day) > 0, `check-in ${got.checkInOn} not after ${day}`);
        assert.ok(isBusinessDay(got.checkInOn, cal), `${got.checkInOn} is not a business day in ${country}`);
        assert.ok(got.explanation.length > 0);
      }),
      { numRuns: 1500 },
    );
  });

  it('a hedge never makes a date firmer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROWS.filter((r) => r[6] === 'firm')), ([phrase, day, country]) => {
        const got = understandTimeFrame({
          phrase: `we hope ${phrase}`,
          interviewDate: day,
          calendar: calendar(country),
        });
        assert.notEqual(got.firmness, 'firm');
      }),
    );
  });

  it('the default check-in is 5 business days after the interview', () => {
    fc.assert(
      fc.property(dayArb, countryArb, (day, country) => {
        const cal = calendar(country);
        const got = understandTimeFrame({ phrase: '', interviewDate: day, calendar: cal });
        assert.equal(got.checkInOn, addBusinessDays(day, 5, cal));
      }),
    );
  });
});
