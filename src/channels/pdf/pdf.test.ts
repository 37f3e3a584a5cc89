// Letters and cards read back with pdftotext: addresses, date and body are there, non-Latin names
// survive, the recipient lands in the envelope's window on both papers, characters no font has are
// named, the same input gives the same bytes, and any printable body round-trips.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { pageCount, pdfText, pdftotext, pdfWords, squash } from '../../../test/helpers/pdf-text.js';
import { composeDraft } from '../../core/notes/compose/compose.js';
import { PROFILE } from '../../core/notes/compose/test-inputs.js';
import type { ComposeInput } from '../../core/notes/compose/types.js';
import { renderCard } from './card.js';
import { type LetterInput, renderLetter } from './letter.js';
import { letterGeometry, type Paper } from './paper.js';
import { withoutLetterhead } from './text.js';

const run = pdftotext.check();
const AT = new Date('2026-11-26T10:00:00Z');

const input = (over: Partial<ComposeInput> = {}): ComposeInput => ({
  kind: 'thank-you',
  format: 'letter',
  tone: 'formal',
  profile: { ...PROFILE, name: 'Jordan Müller', address: '12 Harbour Road\nBristol BS1 4RN' },
  opportunity: { company: 'Acme Corp', role: 'Product Manager', why: 'your focus on onboarding', strength: '' },
  interview: { date: '2026-11-24', timeZone: 'Europe/London' },
  recipient: {
    name: 'Łukasz Dmitriev',
    title: 'Head of Data',
    email: null,
    address: 'ul. Długa 5\n00-238 Warszawa',
    company: '',
  },
  notes: { topics: ['the pricing page'], challenges: [], article: null, weakAnswer: '' },
  timeFrame: null,
  today: '2026-11-24',
  ...over,
});

const letter = (
  paper: Paper,
  body: string,
  recipient = ['Łukasz Dmitriev', 'Head of Data', 'Acme Corp', 'ul. Długa 5', '00-238 Warszawa'],
): LetterInput => ({
  paper,
  sender: { name: 'Jordan Müller', address: ['12 Harbour Road', 'Bristol BS1 4RN'], contact: ['jordan@example.org'] },
  recipient,
  date: '26 November 2026',
  body,
  title: 'Thank you',
  createdAt: AT,
});

describe('withoutLetterhead', () => {
  test('drops the composer letterhead, keeps the greeting onwards', () => {
    const body = composeDraft(input()).body;
    const rest = withoutLetterhead(body);
    assert.match(rest, /^Dear Łukasz Dmitriev,/);
    assert.ok(!rest.includes('12 Harbour Road'));
    assert.ok(rest.endsWith('Jordan Müller'));
  });
  test('leaves a body the user rewrote without a letterhead as it is', () => {
    assert.equal(withoutLetterhead('Dear Dana,\n\nThanks.\n\nBest,\nJo'), 'Dear Dana,\n\nThanks.\n\nBest,\nJo');
    const noDate = '12 Harbour Road\nBristol\n\nDear Dana,\n\nThanks.';
    assert.equal(withoutLetterhead(noDate), noDate);
  });
  test('still recognises it when the recipient block was deleted', () => {
    assert.equal(withoutLetterhead('Jo\n1 Road\n\n26 November 2026\n\nDear Dana,\n\nThanks.'), 'Dear Dana,\n\nThanks.');
  });
});

