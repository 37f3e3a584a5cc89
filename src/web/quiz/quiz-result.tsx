// The self-assessment's result (score beside the comparison figure, a per-area table, where to
// practise, every question explained) and the progress over attempts, as a plain table.
import type { QuizAttemptSummary, QuizResult } from '../../app/index.js';
import { formatLocal, localDateTime } from '../format.js';
import { HintLink } from '../ui/hint-link.js';
import { Layout } from '../ui/layout.js';

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

export function QuizResultPage(props: { result: QuizResult }) {
  const r = props.result;
  return (
    <Layout title="Your self-assessment result" section="quiz">
      <h1>Your result</h1>
      <div class="quiz-score">
        <p class="score">
          <strong>{r.score.percent}%</strong>{' '}
          <span>
            {r.score.correct} of {r.score.outOf} questions fully right ({points(r.score.points)} of {r.score.outOf}{' '}
            points)
          </span>
        </p>
        <p class="comparison">{r.comparison.text}</p>
      </div>
      <h2 id="areas">By area</h2>
      <table class="quiz-table" aria-labelledby="areas">
        <thead>
          <tr>
            <th scope="col">Practice</th>
            <th scope="col">Points</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {r.areas.map((a) => (
            <tr>
              <th scope="row">{a.title}</th>
              <td>
                {points(a.points)} of {a.questions}
              </td>
              <td>{a.percent}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.links.length > 0 ? (
        <section aria-labelledby="practise">
          <h2 id="practise">Where to practise</h2>
          <ul class="quiz-links">
            {r.links.map((l) => (
              <li>
                <strong>{l.title}</strong>: <HintLink hint={l.hint} label={l.label} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="notice">Every area fully right. Well done.</p>
      )}
      <h2 id="review">Every question, explained</h2>
      <ol class="quiz-review">
        {r.questions.map((q) => (
          <li>
            <p>
              <span class={q.correct ? 'badge right' : 'badge wrong'}>
                {q.correct ? 'Right' : q.answered ? (q.credit > 0 ? 'Partly right' : 'Not right') : 'Not answered'}
              </span>{' '}
              {q.scenario} <strong>{q.prompt}</strong>
            </p>
            <ul class="quiz-options">
              {q.options.map((o) => (
                <li class={o.correct ? 'option right' : 'option'}>
                  <span>{o.text}</span>{' '}
                  <span class="muted">
                    ({o.correct ? 'a right answer' : 'not right'}
                    {o.selected ? ', your choice' : ''})
                  </span>
                  <br />
                  {o.explanation}
                </li>
              ))}
            </ul>
            {q.sources.length > 0 && <p class="muted">Sources: {q.sources.join('; ')}</p>}
          </li>
        ))}
      </ol>
      <p class="muted">{r.scoring}</p>
      <p class="muted">Seed {r.seed}: enter it on the start page to take the same questions again.</p>
      <form method="post" action="/quiz" class="actions">
        <button type="submit">Take a new self-assessment</button>
        <a href="/quiz/progress">See your progress</a>
      </form>
    </Layout>
  );
}

export function QuizProgressPage(props: { attempts: QuizAttemptSummary[]; timeZone: string }) {
  const { attempts } = props;
  const first = attempts[0];
  const last = attempts.at(-1);
  return (
    <Layout title="Self-assessment progress" section="quiz">
      <h1>Your progress</h1>
      {!first || !last ? (
        <p class="empty">
          No self-assessments yet. <a href="/quiz">Take the self-assessment</a>.
        </p>
      ) : (
        <>
          <p>
            {attempts.length === 1
              ? `One attempt so far: ${last.score}%.`
              : `${attempts.length} attempts: from ${first.score}% the first time to ${last.score}% the last time.`}
          </p>
          <table class="quiz-table">
            <caption>Your attempts, oldest first (times in {props.timeZone})</caption>
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Score</th>
                <th scope="col">Change</th>
                <th scope="col">Fully right</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a, i) => {
                const prev = attempts[i - 1];
                const change = prev ? a.score - prev.score : null;
                return (
                  <tr>
                    <th scope="row">
                      <a href={`/quiz/attempts/${a.attemptId}`}>
                        {formatLocal(localDateTime(a.takenAt, props.timeZone), '').trim()}
                      </a>
                    </th>
                    <td>{a.score}%</td>
                    <td>{change === null ? '–' : `${change > 0 ? '+' : ''}${change} points`}</td>
                    <td>
                      {a.correct} of {a.total}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p>
            <a href="/quiz">Take the self-assessment again</a>
          </p>
        </>
      )}
    </Layout>
  );
}
