// Retrying a temporary failure ("451 try again later"): wait longer each time, then give up and
// let the user decide. Attempts count every time a message was handed to the server.
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 240] as const;

/** When to try again after `attempts` tries, or null when it is time to stop retrying. */
export function nextAttemptAt(attempts: number, now: Date): string | null {
  const minutes = RETRY_DELAYS_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(now.getTime() + minutes * 60_000).toISOString();
}

/** A due message this long past its time when a scheduler finds it waits for the user to confirm. */
export const OVERDUE_AFTER_MINUTES = 30;

/** A message left in "sending" longer than this was interrupted (sends time out well before). */
export const SENDING_LEASE_MINUTES = 10;
