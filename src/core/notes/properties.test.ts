// Property tests: any text a user can paste (emoji, right-to-left scripts, smart quotes, combining
// marks, very long words) is analysed without error, the score stays in range, generic notes are
// capped, and every evidence range is a slice of the original text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkNote, GENERIC_CAP } from './check.js';
import { splitSentences } from './text.js';
import { CHECK_IDS, type NoteContext } from './types.js';

const context: NoteContext = {
  company: 'Acme Analytics',
  role: 'Data Analyst',
  recipient: { name: 'Dana Reyes' },
  people: [
    {
      name: 'Dana Reyes',
      topics: ['Q3 roadmap'],
      challenges: [{ challenge: 'churn in enterprise accounts', idea: 'a health score' }],
      article: 'https://example.com/churn',
    },
  ],
};

// Pieces people really paste, mixed with arbitrary Unicode.
const pieces = fc.constantFrom(
  'Dear Dana,\n',
  'Thank you for the tour. ',
  'I want this job because ',
  'One idea: ',
  '“smart quotes” ',
  '‘single’ ',
  'שלום עולם. ',
  'مرحبا بالعالم؟ ',
  '😀🎉👩‍💻 ',
  'e\u0301\u0301\u0301 ',
  'Mr. Dr. e.g. U.S. ',
  'https://example.com/a.b?c=d. ',
  'x@y.z ',
  '\n\n',
  '\t',
  '...',
  '!?!?',
  '[Company] ',
  'I really need this job. ',
);
const longWord = fc.integer({ min: 100, max: 5000 }).map((n) => 'a'.repeat(n));
const noteText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      pieces,
      longWord,
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join('').slice(0, 20_000));

// A speller that accepts short words only, so the spelling path runs on every input.
const speller = { correct: (w: string) => w.length < 8 };

describe('note checker properties', () => {
  test('any text up to 20,000 characters: no throw, score 0..100, generic capped, offsets exact', () => {
    fc.assert(
      fc.property(
        noteText,
        fc.boolean(),
        fc.constantFrom('email', 'card', 'letter') as fc.Arbitrary<'email' | 'card' | 'letter'>,
        (text, withContext, channel) => {
          const r = checkNote({
            text,
            channel,
            context: withContext ? context : null,
            speller,
            otherNotes: [text.slice(0, 100)],
            sentAt: '2026-03-03T18:00:00Z',
            interviewEndsAt: '2026-03-03T16:00:00Z',
          });
          assert.ok(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100, `score ${r.score}`);
          if (r.generic) assert.ok(r.score <= GENERIC_CAP);
          assert.deepEqual(
            r.checks.map((c) => c.id),
            [...CHECK_IDS],
          );
          for (const c of r.checks) {
            for (const e of c.evidence) {
              assert.equal(text.slice(e.start, e.end), e.text);
              assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('sentences cover the text in order without overlap', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          assert.ok(s.start >= last && s.end > s.start);
          assert.equal(text.slice(s.start, s.end), s.text);
          last = s.end;
        }
      }),
    );
  });

  test('the worst cases a user can paste stay fast enough to check while typing', () => {
    const worst = [
      'a'.repeat(20_000),
      'A'.repeat(20_000),
      'a.'.repeat(10_000),
      'a@'.repeat(10_000),
      'Aa '.repeat(6_666),
      ' '.repeat(20_000),
      'study published '.repeat(1_250),
      `${'x'.repeat(19_990)}@y.z`,
    ];
    for (const text of worst) {
      // No timing assertion (machines differ); a quadratic blow-up would hang here for minutes.
      const r = checkNote({ text, context, speller });
      assert.ok(r.score >= 0 && r.score <= 100);
    }
  });
});
