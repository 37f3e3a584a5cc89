// Printing a saved message as a PDF (issue 6): a business letter placed for a window envelope, or a
// note card. Addresses come structured from the profile and the contact; what is missing stays a
// visible `[add: …]` gap and is reported, but the PDF is still made so the user can see it.
import { badInput, notFound } from '../../core/errors.js';
import type { Contact, Id, Profile } from '../../core/model.js';
import { clean, firstName, gap, gapsIn } from '../../core/notes/compose/words.js';
import type { AppContext } from '../context.js';
import { getProfile } from '../profile/profile.js';

export const PAPER_CHOICES = ['letter', 'a4'] as const;
export type PaperChoice = (typeof PAPER_CHOICES)[number];

export interface LetterOptions {
  /** letter | a4; by default from the profile's country (else the interview's). */
  paper?: string;
}

/** When the plan wants it in the post: the due date of the touch the message was drafted for. */
export interface MailBy {
  /** Local date "YYYY-MM-DD" and time "HH:MM" in `timeZone`. */
  date: string;
  time: string;
  timeZone: string;
  touchId: Id;
  reason: string;
}

export interface LetterPdf {
  pdf: Buffer;
  /** A safe file name: ASCII letters, digits and dashes, ending in .pdf. */
  filename: string;
  layout: 'letter' | 'card';
  /** letter | a4 for a letter; 5x7 | a6 for a card. */
  size: string;
  /** The `[add: …]` gaps still in what was printed. */
  gaps: string[];
  /** Everything the user should hear before posting it: gaps, characters that will not print. */
  warnings: string[];
  mailBy: MailBy | null;
}

const lines = (s: string): string[] =>
  s
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');

export async function letterPdf(ctx: AppContext, messageId: Id, options: LetterOptions = {}): Promise<LetterPdf> {
  const paperFlag = options.paper?.trim().toLowerCase();
  if (paperFlag !== undefined && !(PAPER_CHOICES as readonly string[]).includes(paperFlag)) {
    throw badInput([{ field: 'paper', message: 'must be letter (US Letter) or a4', example: 'a4' }]);
  }
  const repos = ctx.repos;
  const message = await repos.messages.get(messageId);
  if (!message) throw notFound('message', messageId);
  const [profile, contact, opportunity, interview, touch] = await Promise.all([
    getProfile(ctx),
    message.contactId ? repos.contacts.get(message.contactId) : undefined,
    repos.opportunities.get(message.opportunityId),
    repos.interviews.get(message.interviewId),
    message.touchId ? repos.touches.get(message.touchId) : undefined,
  ]);
  const pdfModule = await import('../../channels/pdf/index.js');
  const paper =
    (paperFlag as PaperChoice | undefined) ?? pdfModule.paperForCountry(profile.country || interview?.country || '');
  const createdAt = ctx.clock.now();
  const title = message.subject.trim() || 'Letter';
  let rendered: { pdf: Buffer; warnings: string[] };
  let printed: string;
  let size: string;
  if (message.format === 'card') {
    size = pdfModule.cardSizeFor(paper);
    printed = message.body;
    rendered = await pdfModule.renderCard({ size: size as 'a6' | '5x7', body: message.body, title, createdAt });
  } else {
    size = paper;
    const sender = senderOf(profile);
    const recipient = recipientOf(contact, opportunity?.company ?? '');
    const body = pdfModule.withoutLetterhead(message.body);
    const date = letterDateIn(createdAt, profile.timeZone, paper);
    printed = [sender.name, ...sender.address, ...recipient, body].join('\n');
    rendered = await pdfModule.renderLetter({ paper, sender, recipient, date, body, title, createdAt });
  }
  const gaps = gapsIn(printed);
  const warnings = [
    ...(gaps.length > 0 ? [`Still to fill in before you post it: ${gaps.join('; ')}.`] : []),
    ...rendered.warnings,
  ];
  const mailBy: MailBy | null = touch
    ? {
        date: touch.dueLocal.slice(0, 10),
        time: touch.dueLocal.slice(11, 16),
        timeZone: touch.timeZone,
        touchId: touch.id,
        reason: touch.reason,
      }
    : null;
  const layout = message.format === 'card' ? 'card' : 'letter';
  const filename = safeFilename([layout, contact?.name ?? '', opportunity?.company ?? ''], message.id);
  return { pdf: rendered.pdf, filename, layout, size, gaps, warnings, mailBy };
}

function senderOf(profile: Profile) {
  const address = lines(profile.address);
  return {
    name: clean(profile.name) || gap('your name'),
    address: address.length > 0 ? address : [gap('your postal address')],
    contact: [profile.email, profile.phone].map((x) => x.trim()).filter((x) => x !== ''),
  };
}

function recipientOf(contact: Contact | undefined, company: string): string[] {
  const name = clean(contact?.name ?? '');
  const address = lines(contact?.address ?? '');
  const first = firstName(name);
  return [
    name || gap('their name'),
    ...[contact?.title ?? '', contact?.company || company].map((x) => x.trim()).filter((x) => x !== ''),
    ...(address.length > 0 ? address : [gap(first ? `${first}'s postal address` : 'their postal address')]),
  ];
}

/** "November 26, 2026" on US paper, "26 November 2026" elsewhere, on the sender's calendar day. */
function letterDateIn(now: Date, timeZone: string, paper: PaperChoice): string {
  const locale = paper === 'letter' ? 'en-US' : 'en-GB';
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'long' }).format(now);
  } catch {
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(now);
  }
}

/** "letter-lukasz-muller-acme.pdf": accents folded, anything else a dash, never a path or a quote. */
export function safeFilename(parts: string[], fallback: string): string {
  const slug = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  const base = slug.includes('-') ? slug : `${slug || 'letter'}-${fallback.replace(/[^A-Za-z0-9_-]/g, '')}`;
  return `${base}.pdf`;
}
