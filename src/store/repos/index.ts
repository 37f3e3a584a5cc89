// The one way into the repositories: `repos(db, owner)` binds every query to one owner, so a query
// without the owner cannot be written outside store/. `db` is the database or a transaction on it.
import type { OwnerId } from '../../core/model.js';
import type { Executor } from '../schema.js';
import { calendarFeedRepo } from './calendar-feed-repo.js';
import { captureRepo } from './capture-repo.js';
import { contactRepo } from './contact-repo.js';
import { deliveryRepo } from './delivery-repo.js';
import { eventRepo } from './event-repo.js';
import { insightRepo } from './insight-repo.js';
import { interviewRepo } from './interview-repo.js';
import { messageRepo } from './message-repo.js';
import { nextStepsRepo } from './next-steps-repo.js';
import { notesRepo } from './notes-repo.js';
import { opportunityRepo } from './opportunity-repo.js';
import { outcomeRepo } from './outcome-repo.js';
import { participantRepo } from './participant-repo.js';
import { planRepo } from './plan-repo.js';
import { profileRepo } from './profile-repo.js';
import { quizRepo } from './quiz-repo.js';
import { smtpRepo } from './smtp-repo.js';
import { touchRepo } from './touch-repo.js';

const REPOS = {
  calendarFeed: calendarFeedRepo,
  captures: captureRepo,
  contacts: contactRepo,
  delivery: deliveryRepo,
  events: eventRepo,
  insight: insightRepo,
  interviews: interviewRepo,
  messages: messageRepo,
  nextSteps: nextStepsRepo,
  notes: notesRepo,
  opportunities: opportunityRepo,
  outcomes: outcomeRepo,
  participants: participantRepo,
  plans: planRepo,
  profile: profileRepo,
  quizAttempts: quizRepo,
  smtp: smtpRepo,
  touches: touchRepo,
};

export type Repos = { readonly [K in keyof typeof REPOS]: ReturnType<(typeof REPOS)[K]> };

/** Every repository, each query bound to `owner` and run on `db` (the database or a transaction). */
export function repos(db: Executor, owner: OwnerId): Repos {
  const out: Record<string, unknown> = {};
  for (const [name, bind] of Object.entries(REPOS)) out[name] = bind(db, owner);
  return Object.freeze(out) as Repos;
}
