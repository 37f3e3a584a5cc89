import type { Profile } from '../../core/model.js';
import type { AppContext } from '../context.js';
import { checkCountry } from '../follow-ups/holiday-calendars.js';
import { type ProfileInput, profileInput } from '../interviews/inputs.js';
import { parseInput } from '../validate.js';

/** Before the user fills it in: empty, in the machine's time zone. */
export function defaultProfile(): Profile {
  return {
    name: '',
    email: '',
    phone: '',
    address: '',
    signature: '',
    country: '',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
  };
}

export async function getProfile(ctx: AppContext): Promise<Profile> {
  return (await ctx.repos.profile.get()) ?? defaultProfile();
}

/** Changes only the fields given. */
export async function updateProfile(ctx: AppContext, raw: ProfileInput): Promise<Profile> {
  const input = parseInput(profileInput, raw);
  await checkCountry(input.country);
  return ctx.transaction(async (tx) => {
    const current = (await tx.profile.get()) ?? defaultProfile();
    const next: Profile = { ...current };
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) next[key as keyof Profile] = value;
    }
    await tx.profile.save(next, ctx.clock.now().toISOString());
    return next;
  });
}
