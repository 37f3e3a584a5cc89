// What a draft is made from: its recipient, the composer's inputs gathered from the store, and the
// checker's verdict (with the other panel members' thank-yous, so panel notes must differ).
import { Temporal } from 'temporal-polyfill';
import { badInput } from '../../core/errors.js';
import type { Contact, Id, InterviewRecord } from '../../core/model.js';
import type { ComposeInput, DraftFormat, DraftKind, DraftTone } from '../../core/notes/compose/types.js';
import { checkNote, contextFromRecord } from '../../core/notes/index.js';
import type { NoteReport } from '../../core/notes/types.js';
import { formatPerson } from '../../core/person.js';
import type { StoredMessage } from '../../store/repos/message-repo.js';
import type { StoredTouch } from '../../store/repos/touch-repo.js';
import type { AppContext } from '../context.js';
import { planFor } from '../follow-ups/planning.js';
import { matchParticipant } from '../interviews/people.js';
import { getProfile } from '../profile/profile.js';
import { spellChecker } from './check.js';

/** The person the message is for: named, the touch's, or the only sensible one. */
export async function recipientOf(
  ctx: AppContext,
  record: InterviewRecord,
  kind: DraftKind,
  to: string | undefined,
  touch: StoredTouch | null,
): Promise<Contact> {
  const panel = record.participants.map((p) => formatPerson(p.contact)).join('; ') || 'nobody recorded yet';
  const followUp = record.nextSteps.contactId ? await ctx.repos.contacts.get(record.nextSteps.contactId) : undefined;
  if (to) {
    // The plan's follow-up contact (a recruiter, say) may be off the panel; matched the same way.
    const found =
      matchParticipant(record.participants, to)?.contact ??
      (followUp ? matchParticipant([{ contact: followUp, role: 'recruiter' }], to)?.contact : undefined);
    if (!found) {
      throw badInput([
        {
          field: 'to',
          message: `"${to}" is not on this interview's panel (${panel}); add them to the interview`,
          hint: { action: 'interview.edit', id: record.id, field: 'interviewer' },
        },
      ]);
    }
    return found;
  }
  if (touch?.contactId) {
    const c = await ctx.repos.contacts.get(touch.contactId);
    if (c) return c;
  }
  const afterThanks = kind !== 'thank-you' && kind !== 'clarification';
  if (afterThanks && followUp) return followUp;
  const only = record.participants.length === 1 ? record.participants[0]?.contact : undefined;
  if (only) return only;
  if (record.participants.length === 0) {
    throw badInput([
      {
        field: 'to',
        message: `interview ${record.id} has no interviewers recorded: add one to the interview`,
        hint: { action: 'interview.edit', id: record.id, field: 'interviewer' },
      },
    ]);
  }
  throw badInput([{ field: 'to', message: `say whom it is for: this interview's panel is ${panel}`, example: 'Dana' }]);
}

export const noEmail = (c: Contact, interviewId: Id) =>
  badInput([
    {
      field: 'to',
      message: `${c.name || 'this contact'} has no email address: add it to the interview, or draft a letter or card (--format letter)`,
      hint: {
        action: 'interview.edit',
        id: interviewId,
        field: 'interviewer',
        example: `${c.name || 'Name'} <name@company.example>`,
      },
    },
  ]);

export async function composeInputFor(
  ctx: AppContext,
  record: InterviewRecord,
  recipient: Contact,
  choice: { kind: DraftKind; format: DraftFormat; tone: DraftTone; round: 1 | 2 },
  earlier: StoredMessage[],
): Promise<ComposeInput> {
  const profile = await getProfile(ctx);
  const notes = record.notes.find((n) => n.contactId === recipient.id);
  const phrase = record.nextSteps.timeframe.trim();
  const timeFrame = phrase === '' ? null : (await planFor(ctx.repos, record)).timeFrame;
  const zone = profile.timeZone || record.timeZone;
  const today = Temporal.Instant.from(ctx.clock.now().toISOString()).toZonedDateTimeISO(zone).toPlainDate().toString();
  const variant = Math.max(
    0,
    record.participants.findIndex((p) => p.contact.id === recipient.id),
  );
  return {
    ...choice,
    profile,
    opportunity: record.opportunity,
    interview: { date: record.startsAt.slice(0, 10), timeZone: record.timeZone },
    recipient: { ...recipient, company: recipient.company || record.opportunity.company },
    notes: notes
      ? { topics: notes.topics, challenges: notes.challenges, article: notes.article, weakAnswer: notes.weakAnswer }
      : null,
    timeFrame,
    // Only the follow-up contact is told "you mentioned"; the time frame is theirs. Others hear "the team".
    timeFrameSaidBy: record.nextSteps.contactId === recipient.id ? 'recipient' : 'team',
    nextStep: record.nextSteps.nextStep,
    today,
    earlier: earlier.map((m) => m.body),
    variant,
  };
}

/** The checker on a body, with the other panel members' thank-yous for the uniqueness check. */
export async function scoreFor(
  ctx: AppContext,
  record: InterviewRecord,
  contactId: Id | null,
  body: string,
  format: DraftFormat,
  kind: DraftKind,
  selfId?: Id,
): Promise<NoteReport> {
  const others = (await ctx.repos.messages.list({ interviewId: record.id }))
    .filter(
      (m) => m.id !== selfId && m.contactId !== contactId && (m.kind === 'thank-you' || m.kind === 'clarification'),
    )
    .map((m) => m.body);
  // Each kind of message on its own checklist: a reply to a rejection is not asked to pitch an idea.
  return checkNote({
    text: body,
    kind,
    context: contextFromRecord(record, contactId),
    channel: format,
    sentAt: null,
    interviewEndsAt: null,
    otherNotes: others,
    speller: await spellChecker(),
  });
}
