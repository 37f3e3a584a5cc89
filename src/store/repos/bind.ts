// Binding a repository's queries to one owner: each query is written as `(db, owner, ...args)` and
// reached only through the bound form, so code outside store/ cannot run a query without an owner.
import type { OwnerId } from '../../core/model.js';
import type { Executor } from '../schema.js';

// biome-ignore lint/suspicious/noExplicitAny: a query takes any arguments after the owner
type OwnerQuery = (db: Executor, owner: OwnerId, ...args: any[]) => Promise<unknown>;

/** The queries with the database and owner applied. */
export type Bound<T extends Record<string, OwnerQuery>> = {
  readonly [K in keyof T]: T[K] extends (db: Executor, owner: OwnerId, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

const binders = new WeakSet<object>();

/** A repository factory: `(db, owner)` gives the queries with both applied. */
export function ownerBound<T extends Record<string, OwnerQuery>>(
  queries: T,
): (db: Executor, owner: OwnerId) => Bound<T> {
  const bind = (db: Executor, owner: OwnerId): Bound<T> => {
    const bound: Record<string, unknown> = {};
    for (const [name, query] of Object.entries(queries))
      bound[name] = (...args: unknown[]) => query(db, owner, ...args);
    return Object.freeze(bound) as Bound<T>;
  };
  binders.add(bind);
  return bind;
}

/** True for a factory made by `ownerBound` (the isolation test checks the repos export nothing else). */
export const isOwnerBound = (value: unknown): boolean => typeof value === 'function' && binders.has(value);
