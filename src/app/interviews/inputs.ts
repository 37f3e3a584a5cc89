// Input schemas for every use case: the one place user input is validated. Field names are the
// CLI flag and form field names, so an error can point at exactly what the user typed.
import { z } from 'zod';
import type { Hint } from '../../core/hints.js';
import { CHANNELS, INTERVIEW_FORMATS, OPPORTUNITY_STATUSES, PARTICIPANT_ROLES, PERMISSIONS } from '../../core/model.js';
import { isEmail } from '../../core/person.js';
import { isDateOrDateTime, isLocalDate, isLocalDateTime, isTimeZone } from '../../core/time.js';

/** A good value for each field, shown beside an error. */
export const EXAMPLES: Record<string, string> = {
  company: 'Acme Corp',
  role: 'Product Manager',
  at: '2026-03-03T10:00',
  tz: 'America/New_York',
  country: 'US',
  format: INTERVIEW_FORMATS.join(' | '),
  permission: PERMISSIONS.join(' | '),
  channel: CHANNELS.join(' | '),
  status: OPPORTUNITY_STATUSES.join(' | '),
  role_in_interview: PARTICIPANT_ROLES.join(' | '),
  postingUrl: 'https://jobs.acme.example/pm-42',
  article: 'https://example.com/how-they-cut-churn',
  email: 'dana@acme.example',
  interviewer: 'Dana Reyes <dana@acme.example>',
  timeZone: 'Europe/Berlin',
  days: '7',
  port: '587',
  everyMonths: '4',
};

const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f]/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** One line of text: no control characters (they end up in email headers and file names). */
export const line = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, `is too long (at most ${max} characters)`)
    .refine((s) => !CONTROL.test(s), 'must be a single line without control characters');

/** Free text that may span lines. */
export const text = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max, `is too long (at most ${max} characters)`)
    .refine((s) => !CONTROL_EXCEPT_NEWLINE.test(s), 'contains control characters');

const required = (max = 200) => line(max).refine((s) => s.length > 0, 'is required');

/** http(s) only: z.url() alone accepts javascript: and data: links. */
export const httpUrl = line(2000).refine((s) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}, 'must be a web address starting with http:// or https://');

const optionalUrl = z
  .union([z.literal(''), httpUrl])
  .optional()
  .transform((s) => (s ? s : undefined));

// Dates: one strict rule (core/time) for every field, so 2026-04-31 is refused everywhere, naming the field.
export const localDateTime = line(16).refine(isLocalDateTime, 'must be a local date and time as YYYY-MM-DDTHH:MM');
export const localDate = line(10).refine(isLocalDate, 'must be a date as YYYY-MM-DD');
/** A day or a day and time, local to the interview's zone; with `offset`, an ISO time with Z or an offset too. */
export const dateOrDateTime = (offset = false) =>
  line(40).refine(
    (s) => isDateOrDateTime(s, offset),
    'must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)',
  );

/**
 * A whole number in decimal digits, given as a number or as typed ("16", not "0x10", "1e1" or "").
 * z.coerce.number() would take all of those: the one rule for counts, ports and periods.
 */
export const wholeNumber = (min: number, max: number, message: string) =>
  z.union([z.number(), z.string()], { message }).transform((v, ctx) => {
    const digits = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : '') : v.trim();
    const n = /^\d{1,9}$/.test(digits) ? Number(digits) : Number.NaN;
    if (n >= min && n <= max) return n;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });

export const timeZone = line(64).refine(isTimeZone, 'is not a known IANA time zone');
export const country = line(2)
  .transform((s) => s.toUpperCase())
  .refine((s) => /^[A-Z]{2}$/.test(s), 'must be a two-letter ISO country code');
const emailField = line(254).refine((s) => s === '' || isEmail(s), 'is not an email address');

export const personInput = z.object({
  name: line(120).default(''),
  email: emailField.default('').transform((s) => (s ? s.toLowerCase() : null)),
  title: line(120).default(''),
  role: z.enum(PARTICIPANT_ROLES, { message: `must be one of ${PARTICIPANT_ROLES.join(', ')}` }).default('interviewer'),
});
export type PersonInput = z.output<typeof personInput>;

