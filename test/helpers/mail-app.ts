// The app over a throwaway database with email wired up: a fixed clock the test moves, a key file in
// a temporary folder, one recorded interview (Dana and Sam) and helpers to save messages to send.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/app/context.js';
import type { FollowThrough } from '../../src/app/index.js';
import type { ConnectMailer } from '../../src/channels/email/types.js';
import type { InterviewRecord } from '../../src/core/model.js';
import type { DraftKind } from '../../src/core/notes/compose/types.js';
import type { Store } from '../../src/store/open.js';
import { repos } from '../../src/store/repos/index.js';
import { testApp } from './app.js';
import type { TestDatabase } from './databases.js';

export interface MailApp {
  store: Store;
  /** The database: a SQLite path or a postgres URL, for a child process to open. */
  target: string;
  api: FollowThrough;
  clock: Clock;
  keyFile: string;
  record: InterviewRecord;
  setNow(iso: string): void;
  advance(minutes: number): void;
  now(): Date;
  /** Saves an email message to Dana (or Sam) for the plan's touch of that kind; returns its id. */
  message(options?: { kind?: DraftKind; to?: 'Dana' | 'Sam'; body?: string; subject?: string }): Promise<string>;
  /** A second app on the same database: another scheduler. */
  another(): Promise<{ api: FollowThrough; close(): Promise<void> }>;
  status(id: string): Promise<string>;
  /** A sender claims a due message and dies before hearing back (it stays "sending"). */
  claim(id: string, to: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Interview on Tue 3 Mar 2026, 10:00 New York; the clock starts at 12:00 New York the same day. */
export async function mailApp(
  make: () => Promise<TestDatabase>,
  options: { connect?: ConnectMailer } = {},
): Promise<MailApp> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-mail-'));
  const keyFile = join(dir, 'followthrough.key');
  const t = await testApp({
    make,
    start: '2026-03-03T17:00:00.000Z',
    idTag: 'm',
    mail: { keyFile, ...(options.connect && { connect: options.connect }) },
  });
  const { store, api, clock } = t;
  await api.profile.update({
    name: 'Alex Candidate',
    email: 'alex@home.example',
    country: 'US',
    timeZone: 'America/New_York',
  });
  const record = await api.interviews.add({
    company: 'Acme Corp',
    role: 'Product Manager',
    at: '2026-03-03T10:00',
    tz: 'America/New_York',
    country: 'US',
    interviewers: [
      { name: 'Dana Reyes', email: 'dana@acme.example' },
      { name: 'Sam Lee', email: 'sam@acme.example' },
    ],
    contact: 'Dana Reyes',
    timeframe: 'we hope to decide by the end of next week',
    permission: 'yes',
  });
  const contactId = (who: 'Dana' | 'Sam') =>
    record.participants.find((p) => p.contact.name.startsWith(who))?.contact.id as string;
  return {
    store,
    target: t.target,
    api,
    clock,
    keyFile,
    record,
    setNow: t.setNow,
    advance: (minutes) => t.tick(minutes * 60_000),
    now: () => clock.now(),
    async message(o = {}) {
      const kind = o.kind ?? 'thank-you';
      const contact = contactId(o.to ?? 'Dana');
      const touchKind = kind === 'check-in' ? 'check-in-1' : 'thank-you';
      const touch = await store.db
        .selectFrom('touches')
        .select('id')
        .where('contact_id', '=', contact)
        .where('kind', '=', touchKind)
        .executeTakeFirst();
      const id = t.newId('msg');
      const ok = await repos(store.db, 'local').messages.insert(
        {
          id,
          opportunityId: record.opportunityId,
          interviewId: record.id,
          touchId: touch?.id ?? null,
          contactId: contact,
          kind,
          format: 'email',
          tone: 'warm',
          subject: o.subject ?? (kind === 'check-in' ? 'Checking in' : 'Thank you, Dana'),
          body: o.body ?? 'Dear Dana,\n\nThank you for talking with me about the pricing page today.\n\nAlex',
          gaps: [],
          score: 80,
          generic: false,
        },
        clock.now().toISOString(),
      );
      if (!ok) throw new Error('could not save the test message');
      return id;
    },
    async another() {
      const other = await t.another();
      return { api: other.api, close: () => other.close() };
    },
    async status(id) {
      const row = await store.db.selectFrom('messages').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      return row.status;
    },
    claim: (id, to) => repos(store.db, 'local').delivery.claim(id, to, clock.now().toISOString()),
    async close() {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
