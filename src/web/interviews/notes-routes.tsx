// Notes about one interviewer, added from the interview page.
import { Hono } from 'hono';
import type { Clock, FollowThrough, NotesInput } from '../../app/index.js';
import { AppError, type FieldProblem, isBadInput } from '../../core/errors.js';
import { formatPerson } from '../../core/person.js';
import { statusOf } from '../errors.js';
import { addProblems, emptyForm, formValues, problemsOf } from '../form-state.js';
import { render } from '../render.js';
import { InterviewPage } from './interview-detail.js';
import { loadInterviewPage } from './interview-page-data.js';

const blank = (s: string | undefined) => (s ?? '').trim() === '';

function notesField(appField: string): string | undefined {
  if (appField.startsWith('topics')) return 'topic';
  if (appField.startsWith('challenges')) return appField.endsWith('idea') ? 'idea' : 'challenge';
  return ['article', 'weakAnswer'].includes(appField) ? appField : undefined;
}

export function notesRoutes(api: FollowThrough, clock: Clock): Hono {
  return new Hono().post('/interviews/:id/notes', async (c) => {
    const id = c.req.param('id');
    const record = await api.interviews.show(id);
    const v = formValues(await c.req.parseBody());
    const problems: FieldProblem[] = [];
    if (blank(v.challenge) && !blank(v.idea)) {
      problems.push({ field: 'idea', message: 'needs the challenge it answers: write that challenge above' });
    }
    const input: NotesInput = {
      interviewer: v.interviewer ?? '',
      topics: blank(v.topic) ? [] : [v.topic as string],
      challenges: blank(v.challenge) ? [] : [{ challenge: v.challenge as string, idea: v.idea ?? '' }],
      article: v.article ?? '',
      weakAnswer: blank(v.weakAnswer) ? undefined : v.weakAnswer,
    };
    if (problems.length === 0) {
      try {
        await api.interviews.recordNotes(id, input);
        return c.redirect(`/interviews/${encodeURIComponent(id)}`, 303);
      } catch (err) {
        if (!isBadInput(err)) throw err;
        problems.push(...problemsOf(err));
      }
    }
    const participant = record.participants.find(
      (p) => p.contact.id === v.interviewer || formatPerson(p.contact) === v.interviewer,
    );
    const state = addProblems(emptyForm(v), problems, notesField);
    const notesForm = participant ? { contactId: participant.contact.id, state } : undefined;
    if (!notesForm) throw problemsToError(problems);
    const data = await loadInterviewPage(api, id, clock.now());
    return render(c, <InterviewPage {...data} notesForm={notesForm} />, statusOf('bad-input'));
  });
}

const problemsToError = (problems: FieldProblem[]) =>
  new AppError('bad-input', problems.map((p) => `${p.field}: ${p.message}`).join('\n'), problems);
