// fast-check generators of what a candidate records, from real English words (so the spelling check
// is honest) in separate pools (so a topic never shares words with the company, a name or an idea).
// Test support only: nothing in src imports it.
import fc from 'fast-check';
import type { Contact } from '../../model.js';
import type { TimeFrame } from '../../timeframe/types.js';
import { contact, type PanelMember, PROFILE } from './test-inputs.js';
import type { ComposeInput, DraftFormat, DraftKind, DraftTone, RecipientNotes } from './types.js';

const ADJ = ['quarterly', 'nightly', 'regional', 'mobile', 'seasonal', 'weekly', 'legacy', 'overnight', 'rural'];
// Mass nouns only, so that a bare phrase ("quarterly inventory") is correct English.
const NOUN = ['inventory', 'billing', 'scheduling', 'pricing', 'staffing', 'payroll', 'forecasting', 'maintenance'];
const CH_ADJ = ['late', 'missed', 'slow', 'duplicate', 'lost', 'broken'];
const CH_NOUN = ['shipments', 'appointments', 'approvals', 'orders', 'invoices', 'deliveries', 'refunds'];
const IDEA_ADJ = ['shared', 'automated', 'daily', 'simple', 'rolling', 'printed', 'colour-coded'];
const IDEA_NOUN = ['checklist', 'reminders', 'audit', 'scorecard', 'calendar', 'handbook', 'tracker'];
const FIRST = ['Dana', 'Priya', 'Marcus', 'Elena', 'Tomas', 'Aisha', 'Oliver', 'Grace'];
const LAST = ['Reyes', 'Patel', 'Okafor', 'Novak', 'Berg', 'Fischer', 'Moreau'];
const CO_A = ['Northwind', 'Lumen', 'Bluebird', 'Harbor', 'Summit', 'Juniper'];
const CO_B = ['Analytics', 'Health', 'Foods', 'Logistics', 'Labs'];
const ROLES = ['Data Analyst', 'Operations Manager', 'Staff Nurse', 'Line Cook', 'Product Designer'];

const of = (xs: string[]) => fc.constantFrom(...xs);
const two = (a: string[], b: string[]) =>
  fc
    .tuple(of(a), of(b))
    .filter(([x, y]) => x !== y)
    .map(([x, y]) => `${x} ${y}`);

export const topic = fc.oneof(
  two(ADJ, NOUN),
  two(ADJ, NOUN).map((t) => `the ${t}`),
);
export const challengeText = two(CH_ADJ, CH_NOUN);
const IDEA_ONE = ['checklist', 'audit', 'scorecard', 'calendar', 'handbook', 'tracker'];
export const ideaText = fc.oneof(
  two(IDEA_ADJ, IDEA_NOUN),
  two(IDEA_ADJ, IDEA_ONE).map((t) => `${/^[aeiou]/u.test(t) ? 'an' : 'a'} ${t} for each team`),
);
const why = fc.oneof(
  two(NOUN, NOUN).map((t) => `I used your ${t} tools at my last job`),
  two(ADJ, NOUN).map((t) => `your focus on ${t}`),
  two(ADJ, NOUN).map((t) => `the chance to improve ${t}`),
);
const strength = fc.oneof(
  two(NOUN, NOUN).map((t) => `I led the ${t} project at my last company`),
  fc.tuple(of(NOUN), fc.integer({ min: 5, max: 60 })).map(([n, d]) => `I cut ${n} costs by ${d}%`),
  two(NOUN, NOUN).map((t) => `five years of ${t.replace(' ', ' and ')} work`),
);
const article = fc.option(
  fc.stringMatching(/^[a-z]{3,10}$/).map((s) => `https://example.com/${s}`),
  { nil: null },
);

export const person = (id: string) =>
  fc
    .tuple(of(FIRST), of(LAST))
    .map(([f, l]) => contact(id, `${f} ${l}`, { title: 'Head of Operations', address: '1 Market Street\nLondon' }));

/** Full notes: a topic, a challenge with the candidate's idea; the article is optional. */
export const fullNotes: fc.Arbitrary<RecipientNotes> = fc.record({
  topics: fc.array(topic, { minLength: 1, maxLength: 2 }),
  challenges: fc.tuple(challengeText, ideaText).map(([challenge, idea]) => [{ challenge, idea }]),
  article,
  weakAnswer: fc.constant(''),
});

const timeFrame: fc.Arbitrary<TimeFrame | null> = fc.constantFrom(null, {
  phrase: 'we hope to decide by the end of next week',
  event: 'decision',
  earliest: null,
  latest: '2026-03-13',
  firmness: 'soft',
  checkInOn: '2026-03-16',
  explanation: '',
} satisfies TimeFrame);

export interface Scenario {
  input: ComposeInput;
  panel: PanelMember[];
}

/** A full thank-you scenario for one recipient on a panel of one or two, in any format and tone. */
export function fullScenario(kinds: DraftKind[] = ['thank-you']): fc.Arbitrary<Scenario> {
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      format: fc.constantFrom<DraftFormat>('email', 'letter', 'card'),
      tone: fc.constantFrom<DraftTone>('warm', 'formal'),
      company: two(CO_A, CO_B),
      role: of(ROLES),
      why,
      strength,
      recipient: person('c1'),
      notes: fullNotes,
      timeFrame,
      nextStep: fc.constantFrom('', 'a take-home exercise, then a final round'),
    })
    .map((r) => {
      const panel: PanelMember[] = [{ contact: r.recipient as Contact, notes: r.notes }];
      return {
        panel,
        input: {
          kind: r.kind,
          format: r.format,
          tone: r.tone,
          profile: PROFILE,
          opportunity: { company: r.company, role: r.role, why: r.why, strength: r.strength },
          interview: { date: '2026-03-03', timeZone: 'Europe/London' },
          recipient: r.recipient,
          notes: r.notes,
          timeFrame: r.timeFrame,
          nextStep: r.nextStep,
          today: '2026-03-03',
        },
      };
    });
}
