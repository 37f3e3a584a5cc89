// The interview's messages: each draft with its recipient, score, gaps and status, linked to its
// editor, and a "Draft a thank-you" button per panel member (and one that clarifies an answer that
// fell flat, where the notes with that person record one).
import type { DraftView } from '../../app/index.js';
import type { InterviewRecord } from '../../core/model.js';
import { KIND_LABELS } from './message-page.js';

export function MessageList(props: { record: InterviewRecord; messages: DraftView[] }) {
  const { record, messages } = props;
  const action = `/interviews/${encodeURIComponent(record.id)}/drafts`;
  return (
    <section id="messages" aria-labelledby="messages-title">
      <h2 id="messages-title">Messages</h2>
      {messages.length === 0 ? (
        <p class="muted">
          No drafts yet. Draft a thank-you for each interviewer: each is written from your notes with them.
        </p>
      ) : (
        <ul class="message-list">
          {messages.map((m) => (
            <li>
              <a href={`/messages/${encodeURIComponent(m.id)}`}>
                {KIND_LABELS[m.kind]} to {m.to.name || 'a contact'}
              </a>{' '}
              <span class="muted">
                · {m.format} · score {m.score}
                {m.gaps.length > 0 ? ` · ${m.gaps.length} to add` : ''} · {m.status}
              </span>
            </li>
          ))}
        </ul>
      )}
      {record.participants.length > 0 && (
        <div class="draft-buttons">
          {record.participants.map((p) => {
            const who = p.contact.name || p.contact.email || 'this interviewer';
            // An answer that fell flat with this person: offer the thank-you that clarifies it.
            const weak = record.notes.some((n) => n.contactId === p.contact.id && n.weakAnswer.trim() !== '');
            return (
              <>
                <form method="post" action={action} class="inline-form">
                  <input type="hidden" name="contact" value={p.contact.id} />
                  <input type="hidden" name="kind" value="thank-you" />
                  <button type="submit" class="secondary">
                    Draft a thank-you to {who}
                  </button>
                </form>
                {weak && (
                  <form method="post" action={action} class="inline-form">
                    <input type="hidden" name="contact" value={p.contact.id} />
                    <input type="hidden" name="kind" value="clarification" />
                    <button type="submit" class="secondary">
                      Draft a thank-you with a clarification to {who}
                    </button>
                  </form>
                )}
              </>
            );
          })}
        </div>
      )}
    </section>
  );
}
