// Rows to domain objects, shared by the repos that read the same tables (the plan, and the reads
// across all of an owner's opportunities), so a column is mapped in one place.

import type { Id } from '../core/model.js';
import type { HistoryKind, PlannedTouch, TouchKind, TouchStatus } from '../core/plan/types.js';
import type { EventTable, TouchTable } from './schema.js';

// The shapes live here, beside their mappers, so the repos import this file and not each other.
export interface StoredTouch extends PlannedTouch {
  id: Id;
  opportunityId: Id;
  interviewId: Id;
  status: TouchStatus;
  snoozedUntil: string | null;
  completedAt: string | null;
}

export interface StoredEvent {
  id: Id;
  opportunityId: Id;
  interviewId: Id | null;
  kind: HistoryKind;
  contactId: Id | null;
  at: string;
  timeframe: string | null;
  touchKind: TouchKind | null;
  note: string;
  createdAt: string;
}

export const toTouch = (r: TouchTable): StoredTouch => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  interviewId: r.interview_id,
  key: r.key,
  kind: r.kind as TouchKind,
  contactId: r.contact_id,
  channel: r.channel as PlannedTouch['channel'],
  dueAt: r.due_at,
  dueLocal: r.due_local,
  timeZone: r.time_zone,
  reason: r.reason,
  status: r.status as TouchStatus,
  snoozedUntil: r.snoozed_until,
  completedAt: r.completed_at,
});

export const toEvent = (r: EventTable): StoredEvent => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  interviewId: r.interview_id,
  kind: r.kind as HistoryKind,
  contactId: r.contact_id,
  at: r.at,
  timeframe: r.timeframe,
  touchKind: r.touch_kind as TouchKind | null,
  note: r.note,
  createdAt: r.created_at,
});
