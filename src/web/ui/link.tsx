// A link the user entered: rendered as a link only when it is plain http(s), otherwise as text.
import { safeHref } from '../format.js';

export function ExternalLink(props: { url: string | null; empty: string }) {
  if (!props.url) return <>{props.empty}</>;
  const href = safeHref(props.url);
  if (!href) return <span class="url">{props.url}</span>;
  return (
    <a class="url" href={href} rel="noopener noreferrer" target="_blank">
      {props.url}
    </a>
  );
}
