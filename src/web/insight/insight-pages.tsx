// Everyone met across all processes (/contacts) and the candidate's follow-up record (/stats).
import type { ContactSummary } from '../../app/index.js';
import type { FollowUpStats, Share } from '../../core/stats.js';
import { formatInstant, formatLocal, STATUS_LABELS } from '../format.js';
import { Layout } from '../ui/layout.js';
import { StatsChart } from './stats-chart.js';

const WHAT: Record<string, string> = {
  interview: 'the interview',
  reply: 'their reply',
  call: 'a call',
  sent: 'a message you sent',
};

export function ContactsPage(props: { people: ContactSummary[] }) {
  return (
    <Layout title="Contacts" section="contacts">
      <h1>Contacts</h1>
      <p class="lead">Everyone you met, when you were last in touch (either way) and what is due next.</p>
      {props.people.length === 0 ? (
        <p class="empty">Nobody yet: the people you meet appear here once you record an interview.</p>
      ) : (
        <ul class="contact-list">
          {props.people.map((p) => (
            <li class="card contact" id={`contact-${p.contactId}`}>
              <h2>{p.name || p.email || '(unnamed)'}</h2>
              <p class="muted">{[p.title, p.company].filter(Boolean).join(' · ')}</p>
              <dl class="facts compact">
                <dt>Process</dt>
                <dd>
                  {p.opportunities.map((o) => `${o.company} · ${o.role} (${STATUS_LABELS[o.status]})`).join('; ')}
                </dd>
                <dt>Last in touch</dt>
                <dd>
                  {p.lastInTouch ? (
                    <>
                      <time datetime={p.lastInTouch.at}>{formatInstant(p.lastInTouch.at, p.lastInTouch.timeZone)}</time>
                      {`, ${WHAT[p.lastInTouch.what]}`}
                    </>
                  ) : (
                    'Not yet'
                  )}
                </dd>
                <dt>Next</dt>
                <dd>
                  {p.next ? (
                    <>
                      <a href={`/interviews/${encodeURIComponent(p.next.interviewId)}#touch-${p.next.touchId}`}>
                        {p.next.title}
                      </a>
                      {', '}
                      <time class="next-date" datetime={p.next.dueAt}>
                        {formatLocal(p.next.dueLocal, p.next.timeZone)}
                      </time>
                    </>
                  ) : (
                    'Nothing planned'
                  )}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

const share = (s: Share) => (s.percent === null ? 'Nothing to count yet' : `${s.percent}% (${s.count} of ${s.of})`);

export function StatsPage(props: { stats: FollowUpStats }) {
  const s = props.stats;
  const outcomes = Object.entries(s.outcomes).filter(([, n]) => n > 0);
  return (
    <Layout title="Your follow-up record" section="stats">
      <h1>Your follow-up record</h1>
      <dl class="facts stats">
        <dt>Interviews</dt>
        <dd>{s.interviews}</dd>
        <dt>Time frame captured</dt>
        <dd>{share(s.timeFrameCaptured)}</dd>
        <dt>Thank-yous sent within 24 hours</dt>
        <dd>{share(s.thankYouWithin24h)}</dd>
        <dt>Average thank-you note score</dt>
        <dd>
          {s.averageNoteScore.average === null
            ? 'No notes yet'
            : `${s.averageNoteScore.average}/100 over ${s.averageNoteScore.notes} note(s)`}
        </dd>
        <dt>Check-ins sent on time</dt>
        <dd>{share(s.checkInsOnTime)}</dd>
        <dt>Replies received</dt>
        <dd>{s.repliesReceived}</dd>
        <dt>Outcomes</dt>
        <dd>
          {outcomes.length === 0
            ? 'None yet'
            : outcomes.map(([k, n]) => `${STATUS_LABELS[k as keyof typeof STATUS_LABELS]}: ${n}`).join(', ')}
        </dd>
      </dl>
      <h2>Notes sent and replies, by month</h2>
      {s.byMonth.length === 0 ? <p class="empty">Nothing sent or received yet.</p> : <StatsChart months={s.byMonth} />}
    </Layout>
  );
}
