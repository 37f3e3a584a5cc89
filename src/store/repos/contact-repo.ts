import type { Contact, Id, OwnerId } from '../../core/model.js';
import { chunks } from '../ownership.js';
import type { ContactTable, Executor } from '../schema.js';
import { ownerBound } from './bind.js';

const toContact = (r: ContactTable): Contact => ({
  id: r.id,
  name: r.name,
  title: r.title,
  email: r.email,
  phone: r.phone,
  address: r.address,
  company: r.company,
  timeZone: r.time_zone,
});

async function insertContact(db: Executor, owner: OwnerId, c: Contact, now: string): Promise<void> {
  await db
    .insertInto('contacts')
    .values({
      id: c.id,
      owner,
      name: c.name,
      title: c.title,
      email: c.email?.toLowerCase() ?? null,
      phone: c.phone,
      address: c.address,
      company: c.company,
      time_zone: c.timeZone,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

async function getContact(db: Executor, owner: OwnerId, id: Id): Promise<Contact | undefined> {
  const row = await db
    .selectFrom('contacts')
    .selectAll()
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toContact(row);
}

async function findContactByEmail(db: Executor, owner: OwnerId, email: string): Promise<Contact | undefined> {
  const row = await db
    .selectFrom('contacts')
    .selectAll()
    .where('owner', '=', owner)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row && toContact(row);
}

/** Contacts whose name matches exactly, ignoring case; more than one means the name is ambiguous. */
async function findContactsByName(db: Executor, owner: OwnerId, name: string): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('owner', '=', owner)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .orderBy('created_at')
    .execute();
  return rows.map(toContact);
}

async function listContacts(db: Executor, owner: OwnerId): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('owner', '=', owner)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toContact);
}

/** Many contacts at once (a page naming everyone its touches mention), by id; unknown ids are left out. */
async function listContactsByIds(db: Executor, owner: OwnerId, ids: readonly Id[]): Promise<Map<Id, Contact>> {
  const out = new Map<Id, Contact>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom('contacts')
      .selectAll()
      .where('owner', '=', owner)
      .where('id', 'in', part)
      .execute();
    for (const r of rows) out.set(r.id, toContact(r));
  }
  return out;
}

export type ContactPatch = Partial<Omit<Contact, 'id'>>;

async function updateContact(db: Executor, owner: OwnerId, id: Id, patch: ContactPatch, now: string): Promise<boolean> {
  const set: Partial<ContactTable> = { updated_at: now };
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.title !== undefined) set.title = patch.title;
  if (patch.email !== undefined) set.email = patch.email?.toLowerCase() ?? null;
  if (patch.phone !== undefined) set.phone = patch.phone;
  if (patch.address !== undefined) set.address = patch.address;
  if (patch.company !== undefined) set.company = patch.company;
  if (patch.timeZone !== undefined) set.time_zone = patch.timeZone;
  const r = await db
    .updateTable('contacts')
    .set(set)
    .where('owner', '=', owner)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The contacts repository, bound to one owner by `repos(db, owner)`. */
export const contactRepo = ownerBound({
  insert: insertContact,
  get: getContact,
  findByEmail: findContactByEmail,
  findByName: findContactsByName,
  list: listContacts,
  listByIds: listContactsByIds,
  update: updateContact,
});
