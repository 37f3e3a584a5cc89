// The plan in words, shared by every front end so the CLI and the web say the same thing.
import type { TouchKind } from './types.js';

/** What the touch asks the user to do, e.g. "Check in with Dana Reyes". */
export function touchTitle(kind: TouchKind, who: string | null): string {
  const to = who || 'your contact';
  const titles: Record<TouchKind, string> = {
    'thank-you': `Thank-you email to ${to}`,
    'thank-you-card': `Thank-you card to ${to}`,
    'check-in-1': `Check in with ${to}`,
    'check-in-2': `Second check-in with ${to}`,
    'close-the-loop': 'Close the loop: treat silence as a no',
    'rejection-reply': `Reply to ${to}'s decision: thank them, ask for feedback`,
    'keep-warm': `Keep in touch with ${to}`,
  };
  return titles[kind];
}