describe('renderLetter', { skip: !run && 'needs pdftotext (poppler-utils)' }, () => {
  for (const paper of ['letter', 'a4'] as const) {
    test(`${paper}: addresses, date and body read back; the recipient sits in the window`, async () => {
      const body = withoutLetterhead(composeDraft(input()).body);
      const { pdf, warnings } = await renderLetter(letter(paper, body));
      assert.deepEqual(warnings, []);
      const text = squash(pdfText(pdf));
      for (const s of [
        'Jordan Müller',
        '12 Harbour Road',
        'Bristol BS1 4RN',
        'Łukasz Dmitriev',
        'ul. Długa 5',
        '00-238 Warszawa',
        '26 November 2026',
        'Dear Łukasz Dmitriev,',
      ]) {
        assert.ok(text.includes(s), `${s} missing from:\n${text}`);
      }
      assert.ok(text.includes(squash(body.split('\n\n')[1] ?? '')), 'first paragraph');
      const g = letterGeometry(paper);
      // Everything in the window crop is the return line and the recipient; the name is in it.
      const inWindow = squash(pdfText(pdf, g.window));
      assert.ok(inWindow.includes('Łukasz Dmitriev') && inWindow.includes('00-238 Warszawa'), inWindow);
      assert.ok(!inWindow.includes('Dear'), 'the body stays out of the window');
      const name = pdfWords(pdf).find((w) => w.text === 'Łukasz' && w.page === 1);
      assert.ok(name);
      assert.ok(name.xMin >= g.window.x && name.xMax <= g.window.x + g.window.width, `x ${name.xMin}`);
      assert.ok(name.yMin >= g.window.y && name.yMax <= g.window.y + g.window.height, `y ${name.yMin}`);
      // The letterhead above the window is not inside it.
      const last = pdfWords(pdf)
        .filter((w) => w.text === '00-238')
        .at(-1);
      assert.ok(last && last.yMax <= g.window.y + g.window.height);
    });
  }

  test('a long recipient block shrinks to stay inside the window', async () => {
    const many = [
      'Дмитрий Иванов',
      'Chief Executive Officer',
      'Acme Corp',
      'Building 4',
      'Floor 12',
      'Suite 1200',
      '1 Long Street',
      'Springfield IL 62701',
    ];
    const { pdf } = await renderLetter(letter('letter', 'Dear Дмитрий,\n\nThanks.\n\nSincerely,\nJo', many));
    const g = letterGeometry('letter');
    const words = pdfWords(pdf).filter(
      (w) => many.some((l) => l.includes(w.text)) && w.yMin > g.window.y - 5 && w.yMin < g.window.y + 200,
    );
    assert.ok(words.some((w) => w.text === 'Дмитрий'));
    assert.ok(words.some((w) => w.text === '62701'));
    for (const w of words) assert.ok(w.yMax <= g.window.y + g.window.height + 0.5, `${w.text} at ${w.yMax}`);
  });

  test('a character no embedded font has is named in a warning', async () => {
    const { pdf, warnings } = await renderLetter(
      letter('a4', 'Dear 王伟,\n\nThanks.\n\nSincerely,\nJo', ['王伟', 'Beijing']),
    );
    assert.equal(warnings.length, 2);
    assert.match(warnings[0] ?? '', /"王" \(U\+738B\)/);
    assert.match(warnings[1] ?? '', /"伟" \(U\+4F1F\)/);
    assert.ok(pdf.length > 1000);
  });

  test('the same input gives the same bytes', async () => {
    const a = await renderLetter(letter('letter', 'Dear Dana,\n\nThanks.'));
    const b = await renderLetter(letter('letter', 'Dear Dana,\n\nThanks.'));
    assert.ok(a.pdf.equals(b.pdf));
  });

  test('a long letter flows onto a second page and keeps every paragraph', async () => {
    const paragraphs = Array.from(
      { length: 14 },
      (_, i) =>
        `Paragraph ${i + 1} says something about the role at some length, so that the page fills up well before the end of the letter.`,
    );
    const { pdf } = await renderLetter(letter('a4', ['Dear Dana,', ...paragraphs, 'Sincerely,\nJordan'].join('\n\n')));
    assert.equal(pageCount(pdf), 2);
    const text = squash(pdfText(pdf));
    for (let i = 1; i <= 14; i++) assert.ok(text.includes(`Paragraph ${i} says`), `paragraph ${i}`);
  });

  test('any printable body round-trips through pdftotext', async () => {
    const chars = fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?()-\'"&/@#%€£äöüßÉéèçñŁłżĄąДмитрийЖЩЮЯαβγΩ'.split(
        '',
      ),
    );
    const word = fc.array(chars, { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''));
    const para = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.array(para, { minLength: 1, maxLength: 5 }), async (paras) => {
        const body = paras.join('\n\n');
        const { pdf, warnings } = await renderLetter(letter('letter', body));
        assert.deepEqual(warnings, []);
        // pdftotext joins a line ending in "-" to the next as a hyphenated word, dropping the hyphen:
        // its reading, not our rendering, so hyphens are left out of the comparison.
        const strip = (s: string) => s.replace(/[\s-]+/g, '');
        assert.ok(strip(pdfText(pdf)).includes(strip(body)), body);
      }),
      { numRuns: 12 },
    );
  });
});

describe('renderCard', { skip: !run && 'needs pdftotext (poppler-utils)' }, () => {
  for (const size of ['5x7', 'a6'] as const) {
    test(`${size}: the composer's card fits on one card with every line`, async () => {
      const body = composeDraft(input({ format: 'card', tone: 'warm' })).body;
      const { pdf, warnings } = await renderCard({ size, body, title: 'Card', createdAt: AT });
      assert.deepEqual(warnings, []);
      assert.equal(pageCount(pdf), 1);
      const text = squash(pdfText(pdf));
      for (const line of body.split('\n')) assert.ok(text.includes(squash(line)), `${line}\n---\n${text}`);
      assert.ok(text.startsWith('Dear Łukasz,'));
    });
  }
});
