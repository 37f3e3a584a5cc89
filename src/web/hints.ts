// Hints as links: the one table from what to do next (src/core/hints.ts) to the page that does it,
// with the words of the link (drawn by ui/hint-link.tsx). The CLI's table is src/cli/hints.ts.
// No JSX here: src/main.ts hands pathFor to the CLI, which links to pages (calendar events, quiz).
import type { Hint, HintAction } from '../core/hints.js';

const enc = encodeURIComponent;
const interview = (h: Hint) => (h.id ? `/interviews/${enc(h.id)}` : '/');
const anchor = (h: Hint) => (h.field ? `#${enc(h.field)}` : '');

const LINKS: Record<HintAction, { path: (h: Hint) => string; label: string }> = {
  'interview.list': { path: () => '/', label: 'See your interviews' },
  'interview.show': { path: (h) => `${interview(h)}${anchor(h)}`, label: 'Open the interview' },
  'interview.add': { path: () => '/interviews/new', label: 'Add an interview' },
  // Without an interview named, the form where a new one is set up.
  'interview.edit': {
    path: (h) => (h.id ? `/interviews/${enc(h.id)}/edit` : '/interviews/new'),
    label: 'Edit the interview',
  },
  'interview.notes': { path: interview, label: 'Add notes on the interview page' },
  'opportunity.list': { path: () => '/', label: 'See your interviews' },
  plan: { path: interview, label: 'See the plan' },
  due: { path: () => '/', label: 'See what is due' },
  log: { path: interview, label: 'Log what happened on the interview page' },
  'touch.list': { path: () => '/', label: 'See what is due' },
  'touch.done': { path: () => '/', label: 'See what is due' },
  check: { path: () => '/check', label: 'Check a note' },
  'message.list': { path: () => '/outbox', label: 'See the outbox' },
  'message.unschedule': { path: (h) => (h.id ? `/messages/${enc(h.id)}` : '/outbox'), label: 'Open the message' },
  'message.resolve': { path: (h) => (h.id ? `/messages/${enc(h.id)}` : '/outbox'), label: 'Open the message' },
  // The id is the opportunity's, which has no page of its own: the dashboard lists each suggestion
  // with a link to its interview's Outcome section.
  'outcome.ghosted': { path: () => '/', label: 'See it on the dashboard' },
  'quiz.history': { path: () => '/quiz/progress', label: 'See your self-assessments' },
  'settings.smtp': { path: () => '/settings/email', label: 'Email settings' },
  'settings.smtp-password': { path: () => '/settings/email', label: 'Email settings' },
};

/** The page (a path on this server) that does what the hint says. */
export const pathFor = (h: Hint): string => LINKS[h.action].path(h);

/** The words of the link. */
export const labelFor = (h: Hint): string => LINKS[h.action].label;
