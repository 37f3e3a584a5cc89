// One pdfkit document with the embedded fonts, a fixed creation date (same input, same bytes) and
// the family chosen by what the text needs: DejaVu Serif when it covers every character, else
// DejaVu Sans (wider coverage); characters neither has are reported by name.
import { createRequire } from 'node:module';
import { type FontKey, fontPath } from './fonts.js';
import { describeChar, type GlyphCoverage, missingGlyphs } from './text.js';

type Doc = PDFKit.PDFDocument;

export interface OpenedDocument {
  doc: Doc;
  /** The registered font names for regular and bold text. */
  regular: string;
  bold: string;
  /** What the user should know: characters that will not print. */
  warnings: string[];
  finish(): Promise<Buffer>;
}

export interface DocumentOptions {
  size: string | [number, number];
  margins: { top: number; bottom: number; left: number; right: number };
  title: string;
  createdAt: Date;
  /** Every piece of text the page will carry, to choose the font and find missing characters. */
  text: string;
}

const coverage = (doc: Doc, name: string): GlyphCoverage => {
  doc.font(name);
  // pdfkit keeps the fontkit font of an embedded TTF on its (untyped) current font object.
  return (doc as unknown as { _font: { font: GlyphCoverage } })._font.font;
};

export async function openDocument(options: DocumentOptions): Promise<OpenedDocument> {
  // pdfkit is CommonJS and heavy: loaded when a PDF is made, never at start-up.
  const PDFDocument = createRequire(import.meta.url)('pdfkit') as typeof import('pdfkit');
  const doc = new PDFDocument({
    size: options.size,
    margins: options.margins,
    autoFirstPage: true,
    bufferPages: false,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: options.title,
      Creator: 'Follow-Through',
      Producer: 'Follow-Through',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts: FontKey[] = ['serif', 'serifBold', 'sans', 'sansBold'];
  for (const key of fonts) doc.registerFont(key, fontPath(key));

  const missingIn = (key: FontKey) => missingGlyphs(options.text, coverage(doc, key));
  const serifMissing = missingIn('serif');
  const sansMissing = serifMissing.length === 0 ? [] : missingIn('sans');
  const useSerif = serifMissing.length === 0 || serifMissing.length <= sansMissing.length;
  const missing = useSerif ? serifMissing : sansMissing;
  const warnings = missing.map(
    (ch) =>
      `The character ${describeChar(ch)} is in no embedded font and will print as an empty box: replace it or leave it out.`,
  );
  const regular = useSerif ? 'serif' : 'sans';
  // The bold face is only used when it covers the same characters; otherwise regular stands in.
  const boldKey = useSerif ? 'serifBold' : 'sansBold';
  const bold = missingIn(boldKey).length <= missing.length ? boldKey : regular;
  doc.font(regular);
  return {
    doc,
    regular,
    bold,
    warnings,
    finish: async () => {
      doc.end();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
