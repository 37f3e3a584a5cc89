// What a time-frame phrase is understood as, for the live preview under the field: the form's own
// field names in, the understanding or the problems with the date, zone or country out.
import type { FollowThrough, TimeFrame } from '../../app/index.js';
import { isBadInput, problemText } from '../../core/errors.js';

export type Understanding =
  | { frame: TimeFrame; fromToday: boolean }
  | { problems: { field: string; label: string; message: string }[] };

const LABELS: Record<string, [field: string, label: string]> = {
  phrase: ['timeframe', 'Time frame'],
  from: ['at', 'Date and time'],
  tz: ['tz', 'Time zone'],
  country: ['country', 'Country'],
};

const optional = (s: string | undefined) => {
  const t = (s ?? '').trim();
  return t === '' ? undefined : t;
};

/** Understands `timeframe` as said on the day of `at` ("YYYY-MM-DDTHH:MM"), in `tz`, with `country`'s holidays. */
export async function understandValues(
  api: FollowThrough,
  values: Record<string, string | undefined>,
): Promise<Understanding | null> {
  // Nothing typed, nothing to preview; the plan itself says plainly when no time frame was given.
  if (optional(values.timeframe) === undefined) return null;
  const at = optional(values.at);
  try {
    const frame = await api.followUps.understand({
      phrase: values.timeframe ?? '',
      from: at?.split('T')[0],
      tz: optional(values.tz),
      country: optional(values.country),
    });
    return { frame, fromToday: at === undefined };
  } catch (err) {
    if (!isBadInput(err)) throw err;
    const problems = err.problems.map((p) => {
      const [field, label] = LABELS[p.field] ?? [p.field, p.field];
      const shown = field === 'at' && at ? `"${at}" ${p.message}` : p.message;
      return { field, label, message: problemText({ message: shown, example: p.example }) };
    });
    return { problems };
  }
}
