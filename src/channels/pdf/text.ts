// Text going into a PDF: control characters out, the composer's letterhead recognised (the PDF
// places addresses itself), and characters no embedded font can draw named for the user.

/** Control characters (other than newline) print as nothing or garbage: tabs become spaces, the rest go. */
export function printable(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '');
}

export const linesOf = (s: string): string[] =>
  printable(s)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

const GREETING = /^(dear|hello|hi|hey|good (morning|afternoon|evening)|to whom|sehr geehrte|liebe|lieber)\b/iu;
const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/iu;
const isDateBlock = (block: string): boolean => {
  const lines = linesOf(block);
  return (
    lines.length === 1 && /\b\d{4}\b/.test(lines[0] ?? '') && (MONTH.test(lines[0] ?? '') || /\d/.test(lines[0] ?? ''))
  );
};
// An address block: a few short lines, none of them a sentence.
const isAddressBlock = (block: string): boolean => {
  const lines = linesOf(block);
  return lines.length >= 1 && lines.length <= 10 && lines.every((l) => l.length <= 100 && !/[.!?]$/.test(l));
};

/**
 * The letter's body without the composer's letterhead (sender block, date, recipient block), which
 * the PDF lays out itself. Only removed when it is still recognisably there: the user may have
 * edited or deleted it, and then the body is printed as it is.
 */
export function withoutLetterhead(body: string): string {
  const text = printable(body).trim();
  const blocks = text.split(/\n[ \t]*\n/);
  const greeting = blocks.findIndex((b) => GREETING.test(b.trim()));
  if (greeting < 2 || greeting > 3) return text;
  const head = blocks.slice(0, greeting);
  if (!head.some(isDateBlock) || !head.every((b) => isDateBlock(b) || isAddressBlock(b))) return text;
  return blocks.slice(greeting).join('\n\n').trim();
}

/** Something that can say whether it has a glyph for a code point: fontkit's font, as pdfkit loads it. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The distinct characters of `text` (whitespace aside) that `font` cannot draw, in order of appearance. */
export function missingGlyphs(text: string, font: GlyphCoverage): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    const cp = ch.codePointAt(0) as number;
    // Variation selectors and joiners shape the character before them; they have no glyph of their own.
    if ((cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d || (cp >= 0xe0100 && cp <= 0xe01ef)) continue;
    if (!font.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}

/** "王" (U+738B) */
export const describeChar = (ch: string): string =>
  `"${ch}" (U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')})`;
