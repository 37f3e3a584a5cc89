// What every use case is given: the store, whose data it acts on, the clock and an id source.
import type { OwnerId } from '../core/model.js';
import type { QuizBank } from '../core/quiz/types.js';
import type { Store } from '../store/open.js';
import type { MailDeps } from './delivery/mail-deps.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppContext {
  store: Store;
  owner: OwnerId;
  clock: Clock;
  newId(prefix: string): string;
  /** The self-assessment's questions; the built-in bank when absent. */
  quizBank?: QuizBank;
  /** Sending email: where the SMTP password's key file is and how to reach a server (issue 6). */
  mail?: MailDeps;
}

/** The local single-user owner; accounts replace it when an organisation hosts the app. */
export const LOCAL_OWNER: OwnerId = 'local';
