// What recording an outcome takes, validated at the boundary. Field names are the CLI flags and
// form fields, so an error points at what the user typed.
import { z } from 'zod';
import { OUTCOMES } from '../../core/outcomes.js';
import { line } from '../interviews/inputs.js';

const dateOrDateTime = line(40).refine(
  (s) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(s) && !Number.isNaN(Date.parse(s.length === 10 ? s : `${s}:00Z`)),
  'must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)',
);

export const outcomeInput = z.object({
  outcome: z.enum(OUTCOMES, { message: `must be one of ${OUTCOMES.join(', ')}` }),
  /** When it happened, in the latest interview's zone (default: now). */
  at: dateOrDateTime.optional(),
  /** Who gave the decision: a name or email of someone met in this process. */
  from: line(200).optional(),
  /** After a rejection (or silence): whom to keep in touch with; names, emails or contact ids. */
  keepWarm: z.array(line(200)).max(20, 'at most 20 people').default([]),
  /** Months between keep-warm notes after the first (which comes about three months on). */
  everyMonths: z.coerce
    .number({ message: 'must be a whole number of months from 1 to 24' })
    .int('must be a whole number of months from 1 to 24')
    .min(1, 'must be a whole number of months from 1 to 24')
    .max(24, 'must be a whole number of months from 1 to 24')
    .optional(),
  /** On accepting: other open opportunities to leave open (no withdrawal, plan kept). */
  keepOpen: z.array(line(100)).max(100).default([]),
});
export type OutcomeInput = z.input<typeof outcomeInput>;
