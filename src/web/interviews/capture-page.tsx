// The quick capture, right after an interview, on a phone: a handful of taps and one or two lines.
import type { CaptureResult } from '../../app/index.js';
import { CUES } from '../../core/sheet.js';
import { Layout } from '../ui/layout.js';

export interface CaptureFormValues {
  gotTimeframe: string;
  timeframe: string;
  gotContact: string;
  contact: string;
  cues: string[];
  weakAnswer: string;
  weakWith: string;
}

export function CapturePage(props: {
  result: CaptureResult;
  values: CaptureFormValues;
  errors?: string[];
  saved?: boolean;
}) {
  const r = props.result.record;
  const v = props.values;
  const path = `/interviews/${encodeURIComponent(r.id)}`;
  const title = `Quick capture: ${r.opportunity.company}`;
  const radio = (name: string, value: string, label: string, current: string) => (
    <div class="radio">
      <input type="radio" id={`f-${name}-${value}`} name={name} value={value} checked={current === value} />
      <label for={`f-${name}-${value}`}>{label}</label>
    </div>
  );
  return (
    <Layout title={props.errors ? `Error: ${title}` : title}>
      <h1>
        Quick capture <span class="muted">· {r.opportunity.company}</span>
      </h1>
      <p class="lead">Right after the interview: under a minute.</p>
      {props.errors && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>That was not saved</h2>
          <ul>
            {props.errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {props.saved && (
        <p class="notice" role="status">
          Saved. The plan was updated.
        </p>
      )}
      {props.result.fallbacks.map((f) => (
        <p class="warning-block">{f}</p>
      ))}
      <form method="post" action={`${path}/capture`}>
        <fieldset>
          <legend>Did you get a time frame?</legend>
          {radio('gotTimeframe', 'yes', 'Yes', v.gotTimeframe)}
          {radio('gotTimeframe', 'no', 'No (the plan uses the default cadence)', v.gotTimeframe)}
          <div class="field">
            <label for="f-timeframe">What they said, in their words</label>
            <input id="f-timeframe" name="timeframe" type="text" maxlength={1000} value={v.timeframe} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Did you get a contact?</legend>
          {radio('gotContact', 'yes', 'Yes', v.gotContact)}
          {radio('gotContact', 'no', 'No', v.gotContact)}
          <div class="field">
            <label for="f-contact">Whom to follow up with</label>
            <input id="f-contact" name="contact" type="text" maxlength={200} value={v.contact} list="panel-names" />
            <datalist id="panel-names">
              {r.participants.map((p) => (
                <option value={p.contact.name} />
              ))}
            </datalist>
          </div>
        </fieldset>
        <fieldset>
          <legend>Signs you noticed</legend>
          {CUES.map((c) => (
            <div class="checkbox">
              <input type="checkbox" id={`f-cue-${c.id}`} name="cues" value={c.id} checked={v.cues.includes(c.id)} />
              <label for={`f-cue-${c.id}`}>{c.label}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>An answer that felt weak</legend>
          <div class="field">
            <label for="f-weakAnswer">The question, then what you would say now</label>
            <p class="hint" id="f-weakAnswer-hint">
              For example: the SQL question: I have written window functions daily for two years. Your thank-you can
              clarify it.
            </p>
            <input
              id="f-weakAnswer"
              name="weakAnswer"
              type="text"
              maxlength={1000}
              value={v.weakAnswer}
              aria-describedby="f-weakAnswer-hint"
            />
          </div>
          {r.participants.length > 1 && (
            <div class="field">
              <label for="f-weakWith">Whose question was it?</label>
              <select id="f-weakWith" name="weakWith">
                {r.participants.map((p) => (
                  <option value={p.contact.name || p.contact.email || ''} selected={v.weakWith === p.contact.name}>
                    {p.contact.name || p.contact.email}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
        <p class="actions">
          <button type="submit">Save</button>
          <a class="button secondary" href={path}>
            Back to the interview
          </a>
        </p>
      </form>
    </Layout>
  );
}
