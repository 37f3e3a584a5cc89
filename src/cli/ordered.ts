// Commander keeps each repeatable option in its own array, losing how two options interleave.
// Its argument parsers run in command-line order, so a shared recorder sees the true order
// (and handles `--idea=x` and values that start with a dash exactly as commander does).
export interface Recorder<K extends string> {
  seen: { flag: K; value: string }[];
  collect(flag: K): (value: string, previous?: string[]) => string[];
}

export function recorder<K extends string>(): Recorder<K> {
  const seen: { flag: K; value: string }[] = [];
  return {
    seen,
    collect: (flag) => (value, previous) => {
      seen.push({ flag, value });
      return [...(previous ?? []), value];
    },
  };
}
