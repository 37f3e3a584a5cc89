// An explicit invitation to check in: "if you haven't heard by Friday, call me on Monday",
// "contact HR if you have not heard by the 24th". It splits the phrase into the condition (the
// window) and the action (whom to contact and, maybe, when).

const NOT_HEARD =
  /\bif (you )?(have not|haven't|havent|do not|don't|did not|didn't|still haven't|have yet to|are still waiting|hear nothing|don't hear)( yet)?( heard| hear)?( anything| back| from (us|me|anyone|them))?\b/;
const ACTION =
  /\b(call|email|e-mail|contact|ring|ping|reach out( to)?|follow up( with)?|check in( with)?|get in touch( with)?|text|message|write( to)?|chase|nudge)\b/;

export interface Invitation {
  /** The part that says by when they expect to have been in touch. */
  condition: string;
  /** The part that says what to do: "call me on monday". */
  action: string;
  /** Whom to contact, when named: "me", "hr", "the recruiter". */
  whom: string | null;
}

export function findInvitation(text: string): Invitation | null {
  const notHeard = NOT_HEARD.exec(text);
  if (!notHeard) return null;
  const after = text.slice(notHeard.index + notHeard[0].length);
  const before = text.slice(0, notHeard.index);
  // Condition first: "if you haven't heard by friday, call me on monday".
  const split = /[,;.]|\b(then|please|feel free|just|you can|go ahead)\b/.exec(after);
  if (split) {
    const condition = after.slice(0, split.index);
    const action = after.slice(split.index);
    if (ACTION.test(action)) return { condition, action, whom: whomOf(action) };
  }
  if (ACTION.test(before)) return { condition: after, action: before, whom: whomOf(before) };
  // No action named: "if you haven't heard by the 24th" alone still invites a check-in.
  return { condition: after, action: '', whom: null };
}

function whomOf(action: string): string | null {
  const m =
    /\b(?:call|email|e-mail|contact|ring|ping|text|message|reach out to|follow up with|check in with|get in touch with|write to|chase|nudge)\s+((?:the |our )?(?:hr|me|us|recruiter|hiring manager|[a-z]+))\b/.exec(
      action,
    );
  return m?.[1] ?? null;
}
