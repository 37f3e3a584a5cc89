// Rows for the crowd of other owners: each with a profile, opportunities with one interview round,
// a two-person panel, next steps, notes and the five touches a plan gives (two thank-yous, two
// check-ins, closing the loop). Past touches are mostly done, as a real history would be.
import type { Row, Table } from './writers.js';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same database. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COMPANIES = [
  'Acme Analytics',
  'Brightpath',
  'Northwind Traders',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Logistics',
  'Wayne Foods',
  'Hooli',
  'Vandelay Industries',
  'Soylent Labs',
  'Tyrell Systems',
];
export const ROLES = ['Product Manager', 'Data Analyst', 'Backend Engineer', 'UX Designer', 'Account Executive'];
export const FIRST = [
  'Dana',
  'Sam',
  'Priya',
  'Lee',
  'Maria',
  'Tom',
  'Aisha',
  'Jonas',
  'Mei',
  'Carlos',
  'Zoë',
  'Łukasz',
];
export const LAST = ['Reyes', 'Okafor', 'Chen', 'Novak', 'Smith', 'Haddad', 'Kowalski', 'Tanaka', 'Müller', 'Silva'];
export const PHRASES = [
  'we hope to decide by the end of next week',
  'you will hear from us within 5 business days',
  'a week or two',
  'soon',
  'by the 15th',
  'after Thanksgiving',
  '',
];
const ZONES = ['America/New_York', 'Europe/London', 'Europe/Berlin', 'America/Los_Angeles'];
const KINDS = ['thank-you', 'thank-you', 'check-in-1', 'check-in-2', 'close-the-loop'] as const;
const OFFSETS = [0, 0, 7, 14, 28];

const DAY = 86_400_000;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

export interface CrowdOptions {
  owner: string;
  /** Touches this owner gets (five per interview; the last interview may get fewer). */
  touches: number;
  /** Midnight UTC of the day the data is anchored to (ms). */
  anchor: number;
  random: () => number;
}

/** Appends one owner's rows to the buffers; returns the number of rows added. */
export function crowdOwner(o: CrowdOptions, buffers: Map<Table, Row[]>): number {
  const r = o.random;
  let added = 0;
  const add = (table: Table, row: Row) => {
    const list = buffers.get(table) ?? [];
    if (list.length === 0) buffers.set(table, list);
    list.push(row);
    added++;
  };
  const stamp = new Date(o.anchor - 30 * DAY).toISOString();
  const zone = pick(r, ZONES);
  add('profiles', [o.owner, `${pick(r, FIRST)} ${pick(r, LAST)}`, '', '', '', 'Best regards', 'US', zone, stamp]);
  const interviews = Math.ceil(o.touches / KINDS.length);
  let left = o.touches;
  for (let n = 0; n < interviews; n++) {
    const tag = `${o.owner}_${n}`;
    const [op, iv, c1, c2] = [`op_${tag}`, `iv_${tag}`, `ct_${tag}a`, `ct_${tag}b`];
    const company = pick(r, COMPANIES);
    // Interviews from four months ago to two weeks ahead, in working hours.
    const start = o.anchor + Math.floor(r() * 134 - 120) * DAY + (9 + Math.floor(r() * 8)) * 3_600_000;
    const startUtc = new Date(start).toISOString();
    const local = startUtc.slice(0, 16);
    const status = start < o.anchor - 60 * DAY ? pick(r, ['rejected', 'ghosted', 'interviewing']) : 'interviewing';
    add('opportunities', [op, o.owner, company, pick(r, ROLES), null, '', '', status, stamp, stamp]);
    add('interviews', [iv, o.owner, op, 'first round', local, zone, startUtc, 'US', 'video', '', stamp, stamp]);
    for (const [id, i] of [
      [c1, 0],
      [c2, 1],
    ] as const) {
      const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
      add('contacts', [
        id,
        o.owner,
        name,
        i ? 'Recruiter' : 'Hiring Manager',
        `${id}@example.com`,
        '',
        '',
        company,
        null,
        stamp,
        stamp,
      ]);
      add('participants', [o.owner, iv, id, i ? 'recruiter' : 'hiring-manager', i]);
    }
    add('next_steps', [o.owner, iv, pick(r, PHRASES), c2, 'yes', 'email', '', 0, stamp]);
    add('interviewer_notes', [o.owner, iv, c1, '["the Q3 roadmap","churn"]', '[]', null, '', stamp]);
    for (let k = 0; k < KINDS.length && left > 0; k++, left--) {
      const kind = KINDS[k] as string;
      const contact = k === 0 ? c1 : c2;
      const due = new Date(start + (OFFSETS[k] as number) * DAY + 3_600_000).toISOString();
      const past = Date.parse(due) < o.anchor;
      const touchStatus =
        status !== 'interviewing' ? 'cancelled' : past ? (r() < 0.85 ? 'done' : 'skipped') : 'pending';
      const key = `${op}:${kind}:${k === 4 ? 'nobody' : contact}:${iv}`;
      add('touches', [
        `tc_${tag}_${k}`,
        o.owner,
        op,
        iv,
        key,
        kind,
        k === 4 ? null : contact,
        k === 4 ? 'task' : 'email',
        due,
        due.slice(0, 16),
        zone,
        `${kind} for the ${company} interview on ${local.slice(0, 10)}: the plan's default cadence`,
        touchStatus,
        null,
        touchStatus === 'done' ? due : null,
        stamp,
        stamp,
      ]);
    }
    if (r() < 0.3) {
      add('events', [
        `ev_${tag}`,
        o.owner,
        op,
        iv,
        'reply',
        c2,
        new Date(start + 3 * DAY).toISOString(),
        null,
        null,
        '',
        stamp,
      ]);
    }
  }
  return added;
}
