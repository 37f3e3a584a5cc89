// Form controls wired for accessibility: every control has a label; a hint and an error are tied to
// it with aria-describedby; an invalid control says so with aria-invalid.
import type { Child } from 'hono/jsx';
import { type FormState, fieldId } from '../form-state.js';

interface FieldProps {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  idPrefix?: string;
  required?: boolean;
}

function described(props: FieldProps) {
  const id = fieldId(props.name, props.idPrefix);
  const error = props.state.errors[props.name];
  const ids = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, error, aria: { 'aria-describedby': ids || undefined, 'aria-invalid': error ? 'true' : undefined } };
}

function Extras(props: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      )}
    </>
  );
}

function LabelText(props: { label: string; required?: boolean }) {
  return (
    <>
      {props.label}
      {props.required && <span class="required"> (required)</span>}
    </>
  );
}

export function TextField(
  props: FieldProps & {
    type?: string;
    autocomplete?: string;
    list?: string;
    maxlength?: number;
    autofocus?: boolean;
  },
) {
  const { id, error, aria } = described(props);
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>
        <LabelText label={props.label} required={props.required} />
      </label>
      <Extras id={id} hint={props.hint} error={error} />
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.state.values[props.name] ?? ''}
        autocomplete={props.autocomplete}
        list={props.list}
        maxlength={props.maxlength}
        required={props.required}
        autofocus={props.autofocus}
        {...aria}
      />
    </div>
  );
}

export function TextArea(
  props: FieldProps & {
    rows?: number;
    /** Extra attributes for the textarea, e.g. htmx's. */
    attrs?: Record<string, string | undefined>;
    /** Shown under the control, e.g. a live region about what was typed. */
    after?: Child;
  },
) {
  const { id, error, aria } = described(props);
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>
        <LabelText label={props.label} required={props.required} />
      </label>
      <Extras id={id} hint={props.hint} error={error} />
      <textarea id={id} name={props.name} rows={props.rows ?? 3} {...props.attrs} {...aria}>
        {props.state.values[props.name] ?? ''}
      </textarea>
      {props.after}
    </div>
  );
}

/** A checkbox posting "1" when ticked; unticked, the field is absent from the form. */
export function Checkbox(props: FieldProps) {
  const { id, error, aria } = described(props);
  const value = props.state.values[props.name];
  return (
    <div class={error ? 'field checkbox invalid' : 'field checkbox'}>
      <Extras id={id} hint={props.hint} error={error} />
      <input
        type="checkbox"
        id={id}
        name={props.name}
        value="1"
        checked={value !== undefined && value !== '' && value !== '0'}
        {...aria}
      />
      <label for={id}>{props.label}</label>
    </div>
  );
}

export function Select(props: FieldProps & { options: Record<string, string> }) {
  const { id, error, aria } = described(props);
  const current = props.state.values[props.name];
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      <Extras id={id} hint={props.hint} error={error} />
      <select id={id} name={props.name} {...aria}>
        {Object.entries(props.options).map(([value, label]) => (
          <option value={value} selected={value === current}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function RadioGroup(props: FieldProps & { options: Record<string, string> }) {
  const { id, error, aria } = described(props);
  const current = props.state.values[props.name];
  return (
    <fieldset id={id} class={error ? 'radios invalid' : 'radios'} {...aria} tabindex={error ? -1 : undefined}>
      <legend>{props.label}</legend>
      <Extras id={id} hint={props.hint} error={error} />
      {Object.entries(props.options).map(([value, label]) => (
        <div class="radio">
          <input type="radio" id={`${id}-${value}`} name={props.name} value={value} checked={value === current} />
          <label for={`${id}-${value}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export interface SummaryItem {
  href: string;
  text: string;
}

/** The list of problems at the top of a rejected form; focused on load so a screen reader reads it. */
export function ErrorSummary(props: { items: SummaryItem[]; general: string[] }): Child {
  if (props.items.length === 0 && props.general.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      tabindex={-1}
      id="error-summary"
      aria-labelledby="error-summary-title"
      autofocus
    >
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {props.items.map((i) => (
          <li>
            <a href={i.href}>{i.text}</a>
          </li>
        ))}
        {props.general.map((g) => (
          <li>{g}</li>
        ))}
      </ul>
    </div>
  );
}
