// Where a form goes back to after it did its work. Only a path on this server: "//evil.example" and
// "/\evil.example" are other hosts to a browser, so anything but a plain local path is ignored.

const BASE = 'http://local.invalid';

/** `value` as a local path (with its query and fragment), or `fallback` when it is anything else. */
export function localReturn(value: string | undefined, fallback: string): string {
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return fallback;
    // A broken %-encoding ("%E0%A4%A") names no page, and would throw wherever the path is decoded.
    decodeURIComponent(url.pathname);
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The same local path with `key=value` set in its query, the fragment kept last. */
export function withQuery(path: string, key: string, value: string): string {
  const url = new URL(path, BASE);
  url.searchParams.set(key, value);
  return `${url.pathname}${url.search}${url.hash}`;
}
