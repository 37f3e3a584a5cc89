// What a time-frame phrase was understood as: the sentence a person can check, then the window,
// how firm it is and the check-in day. Shown live under the field and at the top of the plan.
import type { Child } from 'hono/jsx';
import type { TimeFrame } from '../../app/index.js';
import { formatDate } from '../format.js';
import { EVENT_WORDS, FIRMNESS_WORDS, windowWords } from './plan-words.js';
import type { Understanding } from './timeframe-preview.js';

export function TimeFrameSummary(props: { frame: TimeFrame; fromToday?: boolean }) {
  const t = props.frame;
  return (
    <>
      <p class="explanation">{t.explanation}</p>
      <dl class="facts compact">
        <dt>Expected</dt>
        <dd>{EVENT_WORDS[t.event]}</dd>
        <dt>When</dt>
        <dd>{windowWords(t)}</dd>
        <dt>How firm</dt>
        <dd>{FIRMNESS_WORDS[t.firmness]}</dd>
        <dt>Check in on</dt>
        <dd>
          <time datetime={t.checkInOn}>{formatDate(t.checkInOn)}</time>, if you have heard nothing
        </dd>
      </dl>
      {props.fromToday && <p class="hint">Counted from today, since the interview date is not set yet.</p>}
    </>
  );
}

/** The content of the live region: an understanding, or what stops one (a bad date, zone or country). */
export function UnderstandingContent(props: { result: Understanding | null }): Child {
  const r = props.result;
  if (!r) return null;
  if ('problems' in r) {
    return (
      <div class="field-error">
        <p>The time frame cannot be read until this is fixed:</p>
        <ul>
          {r.problems.map((p) => (
            <li>
              {p.label} {p.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <>
      <p class="understanding-title">How this is understood</p>
      <TimeFrameSummary frame={r.frame} fromToday={r.fromToday} />
    </>
  );
}

/**
 * The polite live region under a time-frame field. It exists from the first render, empty or not,
 * so screen readers announce what htmx later swaps into it.
 */
export function UnderstandingRegion(props: { id: string; result: Understanding | null }) {
  return (
    <div id={props.id} class="understanding" aria-live="polite" aria-atomic="true">
      <UnderstandingContent result={props.result} />
    </div>
  );
}

/**
 * htmx attributes for a time-frame textarea: ask for the understanding 300 ms after typing stops
 * and whenever the date, time zone or country it depends on changes.
 */
export function previewAttributes(target: string, include: string[], vals?: Record<string, string>) {
  const changes = include.map((selector) => `change from:${selector}`);
  return {
    'hx-get': '/timeframe/preview',
    'hx-trigger': ['input changed delay:300ms', ...changes].join(', '),
    'hx-include': include.join(', ') || undefined,
    'hx-vals': vals ? JSON.stringify(vals) : undefined,
    'hx-target': `#${target}`,
    'hx-swap': 'innerHTML',
    'hx-sync': 'this:replace',
  };
}
