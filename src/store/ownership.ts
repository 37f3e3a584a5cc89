// Every write that links rows checks first that each linked row is the owner's own: foreign keys
// alone would happily join one person's interview to another person's contact.
import type { Executor } from './schema.js';

type OwnedTable = 'opportunities' | 'interviews' | 'contacts';

/** True when every id given (nulls are skipped) names a row of `table` that belongs to `owner`. */
export async function ownsAll(
  db: Executor,
  owner: string,
  table: OwnedTable,
  ids: readonly (string | null | undefined)[],
): Promise<boolean> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return true;
  const found = await db.selectFrom(table).select('id').where('owner', '=', owner).where('id', 'in', wanted).execute();
  return found.length === wanted.length;
}

/** Ids in slices small enough for one `IN (...)` on either database. */
export function* chunks<T>(ids: readonly T[], size = 500): Generator<T[]> {
  for (let i = 0; i < ids.length; i += size) yield ids.slice(i, i + size);
}
