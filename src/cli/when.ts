// How an interview's time reads on a terminal: "Tue 3 Mar 2026, 10:00 EST", in the interview's own zone.
export function whenLocal(record: { startsAtUtc: string; timeZone: string }): string {
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: record.timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    const parts = Object.fromEntries(format.formatToParts(new Date(record.startsAtUtc)).map((p) => [p.type, p.value]));
    return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
  } catch {
    return `${record.startsAtUtc} (UTC)`;
  }
}

/** Any UTC instant in a zone: "Tue 17 Mar 2026, 10:00 EDT". */
export const atLocal = (utc: string, timeZone: string): string => whenLocal({ startsAtUtc: utc, timeZone });

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date with its weekday: "2026-03-17" -> "Tue 17 Mar 2026". */
export function dayWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return `${WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()]} ${d} ${MONTHS[mo - 1]} ${y}`;
}
