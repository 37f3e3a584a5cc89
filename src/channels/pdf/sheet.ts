// The interview sheet as a one-page PDF (issue 7), with DejaVu embedded so any name prints (the 14
// built-in PDF fonts garble Ł, Cyrillic, CJK). The text shrinks until everything fits on one page.
import type { InterviewSheet } from '../../core/sheet.js';
import { sheetFont } from './sheet-font.js';

export type Paper = 'A4' | 'LETTER';

// Control characters would corrupt the text stream; keep newlines only.
const cleanText = (s: string): string => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
const MAX_POINTS = 10;
const MAX_POINT_CHARS = 400;

type Doc = PDFKit.PDFDocument;

interface Block {
  font: 'regular' | 'bold';
  scale: number;
  text: string;
  gapBefore: number;
  indent?: number;
}

function blocks(s: InterviewSheet): Block[] {
  const out: Block[] = [];
  const add = (font: Block['font'], scale: number, text: string, gapBefore = 0, indent = 0) =>
    out.push({ font, scale, text: cleanText(text), gapBefore, indent });
  add('bold', 1.6, `Interview sheet: ${s.title}`);
  add('regular', 1, [s.when, s.stage].filter(Boolean).join(' · '), 0.2);
  if (s.panel.length > 0) add('regular', 1, `Panel: ${s.panel.join('; ')}`, 0.2);
  add('bold', 1.2, 'Before you leave, ask', 1);
  for (const q of s.questions) add('regular', 1, `☐ ${q.text} (${q.why})`, 0.25, 10);
  add('bold', 1.2, 'If they drift: watch for', 1);
  add('regular', 1, s.cues.map((c) => c.label).join(' · '), 0.25, 10);
  add('bold', 1, 'Then', 0.5);
  for (const r of s.recovery) add('regular', 1, `› ${r}`, 0.25, 10);
  add('regular', 0.9, s.recoveryNote, 0.25, 10);
  add('bold', 1.2, 'My points for this role', 1);
  if (s.points.length === 0) add('regular', 1, 'None recorded yet: write two or three before you go in.', 0.25, 10);
  for (const p of s.points.slice(0, MAX_POINTS)) {
    const text = p.text.length > MAX_POINT_CHARS ? `${p.text.slice(0, MAX_POINT_CHARS - 1)}…` : p.text;
    add('regular', 1, `• ${p.label}: ${text}`, 0.25, 10);
  }
  if (s.points.length > MAX_POINTS)
    add('regular', 0.9, `… and ${s.points.length - MAX_POINTS} more on the web page.`, 0.25, 10);
  for (const t of s.tips) add('regular', 0.85, `Tip: ${t.text} Source: ${t.source}.`, 1.2);
  return out;
}

/** Draws (or, with `draw` false, only measures) the blocks at a base font size; returns the height used. */
function lay(doc: Doc, list: Block[], size: number, draw: boolean): number {
  const { left, right, top } = doc.page.margins;
  const width = doc.page.width - left - right;
  let y = top;
  for (const b of list) {
    y += b.gapBefore * size;
    doc.font(b.font).fontSize(size * b.scale);
    const w = width - (b.indent ?? 0);
    const h = doc.heightOfString(b.text, { width: w });
    if (draw) doc.text(b.text, left + (b.indent ?? 0), y, { width: w });
    y += h;
  }
  return y - top;
}

export async function renderSheetPdf(sheet: InterviewSheet, paper: Paper = 'A4'): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: paper,
    margins: { top: 48, bottom: 48, left: 54, right: 54 },
    info: { Title: cleanText(`Interview sheet: ${sheet.title}`), Creator: 'Follow-Through' },
  });
  doc.registerFont('regular', sheetFont('DejaVuSans.ttf'));
  doc.registerFont('bold', sheetFont('DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const list = blocks(sheet);
  const room = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  let size = 11;
  while (size > 6 && lay(doc, list, size, false) > room) size -= 0.5;
  lay(doc, list, size, true);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
