// Every migration, by name, in order. Listed statically (not read from the folder) so the bundled
// bin carries them; a test fails if a file in this folder is missing here.
import type { Migration } from 'kysely';
import * as initial from './2026-11-25T1800-initial.js';
import * as plan from './2026-11-25T1900-plan.js';
import * as quiz from './2026-11-25T2000-quiz.js';
import * as messages from './2026-11-26T0900-messages.js';
import * as mail from './2026-11-26T1100-mail.js';
import * as calendarFeed from './2026-11-26T1200-calendar-feed.js';
import * as outcomes from './2026-11-26T1300-outcomes.js';
import * as ownerIndexes from './2026-11-26T1500-owner-indexes.js';
import * as messageReport from './2026-12-04T0400-message-report.js';
import * as planTimeFrames from './2026-12-04T0430-plan-time-frames.js';

export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25T1800-initial': initial,
  '2026-11-25T1900-plan': plan,
  '2026-11-25T2000-quiz': quiz,
  '2026-11-26T0900-messages': messages,
  '2026-11-26T1100-mail': mail,
  '2026-11-26T1200-calendar-feed': calendarFeed,
  '2026-11-26T1300-outcomes': outcomes,
  '2026-11-26T1500-owner-indexes': ownerIndexes,
  '2026-12-04T0400-message-report': messageReport,
  '2026-12-04T0430-plan-time-frames': planTimeFrames,
};
