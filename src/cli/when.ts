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
