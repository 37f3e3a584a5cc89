// Finding or creating the contacts an interview names. A person met in several rounds is one
// contact: matched by email, or by name within the same company when no email is known.
import { badInput } from '../../core/errors.js';
import type { Id, Participant } from '../../core/model.js';
import { parsePerson } from '../../core/person.js';
import type { Repos } from '../../store/repos/index.js';
import type { AppContext } from '../context.js';
import type { PersonInput } from './inputs.js';

export async function findOrCreateContact(
  repos: Repos,
  ctx: AppContext,
  p: { name: string; email: string | null; title?: string },
  company: string,
  now: string,
): Promise<Id> {
  if (p.email) {
    const existing = await repos.contacts.findByEmail(p.email);
    if (existing) {
      // Fill in what we learned without overwriting what the user already recorded.
      const patch: { name?: string; title?: string } = {};
      if (!existing.name && p.name) patch.name = p.name;
      if (!existing.title && p.title) patch.title = p.title;
      if (Object.keys(patch).length > 0) await repos.contacts.update(existing.id, patch, now);
      return existing.id;
    }
  } else if (p.name) {
    const sameName = await repos.contacts.findByName(p.name);
    const match = sameName.find((c) => c.company.toLowerCase() === company.toLowerCase());
    if (match) return match.id;
  }
  const id = ctx.newId('ct');
  await repos.contacts.insert(
    { id, name: p.name, title: p.title ?? '', email: p.email, phone: '', address: '', company, timeZone: null },
    now,
  );
  return id;
}

/** Resolves a panel to contacts, dropping repeats of the same person. */
export async function resolveInterviewers(
  repos: Repos,
  ctx: AppContext,
  people: PersonInput[],
  company: string,
  now: string,
): Promise<{ contactId: Id; role: PersonInput['role'] }[]> {
  const out: { contactId: Id; role: PersonInput['role'] }[] = [];
  for (const p of people) {
    const contactId = await findOrCreateContact(repos, ctx, p, company, now);
    if (!out.some((o) => o.contactId === contactId)) out.push({ contactId, role: p.role });
  }
  return out;
}

/** Finds the participant a user named ("Dana", "Dana Reyes" or "dana@acme.example"). */
export function matchParticipant(participants: Participant[], spec: string): Participant | undefined {
  // A contact id first: forms name the person by id, which no name or email can be confused with.
  const byId = participants.find((p) => p.contact.id === spec.trim());
  if (byId) return byId;
  const wanted = spec.trim().toLowerCase();
  const parsed = parsePerson(spec);
  const email = parsed?.email ?? null;
  const name = (parsed?.name ?? wanted).toLowerCase();
  const exact = participants.find(
    (p) => (email !== null && p.contact.email === email) || (name !== '' && p.contact.name.toLowerCase() === name),
  );
  if (exact) return exact;
  // A first name is enough when only one participant has it.
  const byFirst = participants.filter((p) => p.contact.name.toLowerCase().split(' ')[0] === name);
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

/** The follow-up contact: a participant when one matches, otherwise a contact found or created. */
export async function resolveFollowUpContact(
  repos: Repos,
  ctx: AppContext,
  spec: string,
  participants: Participant[],
  company: string,
  now: string,
): Promise<Id> {
  const participant = matchParticipant(participants, spec);
  if (participant) return participant.contact.id;
  const parsed = parsePerson(spec);
  if (!parsed) {
    throw badInput([
      { field: 'contact', message: 'is not a name or email address', example: 'Sam Lee <sam@acme.example>' },
    ]);
  }
  return findOrCreateContact(repos, ctx, parsed, company, now);
}
