// The self-assessment: the start page and one question per page, as plain forms (no script needed).
// Radios or checkboxes sit in a fieldset whose legend is the question; the scenario describes it.
import type { QuizAttemptSummary, QuizProgress } from '../../app/index.js';
import { ErrorSummary } from '../ui/fields.js';
import { Layout } from '../ui/layout.js';

export function QuizStartPage(props: { last?: QuizAttemptSummary; count: number; error?: string; seed?: string }) {
  const { last } = props;
  return (
    <Layout title={props.error ? 'Error: Follow-up self-assessment' : 'Follow-up self-assessment'} section="quiz">
      <h1>Follow-up self-assessment</h1>
      <ErrorSummary items={props.error ? [{ href: '#f-seed', text: `Seed ${props.error}` }] : []} general={[]} />
      <p class="lead">
        Twelve short scenarios about what to do after an interview: asking for the time frame, the thank-you, check-ins,
        channels, a disengaged interviewer, silence and rejection, and keeping in touch.
      </p>
      <p>
        Every answer is explained, and your result shows which practices to look at again and where this app helps with
        them. About 3 in 10 candidates answered a similar follow-up self-assessment correctly (Boyer Management, 2014).
      </p>
      {last && (
        <p>
          Your last score was <strong>{last.score}%</strong>. <a href="/quiz/progress">See your progress</a> over{' '}
          {props.count === 1 ? '1 attempt' : `${props.count} attempts`}.
        </p>
      )}
      <form method="post" action="/quiz" novalidate>
        <details open={props.error ? true : undefined}>
          <summary>Take the same questions again (optional seed)</summary>
          <div class={props.error ? 'field invalid' : 'field'}>
            <label for="f-seed">Seed</label>
            <p class="hint" id="f-seed-hint">
              A whole number shown on an earlier result; leave empty for a new draw.
            </p>
            {props.error && (
              <p class="field-error" id="f-seed-error">
                <span class="visually-hidden">Error: </span>
                {props.error}
              </p>
            )}
            <input
              type="text"
              inputmode="numeric"
              id="f-seed"
              name="seed"
              value={props.seed ?? ''}
              autocomplete="off"
              aria-describedby={props.error ? 'f-seed-hint f-seed-error' : 'f-seed-hint'}
              aria-invalid={props.error ? 'true' : undefined}
            />
          </div>
        </details>
        <div class="actions">
          <button type="submit">Start the self-assessment</button>
        </div>
      </form>
    </Layout>
  );
}

export function QuizQuestionPage(props: { progress: QuizProgress; index: number; error?: string }) {
  const { progress, index } = props;
  const q = progress.questions[index];
  if (!q) return null;
  const total = progress.questions.length;
  const n = index + 1;
  const chosen = progress.answers[q.id] ?? [];
  const type = q.kind === 'single' ? 'radio' : 'checkbox';
  const hint = q.kind === 'single' ? 'Choose one answer.' : 'Choose every answer that applies.';
  const described = ['q-scenario', 'q-hint', props.error ? 'q-error' : ''].filter(Boolean).join(' ');
  return (
    <Layout title={`${props.error ? 'Error: ' : ''}Question ${n} of ${total}: self-assessment`} section="quiz">
      <h1>
        Question {n} of {total}
      </h1>
      <ErrorSummary items={props.error ? [{ href: '#q-choices', text: props.error }] : []} general={[]} />
      <p id="q-scenario" class="scenario">
        {q.scenario}
      </p>
      <form method="post" action={`/quiz/attempts/${progress.attemptId}/${n}`} novalidate>
        <fieldset
          id="q-choices"
          class={props.error ? 'quiz-choices invalid' : 'quiz-choices'}
          aria-describedby={described}
          tabindex={props.error ? -1 : undefined}
        >
          <legend>{q.prompt}</legend>
          <p class="hint" id="q-hint">
            {hint}
          </p>
          {props.error && (
            <p class="field-error" id="q-error">
              <span class="visually-hidden">Error: </span>
              {props.error}
            </p>
          )}
          {q.options.map((o) => (
            <div class={type}>
              <input
                class="quiz-input"
                type={type}
                id={`q-option-${o.id}`}
                name="choice"
                value={o.id}
                checked={chosen.includes(o.id)}
              />
              <label class="quiz-label" for={`q-option-${o.id}`}>
                {o.text}
              </label>
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit">{n < total ? 'Next question' : 'See my result'}</button>
          {n > 1 && (
            <a class="button secondary" href={`/quiz/attempts/${progress.attemptId}/${n - 1}`}>
              Previous question
            </a>
          )}
        </div>
      </form>
    </Layout>
  );
}
