// Before printing a message: when to post it, what is still missing, and the PDF in either paper size.
import type { LetterPdf } from '../../app/index.js';
import { formatDate } from '../format.js';
import { Layout } from '../ui/layout.js';

export function LetterPage(props: { messageId: string; letter: LetterPdf }) {
  const { letter, messageId } = props;
  const base = `/messages/${encodeURIComponent(messageId)}/letter.pdf`;
  const isCard = letter.layout === 'card';
  return (
    <Layout title={isCard ? 'Print the card' : 'Print the letter'}>
      <h1>{isCard ? 'Print the card' : 'Print the letter'}</h1>
      {letter.mailBy && (
        <p>
          <strong>Mail by {formatDate(letter.mailBy.date)}</strong> ({letter.mailBy.time} {letter.mailBy.timeZone}):{' '}
          {letter.mailBy.reason}
        </p>
      )}
      {letter.warnings.length > 0 && (
        <div class="warning-block" role="status">
          <p>Before you post it:</p>
          <ul>
            {letter.warnings.map((w) => (
              <li>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        {isCard
          ? 'A note card with room to sign.'
          : 'The addresses are placed for a window envelope: fold in three for a US #10 envelope, or along the marks for an A4 DIN envelope.'}
      </p>
      <ul class="actions">
        <li>
          <a class="button" href={`${base}?paper=letter`}>
            {isCard ? 'Download the card (5 × 7 in)' : 'Download for US Letter'}
          </a>
        </li>
        <li>
          <a class="button" href={`${base}?paper=a4`}>
            {isCard ? 'Download the card (A6)' : 'Download for A4'}
          </a>
        </li>
      </ul>
      <p>
        <a href={`/messages/${encodeURIComponent(messageId)}`}>Back to the message</a>
      </p>
    </Layout>
  );
}
