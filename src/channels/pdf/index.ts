// Letters and cards as PDF (issue 6). Loaded lazily by the app: pdfkit costs start-up time.
export { type CardInput, renderCard } from './card.js';
export { type LetterInput, type RenderedPdf, renderLetter } from './letter.js';
export { CARD_SIZES, type CardSize, cardSizeFor, PAPERS, type Paper, paperForCountry } from './paper.js';
export { withoutLetterhead } from './text.js';
