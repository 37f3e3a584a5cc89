// The flags `interview add` and `interview edit` share, and the app input they become.
import type { Command } from 'commander';
import type { AddInterviewInput, EditInterviewInput } from '../../app/index.js';
import type { Recorder } from '../ordered.js';
import { type PanelFlag, panelFrom } from './people.js';

export interface InterviewFlags {
  company?: string;
  role?: string;
  at?: string;
  tz?: string;
  country?: string;
  opportunity?: string;
  stage?: string;
  format?: string;
  location?: string;
  contact?: string;
  timeframe?: string;
  permission?: string;
  channel?: string;
  nextStep?: string;
  why?: string;
  strength?: string;
  postingUrl?: string;
  status?: string;
  card?: boolean;
}

const PERSON = '"Name <email>", a name, or an email; repeatable';

export function interviewFlags(cmd: Command, panel: Recorder<PanelFlag>): Command {
  return cmd
    .option('--company <name>', 'the company, e.g. "Acme Corp"')
    .option('--role <title>', 'the job, e.g. "Product Manager"')
    .option('--at <YYYY-MM-DDTHH:MM>', 'when it started, local time at --tz')
    .option('--tz <zone>', 'IANA time zone, e.g. America/New_York')
    .option('--country <CC>', 'two-letter country code, for public holidays')
    .option('--opportunity <id>', 'add this round to an existing opportunity')
    .option('--stage <stage>', 'the round, e.g. "final round"')
    .option('--format <format>', 'in-person | video | phone (default video)')
    .option('--location <where>', 'address or meeting link')
    .option('--interviewer <person>', `an interviewer: ${PERSON}`, panel.collect('interviewer'))
    .option('--hiring-manager <person>', `the hiring manager: ${PERSON}`, panel.collect('hiring-manager'))
    .option('--recruiter <person>', `a recruiter: ${PERSON}`, panel.collect('recruiter'))
    .option('--contact <person>', 'whom to follow up with (a panel member or someone else)')
    .option('--timeframe <words>', 'what they said about timing, in their words')
    .option('--permission <answer>', 'may you check in? yes | no | unknown')
    .option('--channel <channel>', 'how to follow up: email | phone | letter | card | any')
    .option('--next-step <text>', 'what happens next, e.g. "a take-home, then a final round"')
    .option('--why <text>', 'why you want this job')
    .option('--strength <text>', 'how you would succeed in it')
    .option('--posting-url <url>', 'the job posting (http or https)')
    .option('--card', 'also mail a thank-you card (as well as the same-day email)')
    .option('--no-card', 'no thank-you card');
}

const KEYS = [
  'company',
  'role',
  'at',
  'tz',
  'country',
  'opportunity',
  'stage',
  'format',
  'location',
  'contact',
  'timeframe',
  'permission',
  'channel',
  'nextStep',
  'why',
  'strength',
  'postingUrl',
  'status',
  'card',
] as const;

/** Only the flags given; the app validates the values. */
export function interviewInput(flags: InterviewFlags, panel: Recorder<PanelFlag>): EditInterviewInput {
  const input: Record<string, unknown> = {};
  for (const key of KEYS) if (flags[key] !== undefined) input[key] = flags[key];
  const interviewers = panelFrom(panel);
  if (interviewers) input.interviewers = interviewers;
  return input as EditInterviewInput;
}

export const asAddInput = (input: EditInterviewInput): AddInterviewInput => input as AddInterviewInput;
