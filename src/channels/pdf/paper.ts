// Where things go on the page, in PDF points (72 per inch). The recipient's address sits where the
// envelope's window is: a #10 window envelope for US Letter folded in three, and the DIN 5008
// form B address field (45 mm from the top) for A4 in a DL or C5/6 window envelope.

export const PAPERS = ['letter', 'a4'] as const;
export type Paper = (typeof PAPERS)[number];

export const CARD_SIZES = ['5x7', 'a6'] as const;
export type CardSize = (typeof CARD_SIZES)[number];

export const inch = (n: number): number => n * 72;
export const mm = (n: number): number => (n * 72) / 25.4;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LetterGeometry {
  /** pdfkit's name for the page size. */
  size: 'LETTER' | 'A4';
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number };
  /** The envelope's window on the folded letter, page coordinates from the top left. */
  window: Rect;
  /** Where the address lines start inside the window (below the one-line return address). */
  addressTop: number;
  /** The left edge of text in the window. */
  addressLeft: number;
  /** The date line and where the salutation starts. */
  dateTop: number;
  bodyTop: number;
  /** Fold marks (and the A4 punch mark) on the left edge, from the top. */
  marks: number[];
}

// US Letter folded in three into a #10 envelope (4 1/8 × 9 1/2 in) whose window is 4 1/2 × 1 1/8 in,
// 7/8 in from the left and 1/2 in from the bottom: on the letter's top panel that is about
// 2 1/8 to 3 1/4 in from the top, allowing for the letter sitting a little low in the envelope.
const LETTER: LetterGeometry = {
  size: 'LETTER',
  width: inch(8.5),
  height: inch(11),
  margin: { top: inch(1), bottom: inch(1), left: inch(1), right: inch(1) },
  window: { x: inch(0.875), y: inch(2.125), width: inch(4.5), height: inch(1.125) },
  addressTop: inch(2.125) + 14,
  addressLeft: inch(1),
  dateTop: inch(3.5),
  bodyTop: inch(3.95),
  marks: [inch(11 / 3), inch(22 / 3)],
};

// DIN 5008 form B: the address field is 85 × 45 mm at 20 mm from the left and 45 mm from the top;
// its first 17.7 mm hold the return address, the recipient follows from 62.7 mm. Text starts 25 mm
// from the left edge. Fold marks at 105 and 210 mm, the punch mark at 148.5 mm.
const A4: LetterGeometry = {
  size: 'A4',
  width: mm(210),
  height: mm(297),
  margin: { top: mm(20), bottom: mm(20), left: mm(25), right: mm(20) },
  window: { x: mm(20), y: mm(45), width: mm(85), height: mm(45) },
  addressTop: mm(62.7),
  addressLeft: mm(25),
  dateTop: mm(98.46),
  bodyTop: mm(108.46),
  marks: [mm(105), mm(148.5), mm(210)],
};

export const letterGeometry = (paper: Paper): LetterGeometry => (paper === 'a4' ? A4 : LETTER);

export const cardPage = (size: CardSize): { size: [number, number]; margin: number } =>
  size === 'a6' ? { size: [mm(105), mm(148)], margin: mm(12) } : { size: [inch(5), inch(7)], margin: inch(0.5) };

// Countries that use US Letter: the US and Canada, Mexico and a few in Latin America, the Philippines.
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR', 'CR', 'DO', 'PA', 'SV', 'NI']);

export const paperForCountry = (country: string): Paper =>
  LETTER_COUNTRIES.has(country.trim().toUpperCase()) ? 'letter' : 'a4';

export const cardSizeFor = (paper: Paper): CardSize => (paper === 'letter' ? '5x7' : 'a6');
