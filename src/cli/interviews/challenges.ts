// Pairs each --idea with the --challenge right before it.
import { badInput } from '../../core/errors.js';
import type { Challenge } from '../../core/model.js';
import type { Recorder } from '../ordered.js';

const EXAMPLE = '--challenge "onboarding churn" --idea "a three-email welcome series"';

export function pairChallenges(recorded: Recorder<'challenge' | 'idea'>['seen']): Challenge[] {
  const out: Challenge[] = [];
  for (const { flag, value } of recorded) {
    if (flag === 'challenge') {
      out.push({ challenge: value, idea: '' });
      continue;
    }
    const last = out.at(-1);
    if (!last) {
      throw badInput([
        {
          field: '--idea',
          message: `"${value}" comes before any --challenge; put each --idea right after the --challenge it answers`,
          example: EXAMPLE,
        },
      ]);
    }
    if (last.idea) {
      throw badInput([
        {
          field: '--idea',
          message: `the challenge "${last.challenge}" already has an idea ("${last.idea}"); give one --idea per --challenge`,
          example: EXAMPLE,
        },
      ]);
    }
    last.idea = value;
  }
  return out;
}