const interviewFields = {
  company: line().optional(),
  role: line().optional(),
  at: localDateTime,
  tz: timeZone,
  country: country.optional(),
  opportunity: line(64).optional(),
  stage: line(120).optional(),
  format: z.enum(INTERVIEW_FORMATS, { message: `must be one of ${INTERVIEW_FORMATS.join(', ')}` }).optional(),
  location: line(300).optional(),
  interviewers: z.array(personInput).max(20, 'at most 20 interviewers').optional(),
  contact: line(200).optional(),
  timeframe: text(1000).optional(),
  permission: z.enum(PERMISSIONS, { message: `must be one of ${PERMISSIONS.join(', ')}` }).optional(),
  channel: z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` }).optional(),
  nextStep: text(1000).optional(),
  card: z.boolean().optional(),
  why: text().optional(),
  strength: text().optional(),
  postingUrl: optionalUrl,
};

const hasNameOrEmail = (people: PersonInput[] | undefined) =>
  (people ?? []).every((p) => p.name !== '' || p.email !== null);
const PEOPLE_MESSAGE = { message: 'each interviewer needs a name or an email', path: ['interviewers'] };

// A front end that can name an existing opportunity offers that instead (the CLI's --opportunity).
const OPPORTUNITY_HINT: Hint = { action: 'opportunity.list', field: 'opportunity' };

export const addInterviewInput = z
  .object(interviewFields)
  .refine((v) => hasNameOrEmail(v.interviewers), PEOPLE_MESSAGE)
  .superRefine((v, ctx) => {
    // Without an opportunity id, company and role say which opportunity this round belongs to.
    if (v.opportunity) return;
    for (const field of ['company', 'role'] as const) {
      if (!v[field])
        ctx.addIssue({ code: 'custom', path: [field], message: 'is required', params: { hint: OPPORTUNITY_HINT } });
    }
  });
export type AddInterviewInput = z.input<typeof addInterviewInput>;

/** Edit: every field optional; only what is given changes. `interviewers`, when given, replaces the list. */
export const editInterviewInput = z
  .object({
    ...interviewFields,
    company: required().optional(),
    role: required().optional(),
    at: interviewFields.at.optional(),
    tz: timeZone.optional(),
    // On an edit an empty value clears the field; absent means "no change".
    country: z.union([z.literal(''), country]).optional(),
    postingUrl: z
      .union([z.literal(''), httpUrl])
      .optional()
      .transform((s) => (s === '' ? null : s)),
    status: z.enum(OPPORTUNITY_STATUSES, { message: `must be one of ${OPPORTUNITY_STATUSES.join(', ')}` }).optional(),
  })
  .refine((v) => hasNameOrEmail(v.interviewers), PEOPLE_MESSAGE);
export type EditInterviewInput = z.input<typeof editInterviewInput>;

export const challengeInput = z.object({ challenge: required(500), idea: text(2000).default('') });

export const notesInput = z
  .object({
    interviewer: required(200),
    topics: z.array(required(500)).max(50).default([]),
    challenges: z.array(challengeInput).max(50).default([]),
    article: optionalUrl,
    weakAnswer: text(2000).optional(),
    /** Replace this interviewer's notes instead of adding to them. */
    replace: z.boolean().default(false),
  })
  // Adding nothing is a mistake to point out, not a success (replacing with nothing clears the notes).
  .refine((v) => v.replace || v.topics.length > 0 || v.challenges.length > 0 || v.article || v.weakAnswer, {
    message: 'is needed, or a challenge, an article or an answer that fell flat: there is nothing to add',
    path: ['topics'],
  });
export type NotesInput = z.input<typeof notesInput>;

export const profileInput = z.object({
  name: line(120).optional(),
  email: emailField.optional(),
  phone: line(60).optional(),
  address: text(500).optional(),
  signature: text(1000).optional(),
  country: z.union([z.literal(''), country]).optional(),
  timeZone: z.union([z.literal(''), timeZone]).optional(),
});
export type ProfileInput = z.input<typeof profileInput>;
