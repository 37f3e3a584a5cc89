// Interactive questions, loaded only when a person is at the terminal. Prompts are drawn on
// stderr so stdout keeps to the command's output (and stays pure JSON with --json).
import { cancel, confirm, intro, isCancel, select, text } from '@clack/prompts';
import type { AddInterviewInput } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import type { InterviewRecord } from '../../core/model.js';
import { parsePerson } from '../../core/person.js';
import { isLocalDateTime, isTimeZone } from '../../core/time.js';
import { clean } from '../output.js';
import { whenLocal } from '../when.js';
import type { PanelPerson } from './people.js';

const io = { output: process.stderr };

function answer<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) {
    cancel('Cancelled; nothing was saved.', io);
    throw new AppError('failure', 'Cancelled; nothing was saved.');
  }
  return value as Exclude<T, symbol>;
}

const required = (what: string) => (v: string | undefined) => (v?.trim() ? undefined : `Please enter ${what}.`);

export async function askForInterview(defaultTimeZone: string): Promise<AddInterviewInput> {
  intro('Record an interview', io);
  const company = answer(
    await text({ ...io, message: 'Company', placeholder: 'Acme Corp', validate: required('the company') }),
  );
  const role = answer(
    await text({ ...io, message: 'Role', placeholder: 'Product Manager', validate: required('the role') }),
  );
  const at = answer(
    await text({
      ...io,
      message: 'When did it start? (local time, YYYY-MM-DDTHH:MM)',
      placeholder: '2026-03-03T10:00',
      validate: (v) => (v && isLocalDateTime(v.trim()) ? undefined : 'Use YYYY-MM-DDTHH:MM, e.g. 2026-03-03T10:00.'),
    }),
  ).trim();
  const tz = answer(
    await text({
      ...io,
      message: 'Time zone',
      initialValue: defaultTimeZone,
      validate: (v) => (v && isTimeZone(v.trim()) ? undefined : 'Use an IANA time zone, e.g. America/New_York.'),
    }),
  ).trim();
  const interviewers = await askForPanel();
  const timeframe = answer(
    await text({
      ...io,
      message: 'What did they say about timing? (their words; leave empty if nothing)',
      placeholder: 'we hope to decide by the end of next week',
    }),
  );
  const contact = answer(
    await text({
      ...io,
      message: 'Whom should you follow up with? (name or email; leave empty if unsure)',
      placeholder: interviewers[0]?.name || 'Sam Lee <sam@acme.example>',
    }),
  );
  const permission = answer(
    await select({
      ...io,
      message: 'Did they say you may check in?',
      initialValue: 'unknown' as const,
      options: [
        { value: 'yes' as const, label: 'yes' },
        { value: 'no' as const, label: 'no' },
        { value: 'unknown' as const, label: 'not discussed' },
      ],
    }),
  );
  return {
    company,
    role,
    at,
    tz,
    interviewers,
    timeframe: timeframe ?? '',
    ...(contact?.trim() && { contact }),
    permission,
  };
}

async function askForPanel(): Promise<PanelPerson[]> {
  const people: PanelPerson[] = [];
  for (;;) {
    const raw = answer(
      await text({
        ...io,
        message:
          people.length === 0
            ? 'Interviewer (name and/or email; leave empty when done)'
            : 'Another interviewer? (leave empty when done)',
        placeholder: 'Dana Reyes <dana@acme.example>',
        validate: (v) => (!v?.trim() || parsePerson(v) ? undefined : 'Write a name, an email, or "Name <email>".'),
      }),
    );
    const person = raw?.trim() ? parsePerson(raw) : null;
    if (!person) return people;
    people.push({ name: person.name, ...(person.email && { email: person.email }), role: 'interviewer' });
  }
}

export async function confirmDelete(record: InterviewRecord): Promise<boolean> {
  const what = `${clean(record.opportunity.company)} — ${clean(record.opportunity.role)}, ${whenLocal(record)}`;
  return answer(
    await confirm({
      ...io,
      message: `Delete the interview ${what}, with its panel, next steps and notes?`,
      initialValue: false,
    }),
  );
}
