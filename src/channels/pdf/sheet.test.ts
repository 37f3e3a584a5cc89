// The sheet renders to a one-page PDF whose text reads back (poppler's pdftotext and pdfinfo), with
// names outside Latin-1 intact and a sourced tip; a long sheet still fits on one page.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { EMPTY_NEXT_STEPS, type InterviewRecord } from '../../core/model.js';
import { buildSheet } from '../../core/sheet.js';
import { renderSheetPdf } from './sheet.js';

const poppler = spawnSync('pdftotext', ['-v']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'ft-sheet-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const record = (over: Partial<InterviewRecord['opportunity']> = {}): InterviewRecord => ({
  id: 'iv1',
  opportunityId: 'op1',
  stage: 'final round',
  startsAt: '2026-03-03T10:00',
  timeZone: 'Europe/Warsaw',
  startsAtUtc: '2026-03-03T09:00:00Z',
  country: 'PL',
  format: 'video',
  location: '',
  createdAt: '',
  updatedAt: '',
  opportunity: {
    id: 'op1',
    company: 'Żabka Logistyka',
    role: 'Data Analyst',
    postingUrl: null,
    why: 'your focus on regional warehouse planning',
    strength: 'I cut billing errors by 30% at my last job',
    status: 'interviewing',
    createdAt: '',
    updatedAt: '',
    ...over,
  },
  participants: [
    {
      contact: {
        id: 'c1',
        name: 'Łukasz Wróbel',
        title: 'Head of Data',
        email: null,
        phone: '',
        address: '',
        company: '',
        timeZone: null,
      },
      role: 'interviewer',
    },
  ],
  nextSteps: EMPTY_NEXT_STEPS,
  notes: [],
});

function readBack(pdf: Buffer, name: string): { text: string; pages: number } {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text: text.replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe('interview sheet PDF', { skip: !poppler && 'needs poppler-utils (pdftotext, pdfinfo)' }, () => {
  test('reads back with every section, the names intact, on one page', async () => {
    const sheet = buildSheet(record(), ['Ask about the Q3 migration']);
    const { text, pages } = readBack(await renderSheetPdf(sheet), 'sheet.pdf');
    assert.equal(pages, 1);
    for (const want of [
      'Interview sheet: Żabka Logistyka — Data Analyst',
      'Łukasz Wróbel',
      'When do you expect to make a decision?',
      'Is there anything in my background that gives you pause?',
      'Checking the time or their phone',
      'Did my last answer raise any questions I can clear up?',
      'Why I want this job: your focus on regional warehouse planning',
      'I cut billing errors by 30% at my last job',
      'Ask about the Q3 migration',
      'Source: Accountemps survey, 2017',
    ]) {
      assert.ok(text.includes(want), `missing "${want}" in:\n${text}`);
    }
  });

  test('a sheet with long points still fits on one page, on US Letter too', async () => {
    const long = Array.from({ length: 14 }, (_, i) => `Point ${i + 1}: ${'a careful, detailed sentence '.repeat(14)}`);
    const sheet = buildSheet(record({ why: 'x'.repeat(900) }), long);
    for (const paper of ['A4', 'LETTER'] as const) {
      const { text, pages } = readBack(await renderSheetPdf(sheet, paper), `long-${paper}.pdf`);
      assert.equal(pages, 1, paper);
      assert.ok(text.includes('Point 1:'), text);
      assert.ok(text.includes('more on the web page'), text);
    }
  });

  test('control characters in user text do not reach the PDF', async () => {
    const sheet = buildSheet(record({ why: 'line\u0007bell\u001b[31mred' }), []);
    const { text } = readBack(await renderSheetPdf(sheet), 'control.pdf');
    assert.ok(text.includes('line bell [31mred'), text);
  });
});
