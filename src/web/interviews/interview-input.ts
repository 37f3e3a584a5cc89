// Between the interview form and the app's input: flat form fields ("interviewers.1.email") to an
// AddInterviewInput and back, and app field names back to the form field that caused them.
import type { AddInterviewInput, EditInterviewInput } from '../../app/index.js';
import type { Contact, InterviewRecord, Profile } from '../../core/model.js';
import { formatPerson } from '../../core/person.js';

type Values = Record<string, string>;
type PersonInput = NonNullable<AddInterviewInput['interviewers']>[number];
const ROW = /^interviewers\.(\d+)\.(name|email|title|role)$/;
const MAX_ROWS = 20;

const FIELDS = new Set([
  'company',
  'role',
  'status',
  'postingUrl',
  'at',
  'tz',
  'country',
  'stage',
  'format',
  'location',
  'timeframe',
  'contact',
  'permission',
  'channel',
  'nextStep',
  'card',
  'why',
  'strength',
]);

/** How many interviewer rows the submitted form had. */
export function rowCount(values: Values): number {
  let rows = 0;
  for (const key of Object.keys(values)) {
    const m = ROW.exec(key);
    if (m) rows = Math.max(rows, Number(m[1]) + 1);
  }
  return Math.min(Math.max(rows, 1), MAX_ROWS);
}

const blank = (s: string | undefined) => (s ?? '').trim() === '';

export interface ParsedForm<T> {
  input: T;
  /** For each interviewer in the input, the form row it came from (empty rows are dropped). */
  rowIndex: number[];
}

function interviewers(values: Values, rows: number): { people: PersonInput[]; rowIndex: number[] } {
  const people: PersonInput[] = [];
  const rowIndex: number[] = [];
  for (let r = 0; r < rows; r++) {
    const get = (k: string) => values[`interviewers.${r}.${k}`] ?? '';
    if (blank(get('name')) && blank(get('email')) && blank(get('title'))) continue;
    people.push({
      name: get('name'),
      email: get('email'),
      title: get('title'),
      role: (get('role') || 'interviewer') as PersonInput['role'],
    });
    rowIndex.push(r);
  }
  return { people, rowIndex };
}

const optional = (s: string | undefined) => (blank(s) ? undefined : s);

export function toAddInput(values: Values): ParsedForm<AddInterviewInput> {
  const { people, rowIndex } = interviewers(values, rowCount(values));
  const input: AddInterviewInput = {
    company: values.company ?? '',
    role: values.role ?? '',
    at: values.at ?? '',
    tz: (values.tz ?? '').trim(),
    country: optional(values.country),
    stage: values.stage,
    format: optional(values.format) as AddInterviewInput['format'],
    location: values.location,
    interviewers: people,
    contact: values.contact,
    timeframe: values.timeframe,
    permission: optional(values.permission) as AddInterviewInput['permission'],
    channel: optional(values.channel) as AddInterviewInput['channel'],
    nextStep: values.nextStep,
    // A ticked checkbox posts "1"; an unticked one posts nothing, which means no card.
    card: Boolean(values.card) && values.card !== '0',
    why: values.why,
    strength: values.strength,
    postingUrl: values.postingUrl,
  };
  return { input, rowIndex };
}

export function toEditInput(values: Values): ParsedForm<EditInterviewInput> {
  const { input, rowIndex } = toAddInput(values);
  // The edit form always posts these fields: left empty, they clear what was recorded.
  const cleared = {
    ...(values.country !== undefined && { country: values.country.trim() }),
    ...(values.postingUrl !== undefined && { postingUrl: values.postingUrl.trim() }),
  };
  return {
    input: { ...input, ...cleared, status: optional(values.status) as EditInterviewInput['status'] },
    rowIndex,
  };
}

/** The form field an app field name refers to, or undefined when it names none. */
export function formField(appField: string, rowIndex: number[], values: Values): string | undefined {
  const indexed = /^interviewers\.(\d+)\.(\w+)$/.exec(appField);
  if (indexed) {
    const row = rowIndex[Number(indexed[1])];
    return row === undefined ? undefined : `interviewers.${row}.${indexed[2]}`;
  }
  if (appField === 'interviewers') {
    // "each interviewer needs a name or an email": point at the first row that has neither.
    const row = rowIndex.find(
      (r) => blank(values[`interviewers.${r}.name`]) && blank(values[`interviewers.${r}.email`]),
    );
    return row === undefined ? undefined : `interviewers.${row}.name`;
  }
  return FIELDS.has(appField) ? appField : undefined;
}

/** A blank form: three interviewer rows, the profile's time zone. */
export function newFormValues(profile: Profile): Values {
  return {
    tz: profile.timeZone,
    country: profile.country,
    format: 'video',
    permission: 'unknown',
    channel: 'email',
  };
}

export function recordToValues(record: InterviewRecord, contact: Contact | null): Values {
  const o = record.opportunity;
  const values: Values = {
    company: o.company,
    role: o.role,
    status: o.status,
    postingUrl: o.postingUrl ?? '',
    at: record.startsAt,
    tz: record.timeZone,
    country: record.country,
    stage: record.stage,
    format: record.format,
    location: record.location,
    timeframe: record.nextSteps.timeframe,
    contact: contact ? formatPerson(contact) : '',
    permission: record.nextSteps.permission,
    channel: record.nextSteps.channel,
    nextStep: record.nextSteps.nextStep,
    card: record.nextSteps.card ? '1' : '',
    why: o.why,
    strength: o.strength,
  };
  record.participants.forEach((p, n) => {
    values[`interviewers.${n}.name`] = p.contact.name;
    values[`interviewers.${n}.email`] = p.contact.email ?? '';
    values[`interviewers.${n}.title`] = p.contact.title;
    values[`interviewers.${n}.role`] = p.role;
  });
  return values;
}
