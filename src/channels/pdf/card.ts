// A note card (5 × 7 in, or A6 where A4 is the paper): greeting, a few lines, closing and name with
// room to sign. The text shrinks to fit the card before it spills onto a second one.
import { openDocument } from './document.js';
import type { RenderedPdf } from './letter.js';
import { writeBody } from './letter.js';
import { type CardSize, cardPage } from './paper.js';
import { bodyBlocks } from './signature.js';

export interface CardInput {
  size: CardSize;
  body: string;
  title: string;
  createdAt: Date;
}

export async function renderCard(input: CardInput): Promise<RenderedPdf> {
  const page = cardPage(input.size);
  const margins = { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin };
  // A card body from the composer has one paragraph a line; an edited one may use blank lines.
  const blocks = bodyBlocks(input.body, !/\n[ \t]*\n/.test(input.body.trim()));
  const { doc, regular, warnings, finish } = await openDocument({
    size: page.size,
    margins,
    title: input.title,
    createdAt: input.createdAt,
    text: input.body,
  });
  const width = page.size[0] - 2 * page.margin;
  const room = page.size[1] - 2 * page.margin;
  doc.font(regular);
  let size = 12;
  while (size > 8 && measure(doc, blocks, width, size) > room) size -= 0.5;
  doc.fontSize(size);
  doc.y = page.margin;
  writeBody(doc, blocks, page.margin, width, size * 2);
  return { pdf: await finish(), warnings };
}

function measure(doc: PDFKit.PDFDocument, blocks: ReturnType<typeof bodyBlocks>, width: number, size: number) {
  doc.fontSize(size);
  const gap = doc.currentLineHeight(true) * 0.75;
  let h = 0;
  for (const b of blocks) {
    h += gap;
    if (b.kind === 'signature') h += doc.heightOfString(`${b.closing}\n${b.name.join('\n')}`, { width }) + size * 2;
    else h += doc.heightOfString(b.text, { width, lineGap: 1.5 });
  }
  return h;
}
