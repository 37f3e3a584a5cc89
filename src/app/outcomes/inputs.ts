// What recording an outcome takes, validated at the boundary. Field names are the CLI flags and
// form fields, so an error points at what the user typed.
import { z } from 'zod';
import { OUTCOMES } from '../../core/outcomes.js';
import { dateOrDateTime, line, wholeNumber } from '../interviews/inputs.js';

export const outcomeInput = z.object({
  outcome: z.enum(OUTCOMES, { message: `must be one of ${OUTCOMES.join(', ')}` }),
  /** When it happened, in the latest interview's zone (default: now). */
  at: dateOrDateTime().optional(),
  /** Who gave the decision: a name or email of someone met in this process. */
  from: line(200).optional(),
  /** After a rejection (or silence): whom to keep in touch with; names, emails or contact ids. */
  keepWarm: z.array(line(200)).max(20, 'at most 20 people').default([]),
  /** Months between keep-warm notes after the first (which comes about three months on). */
  everyMonths: wholeNumber(1, 24, 'must be a whole number of months from 1 to 24').optional(),
  /** On accepting: other open opportunities to leave open (no withdrawal, plan kept). */
  keepOpen: z.array(line(100)).max(100).default([]),
});
export type OutcomeInput = z.input<typeof outcomeInput>;
