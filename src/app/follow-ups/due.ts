// What is due: the one read `followthrough due` makes, kept apart from planning so that listing due
// touches loads neither the time-frame parser nor the holiday calendars.
import type { DueTouch } from '../../store/repos/touch-repo.js';
import type { AppContext } from '../context.js';
import { parseInput } from '../validate.js';
import { type DueQuery, dueQuery } from './inputs.js';

/** Open touches due within `days` days from now (overdue ones included), most urgent first. */
export async function dueTouches(ctx: AppContext, raw: DueQuery): Promise<DueTouch[]> {
  const days = parseInput(dueQuery, raw).days ?? 7;
  const until = new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString();
  return ctx.repos.touches.due(until);
}
