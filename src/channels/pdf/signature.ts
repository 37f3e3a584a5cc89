// Splits a letter or card body into paragraphs and its sign-off, so the sign-off gets room for a
// handwritten signature between the closing ("Sincerely,") and the typed name.
import { printable } from './text.js';

export type BodyBlock = { kind: 'paragraph'; text: string } | { kind: 'signature'; closing: string; name: string[] };

const CLOSING = /,$/u;

/** Paragraphs are separated by blank lines (letters) or by line breaks (cards: one paragraph a line). */
export function bodyBlocks(body: string, onePerLine = false): BodyBlock[] {
  const text = printable(body).trim();
  if (text === '') return [];
  const parts = (onePerLine ? text.split('\n') : text.split(/\n[ \t]*\n/)).map((p) => p.trim()).filter((p) => p !== '');
  const blocks: BodyBlock[] = parts.map((p) => ({ kind: 'paragraph', text: p }));
  // The sign-off: a short line ending in a comma followed by the name, as its own block or as two lines.
  const last = parts[parts.length - 1] ?? '';
  const lines = last.split('\n').map((l) => l.trim());
  if (!onePerLine && lines.length >= 2 && CLOSING.test(lines[0] ?? '') && (lines[0] ?? '').length <= 40) {
    blocks[blocks.length - 1] = { kind: 'signature', closing: lines[0] ?? '', name: lines.slice(1) };
  } else if (onePerLine && parts.length >= 2) {
    const closing = parts[parts.length - 2] ?? '';
    if (CLOSING.test(closing) && closing.length <= 40 && !/^dear\b/iu.test(closing)) {
      blocks.splice(blocks.length - 2, 2, { kind: 'signature', closing, name: [last] });
    }
  }
  return blocks;
}
