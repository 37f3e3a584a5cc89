// What a front end may ask of the composer, validated before anything is loaded.
import { z } from 'zod';
import { DRAFT_FORMATS, DRAFT_KINDS, DRAFT_TONES } from '../../core/notes/compose/types.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `must be one of ${values.join(', ')} (the ${what})` });

export const draftInput = z.object({
  interviewId: z.string().trim().min(1, 'is required: the interview the message follows up'),
  kind: oneOf(DRAFT_KINDS, 'kind of message'),
  /** The recipient: a panel member's name, first name or email; the plan's follow-up contact also counts. */
  to: z.string().trim().optional(),
  format: oneOf(DRAFT_FORMATS, 'format').optional(),
  tone: oneOf(DRAFT_TONES, 'tone').optional(),
  /** The plan's touch this message is for: sets the recipient and links the message to it. */
  touchId: z.string().trim().min(1).optional(),
  /** For check-ins: the first (1) or second (2). Taken from the touch when there is one. */
  round: z.union([z.literal(1), z.literal(2)]).optional(),
});
export type DraftInput = z.input<typeof draftInput>;

export const draftEdit = z.object({
  // The subject becomes an email header and a file name: line breaks and tabs are folded into spaces
  // when it is saved; any other control character is refused.
  subject: z
    .string()
    .max(300, 'is too long: keep a subject under 300 characters')
    .refine((s) => !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(s), 'must not hold control characters')
    .optional(),
  body: z.string().optional(),
});
export type DraftEdit = z.input<typeof draftEdit>;

export const regenerateInput = z.object({
  format: oneOf(DRAFT_FORMATS, 'format').optional(),
  tone: oneOf(DRAFT_TONES, 'tone').optional(),
});
export type RegenerateInput = z.input<typeof regenerateInput>;
