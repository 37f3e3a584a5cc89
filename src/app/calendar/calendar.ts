// The plan in the user's calendar (issue 6): an .ics download and a subscribable feed. The feed's
// URL carries a random token (256 bits); only its SHA-256 is stored, and a wrong or rotated token
// gets the same "not found" as no feed at all, after a constant-time comparison.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import type { AppContext } from '../context.js';
import { type PageUrl, touchEvent } from './events.js';

/** Where feeds are served; the token follows, then ".ics". */
export const FEED_PATH = '/calendar/feed/';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
// Every open touch, however far ahead.
const FOREVER = '9999-12-31T23:59:59.999Z';

export interface CalendarFile {
  ics: string;
  events: number;
  filename: string;
}

export interface FeedStatus {
  active: boolean;
  /** When the current URL was made; null when there is none. */
  createdAt: string | null;
}

export interface NewFeed {
  /** The path with the token, e.g. "/calendar/feed/Xy…Q.ics": shown once, never stored. */
  path: string;
  createdAt: string;
}

/** `pageUrl` says where the front end serves pages, so each event links to its touch's page. */
export async function calendarFile(ctx: AppContext, pageUrl?: PageUrl): Promise<CalendarFile> {
  const touches = await ctx.repos.touches.due(FOREVER);
  const { buildIcs } = await import('../../channels/calendar/ics.js');
  const ics = await buildIcs({
    name: 'Follow-Through: follow-ups',
    stamp: ctx.clock.now(),
    events: touches.map((t) => touchEvent(t, pageUrl)),
  });
  return { ics, events: touches.length, filename: 'followthrough-plan.ics' };
}

export async function feedStatus(ctx: AppContext): Promise<FeedStatus> {
  const feed = await ctx.repos.calendarFeed.get();
  return { active: feed !== undefined, createdAt: feed?.createdAt ?? null };
}

/** Makes a new feed URL; any earlier one stops working at once. */
export async function rotateFeed(ctx: AppContext): Promise<NewFeed> {
  const token = randomBytes(32).toString('base64url');
  const createdAt = ctx.clock.now().toISOString();
  await ctx.repos.calendarFeed.save(hashToken(token), createdAt);
  return { path: `${FEED_PATH}${token}.ics`, createdAt };
}

/** The calendar for a feed request; not-found, saying nothing more, unless the token is this owner's. */
export async function feedFile(ctx: AppContext, token: string, pageUrl?: PageUrl): Promise<CalendarFile> {
  const feed = await ctx.repos.calendarFeed.get();
  const given = Buffer.from(hashToken(TOKEN.test(token) ? token : ''), 'hex');
  const stored = Buffer.from(feed?.tokenHash ?? '', 'hex');
  // Compared even when there is no feed, so the answer takes as long either way.
  const same = timingSafeEqual(given, stored.length === given.length ? stored : Buffer.alloc(given.length));
  if (!feed || !same || !TOKEN.test(token))
    throw new AppError('not-found', 'There is no calendar feed at this address.');
  return calendarFile(ctx, pageUrl);
}

const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
