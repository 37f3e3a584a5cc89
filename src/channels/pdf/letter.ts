// A business letter for a window envelope: letterhead, a one-line return address and the
// recipient's address in the window, the date, then salutation, body, closing, signature space.
import { openDocument } from './document.js';
import { letterGeometry, type Paper } from './paper.js';
import { type BodyBlock, bodyBlocks } from './signature.js';
import { linesOf, printable } from './text.js';

export interface LetterInput {
  paper: Paper;
  /** The sender's name and postal address lines (a missing address is an `[add: …]` gap). */
  sender: { name: string; address: string[]; contact: string[] };
  /** Name, title, company and postal address lines of the recipient. */
  recipient: string[];
  /** The date line as it should read. */
  date: string;
  /** Greeting, paragraphs, closing and signature, without the letterhead. */
  body: string;
  title: string;
  createdAt: Date;
}

export interface RenderedPdf {
  pdf: Buffer;
  /** Characters that will not print, in words for the user. */
  warnings: string[];
}

const ADDRESS_SIZE = 10;
const BODY_SIZE = 11;
// Fold and punch marks: short ticks this far from the left edge.
const MARK_X = 11;

export async function renderLetter(input: LetterInput): Promise<RenderedPdf> {
  const g = letterGeometry(input.paper);
  const sender = { ...input.sender, name: printable(input.sender.name) };
  const recipient = input.recipient.flatMap(linesOf);
  const blocks = bodyBlocks(input.body);
  const returnLine = [sender.name, ...sender.address].filter((l) => l.trim() !== '').join(' · ');
  const allText = [sender.name, ...sender.address, ...sender.contact, ...recipient, input.date, input.body].join('\n');
  const { doc, regular, bold, warnings, finish } = await openDocument({
    size: g.size,
    margins: g.margin,
    title: input.title,
    createdAt: input.createdAt,
    text: allText,
  });
  const textWidth = g.width - g.margin.left - g.margin.right;

  // Letterhead: the sender, top left; not in the window, so it never competes with the address.
  doc
    .font(bold)
    .fontSize(13)
    .text(sender.name, g.margin.left, g.margin.top * 0.6, { width: textWidth });
  doc
    .font(regular)
    .fontSize(9)
    .text([...sender.address, ...sender.contact].map(printable).join('\n'), { width: textWidth, lineGap: 1 });

  // The window: a small return address line, then the recipient, shrunk if needed to stay inside.
  const windowWidth = g.window.x + g.window.width - g.addressLeft - 6;
  doc
    .font(regular)
    .fontSize(7)
    .text(returnLine, g.addressLeft, g.addressTop - 11, { width: windowWidth, lineBreak: false, ellipsis: true });
  const room = g.window.y + g.window.height - g.addressTop - 2;
  let size = ADDRESS_SIZE;
  while (size > 6 && recipient.length * size * 1.2 > room) size -= 0.5;
  doc.fontSize(size);
  recipient.forEach((line, i) => {
    doc.text(line, g.addressLeft, g.addressTop + i * size * 1.2, {
      width: windowWidth,
      lineBreak: false,
      ellipsis: true,
    });
  });

  for (const y of g.marks)
    doc
      .moveTo(MARK_X, y)
      .lineTo(MARK_X + 10, y)
      .lineWidth(0.3)
      .strokeColor('#999')
      .stroke();

  doc.font(regular).fontSize(BODY_SIZE).fillColor('black');
  doc.text(input.date, g.margin.left, g.dateTop, { width: textWidth, align: input.paper === 'a4' ? 'right' : 'left' });
  doc.y = g.bodyTop;
  writeBody(doc, blocks, g.margin.left, textWidth);
  return { pdf: await finish(), warnings };
}

/** Paragraphs with a blank line between, and room to sign between the closing and the name. */
export function writeBody(doc: PDFKit.PDFDocument, blocks: BodyBlock[], x: number, width: number, signSpace = 36) {
  const gap = doc.currentLineHeight(true) * 0.75;
  for (const block of blocks) {
    if (block.kind === 'signature') {
      doc.text(block.closing, x, doc.y, { width });
      doc.y += signSpace;
      if (block.name.length > 0) doc.text(block.name.join('\n'), x, doc.y, { width });
    } else {
      doc.text(block.text, x, doc.y, { width, lineGap: 1.5 });
    }
    doc.y += gap;
  }
}
