// A hint as a link to the page that does what it says.
import type { Hint } from '../../core/hints.js';
import { labelFor, pathFor } from '../hints.js';

export function HintLink(props: { hint: Hint; label?: string }) {
  return <a href={pathFor(props.hint)}>{props.label ?? labelFor(props.hint)}</a>;
}
