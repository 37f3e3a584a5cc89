// The composer's promises (issue 5): every full thank-you scores at least 85 on the checker and is
// not generic; nothing in a draft is invented; missing inputs become gaps; panel notes differ;
// rejection replies ask for feedback and future roles; check-ins refer to the time frame.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import { corpusSpeller } from '../../../../test/helpers/notes-corpus.js';
import { checkNote } from '../check.js';
import type { SpellChecker } from '../types.js';
import { composeDraft } from './compose.js';
import { fullNotes, fullScenario, person, type Scenario } from './generators.js';
import { contextFor } from './test-inputs.js';
import { DRAFT_KINDS } from './types.js';
import { FIXED_WORDS, letterDate, longDate } from './words.js';

let speller: SpellChecker;
before(async () => {
  speller = await corpusSpeller();
});

const score = (s: Scenario, body: string, otherNotes: string[] = []) =>
  checkNote({
    text: body,
    context: contextFor(s.input, s.panel, s.panel[0]?.contact.id ?? ''),
    channel: s.input.format,
    speller,
    otherNotes,
  });

describe('composeDraft', () => {
  test('every full thank-you scores at least 85 and is not generic', () => {
    fc.assert(
      fc.property(fullScenario(), (s) => {
        const d = composeDraft(s.input);
        const r = score(s, d.body);
        const failed = r.checks.filter((c) => c.passed === false).map((c) => `${c.id}: ${c.advice}`);
        assert.ok(r.score >= 85, `score ${r.score}\n${d.body}\n${failed.join('\n')}`);
        assert.equal(r.generic, false);
        assert.deepEqual(d.gaps, []);
      }),
      { numRuns: 300 },
    );
  });

  test('nothing is invented: every URL, number, date and capitalised name comes from the inputs', () => {
    const anyScenario = fullScenario([...DRAFT_KINDS]).chain((s) =>
      fc
        .record({ drop: fc.subarray(['topics', 'challenges', 'why', 'strength', 'timeFrame', 'address']) })
        .map(({ drop }) => {
          const notes = s.input.notes ?? { topics: [], challenges: [], article: null, weakAnswer: '' };
          return {
            ...s.input,
            notes: {
              ...notes,
              topics: drop.includes('topics') ? [] : notes.topics,
              challenges: drop.includes('challenges') ? [] : notes.challenges,
            },
            opportunity: {
              ...s.input.opportunity,
              why: drop.includes('why') ? '' : s.input.opportunity.why,
              strength: drop.includes('strength') ? '' : s.input.opportunity.strength,
            },
            timeFrame: drop.includes('timeFrame') ? null : s.input.timeFrame,
            recipient: { ...s.input.recipient, address: drop.includes('address') ? '' : s.input.recipient.address },
          };
        }),
    );
    fc.assert(
      fc.property(anyScenario, (input) => {
        const d = composeDraft(input);
        const strings = JSON.stringify(input);
        const dates = [input.today, input.interview.date, input.timeFrame?.latest, input.timeFrame?.earliest]
          .filter((x): x is string => typeof x === 'string')
          .flatMap((iso) => [longDate(iso, input.today), letterDate(iso)])
          .join(' ');
        const known = new Set([...`${strings} ${dates}`.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)].map((m) => m[0]));
        for (const w of FIXED_WORDS) known.add(w);
        const text = `${d.subject}\n${d.body}`;
        for (const url of text.match(/https?:\/\/[^\s]+/gu) ?? []) assert.ok(strings.includes(url), `invented ${url}`);
        const noLinks = text.replace(/https?:\/\/[^\s]+/gu, ' ');
        for (const m of noLinks.matchAll(/\d+/gu)) assert.ok(`${strings} ${dates}`.includes(m[0]), `invented ${m[0]}`);
        for (const m of noLinks.matchAll(/\p{Lu}[\p{L}]*/gu)) {
          assert.ok(known.has(m[0]) || strings.includes(m[0]), `invented "${m[0]}" in\n${text}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a missing input leaves a marked gap and lists it', () => {
    const s = fc.sample(fullScenario(), { numRuns: 1, seed: 7 })[0] as Scenario;
    const noChallenge = composeDraft({
      ...s.input,
      format: 'email',
      notes: { topics: ['x'], article: null, weakAnswer: '', ...s.input.notes, challenges: [] },
    });
    const first = s.input.recipient.name.split(' ')[0];
    assert.ok(noChallenge.body.includes(`[add: the challenge ${first} mentioned]`), noChallenge.body);
    assert.ok(noChallenge.gaps.includes(`the challenge ${first} mentioned`));
    const noWhy = composeDraft({ ...s.input, opportunity: { ...s.input.opportunity, why: '' } });
    assert.ok(noWhy.gaps.includes('why you want this role'));
    const letter = composeDraft({ ...s.input, format: 'letter', recipient: { ...s.input.recipient, address: '' } });
    assert.ok(letter.gaps.includes(`${first}'s postal address`), letter.body);
    assert.ok(letter.body.includes(`[add: ${first}'s postal address]`));
  });

  test('two panel thank-yous for the same interview pass uniqueness against each other', () => {
    const panel = fc.record({ a: person('c1'), b: person('c2'), na: fullNotes, nb: fullNotes });
    fc.assert(
      fc.property(fullScenario(), panel, (s, p) => {
        fc.pre(p.a.name !== p.b.name);
        const ma = { contact: p.a, notes: p.na };
        const mb = { contact: p.b, notes: p.nb };
        fc.pre(JSON.stringify(p.na.topics) !== JSON.stringify(p.nb.topics));
        fc.pre(p.na.challenges[0]?.challenge !== p.nb.challenges[0]?.challenge);
        const scen = (i: 0 | 1): Scenario => {
          const m = i === 0 ? ma : mb;
          return {
            panel: i === 0 ? [ma, mb] : [mb, ma],
            input: { ...s.input, format: 'email', recipient: m.contact, notes: m.notes, variant: i },
          };
        };
        const [da, db] = [composeDraft(scen(0).input), composeDraft(scen(1).input)];
        const ra = score(scen(0), da.body, [db.body]);
        const uniq = ra.checks.find((c) => c.id === 'uniqueness');
        assert.equal(uniq?.passed, true, `${da.body}\n----\n${db.body}`);
        assert.ok(ra.score >= 85);
      }),
      { numRuns: 150 },
    );
  });

  test('a rejection reply asks for feedback and for future roles; a check-in refers to the time frame', () => {
    const s = fc.sample(fullScenario(), { numRuns: 1, seed: 3 })[0] as Scenario;
    const reply = composeDraft({ ...s.input, kind: 'rejection-reply', format: 'email' });
    assert.match(reply.body, /specific feedback/);
    assert.match(reply.body, /future roles/);
    assert.match(reply.body, /stay in touch/);
    const tf = {
      phrase: 'we hope to decide by the end of next week',
      event: 'decision' as const,
      earliest: null,
      latest: '2026-03-13',
      firmness: 'soft' as const,
      checkInOn: '2026-03-16',
      explanation: '',
    };
    for (const round of [1, 2] as const) {
      const c = composeDraft({
        ...s.input,
        kind: 'check-in',
        format: 'email',
        timeFrame: tf,
        round,
        timeFrameSaidBy: 'recipient',
      });
      assert.match(c.body, /You mentioned you hoped to decide by Friday 13 March/i);
      // Someone else on the panel gave it: the recipient is not told they said it.
      const other = composeDraft({ ...s.input, kind: 'check-in', format: 'email', timeFrame: tf, round });
      assert.match(other.body, /I understood the team hoped to decide by Friday 13 March/);
      assert.doesNotMatch(other.body, /you mentioned/i);
      assert.doesNotMatch(c.body, /just checking in/i);
      assert.deepEqual(c.gaps, []);
    }
    const none = composeDraft({ ...s.input, kind: 'check-in', format: 'email', timeFrame: null });
    assert.ok(none.gaps.includes('the time frame they gave'));
    // The second check-in adds an idea the first did not already carry.
    const first = composeDraft({ ...s.input, kind: 'check-in', format: 'email', timeFrame: tf });
    const idea = s.input.notes?.challenges[0]?.idea ?? '';
    assert.ok(first.body.includes(idea));
    const second = composeDraft({ ...s.input, kind: 'check-in', round: 2, timeFrame: tf, earlier: [first.body] });
    assert.ok(!second.body.includes(idea));
  });
});
