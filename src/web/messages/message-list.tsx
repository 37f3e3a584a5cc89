// The interview's messages: each draft with its recipient, score, gaps and status, linked to its
// editor, and a "Draft a thank-you" button per panel member.
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
          {record.participants.map((p) => (
            <form method="post" action={action} class="inline-form">
              <input type="hidden" name="contact" value={p.contact.id} />
              <input type="hidden" name="kind" value="thank-you" />
              <button type="submit" class="secondary">
                Draft a thank-you to {p.contact.name || p.contact.email || 'this interviewer'}
              </button>
            </form>
          ))}
        </div>
      )}
    </section>
  );
}
