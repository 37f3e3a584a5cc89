// A saved letter or card message made the way the app makes one: the real composer's body, saved
// with the owner's messages.insert (repos(db, owner)) and linked to the plan's thank-you-card touch.
import type { FollowThrough } from '../../src/app/index.js';
import type { Profile } from '../../src/core/model.js';
import { composeDraft } from '../../src/core/notes/compose/compose.js';
import type { DraftFormat } from '../../src/core/notes/compose/types.js';
import type { Store } from '../../src/store/open.js';
import { repos } from '../../src/store/repos/index.js';

export interface LetterFixture {
  messageId: string;
  interviewId: string;
  contactId: string;
  cardTouchId: string;
  /** The card touch's local due date, "YYYY-MM-DD". */
  mailBy: string;
  body: string;
}

export const SENDER = { name: 'Jordan Müller', address: '12 Harbour Road\nBristol BS1 4RN' };
export const RECIPIENT = { name: 'Łukasz Dmitriev', address: 'ul. Długa 5\n00-238 Warszawa', title: 'Head of Data' };

export async function letterFixture(
  store: Store,
  api: FollowThrough,
  owner: string,
  options: {
    format?: DraftFormat;
    country?: string;
    recipientAddress?: string;
    senderAddress?: string;
    tag?: string;
  } = {},
): Promise<LetterFixture> {
  const profile: Profile = await api.profile.update({
    name: SENDER.name,
    address: options.senderAddress ?? SENDER.address,
    email: 'jordan@example.org',
    country: options.country ?? 'GB',
    timeZone: 'Europe/London',
  });
  const iv = await api.interviews.add({
    company: 'Acme Corp',
    role: 'Product Manager',
    at: '2026-03-03T10:00',
    tz: 'Europe/London',
    interviewers: [{ name: RECIPIENT.name, email: `lukasz${options.tag ?? ''}@acme.example`, title: RECIPIENT.title }],
    contact: RECIPIENT.name,
    timeframe: 'by Friday',
    card: true,
  });
  const contact = iv.participants[0]?.contact;
  if (!contact) throw new Error('no contact');
  await repos(store.db, owner).contacts.update(
    contact.id,
    { address: options.recipientAddress ?? RECIPIENT.address },
    '2026-03-03T09:00:00Z',
  );
  const plan = await api.followUps.plan(iv.id);
  const touch = plan.touches.find((t) => t.kind === 'thank-you-card');
  if (!touch) throw new Error('no card touch');
  const format = options.format ?? 'letter';
  const draft = composeDraft({
    kind: 'thank-you',
    format,
    tone: 'formal',
    profile,
    opportunity: {
      company: 'Acme Corp',
      role: 'Product Manager',
      why: 'your focus on onboarding',
      strength: 'I led the onboarding redesign at my last company',
    },
    interview: { date: '2026-03-03', timeZone: 'Europe/London' },
    recipient: { ...RECIPIENT, address: options.recipientAddress ?? RECIPIENT.address, email: null, company: '' },
    notes: {
      topics: ['the pricing page'],
      challenges: [{ challenge: 'churn among new accounts', idea: 'a 30-day onboarding check-in' }],
      article: null,
      weakAnswer: '',
    },
    timeFrame: null,
    today: '2026-03-03',
  });
  const messageId = `msg_letter${options.tag ?? ''}${format}`;
  const ok = await repos(store.db, owner).messages.insert(
    {
      id: messageId,
      opportunityId: iv.opportunityId,
      interviewId: iv.id,
      touchId: touch.id,
      contactId: contact.id,
      kind: 'thank-you',
      format,
      tone: 'formal',
      subject: draft.subject,
      body: draft.body,
      gaps: draft.gaps,
      score: 80,
      generic: false,
    },
    '2026-03-03T12:00:00Z',
  );
  if (!ok) throw new Error('message not saved');
  return {
    messageId,
    interviewId: iv.id,
    contactId: contact.id,
    cardTouchId: touch.id,
    mailBy: touch.dueLocal.slice(0, 10),
    body: draft.body,
  };
}
