import type { OwnerId, Profile } from '../../core/model.js';
import type { Executor, ProfileTable } from '../schema.js';
import { ownerBound } from './bind.js';

const toProfile = (r: ProfileTable): Profile => ({
  name: r.name,
  email: r.email,
  phone: r.phone,
  address: r.address,
  signature: r.signature,
  country: r.country,
  timeZone: r.time_zone,
});

async function getProfile(db: Executor, owner: OwnerId): Promise<Profile | undefined> {
  const row = await db.selectFrom('profiles').selectAll().where('owner', '=', owner).executeTakeFirst();
  return row && toProfile(row);
}

async function saveProfile(db: Executor, owner: OwnerId, p: Profile, now: string): Promise<void> {
  const values = {
    name: p.name,
    email: p.email,
    phone: p.phone,
    address: p.address,
    signature: p.signature,
    country: p.country,
    time_zone: p.timeZone,
    updated_at: now,
  };
  await db
    .insertInto('profiles')
    .values({ owner, ...values })
    .onConflict((oc) => oc.column('owner').doUpdateSet(values))
    .execute();
}

/** The profile repository, bound to one owner by `repos(db, owner)`. */
export const profileRepo = ownerBound({ get: getProfile, save: saveProfile });
