// The note split into plain and highlighted pieces from the checker's evidence ranges. Ranges are
// JS string offsets (UTF-16 units, as the checker's regexes produce them), so slicing with the
// same offsets gives back exactly the evidence text; overlapping ranges merge into one piece.

export interface Segment {
  text: string;
  marked: boolean;
}

export function highlightSegments(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
  const clamp = (n: number) => Math.min(Math.max(Math.trunc(n), 0), text.length);
  const sorted = ranges
    .map((r) => ({ start: clamp(r.start), end: clamp(r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), marked: false });
    out.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
